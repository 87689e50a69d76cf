import { describe, expect, it } from 'vitest';
import { COMMAND_ERROR_CODES, COMMAND_ERROR_PARAMS } from '../../../../domain/inbound/command-error-codes.ts';
import {
  COMMAND_ERROR_LINES,
  commandErrorList,
  placeholdersOf,
} from '../../../../domain/notifications/command-error-lines.ts';
import type { Language } from '../../../../domain/request-types.ts';

const LANGUAGES = Object.keys(COMMAND_ERROR_LINES) as Language[];
const sorted = (names: readonly string[]) => [...names].sort();

describe('the catalogue of command-error lines', () => {
  it('covers the six languages the desk writes', () => {
    expect(sorted(LANGUAGES)).toEqual(['da', 'en', 'fi', 'nb', 'nl', 'sv']);
  });

  it.each(LANGUAGES)('%s has a text for every code and no other', (language) => {
    expect(sorted(Object.keys(COMMAND_ERROR_LINES[language].texts))).toEqual(sorted(COMMAND_ERROR_CODES));
  });

  const texts = LANGUAGES.flatMap((language) => COMMAND_ERROR_CODES.map((code) => [language, code] as const));
  it.each(texts)('%s %s names exactly the parameters of its code', (language, code) => {
    const text = COMMAND_ERROR_LINES[language].texts[code];
    expect(sorted(placeholdersOf(text))).toEqual(sorted(COMMAND_ERROR_PARAMS[code]));
  });

  it.each(LANGUAGES)('%s frames a line with {line}, {command} and {text}', (language) => {
    expect(sorted(placeholdersOf(COMMAND_ERROR_LINES[language].line))).toEqual(['command', 'line', 'text']);
  });

  const translated = texts.filter(([language]) => language !== 'en');
  it.each(translated)('%s %s is not left in English', (language, code) => {
    expect(COMMAND_ERROR_LINES[language].texts[code]).not.toBe(COMMAND_ERROR_LINES.en.texts[code]);
  });
});

describe('the error list of a command-error email', () => {
  const zone = 'Europe/Stockholm';
  const coded = (errors: unknown) => ({
    errorList: 'Line 3, #extend: An extension must be decided within the first month.',
    commandErrors: JSON.stringify(errors),
  });

  it.each([
    [
      'en',
      'Line 3, #extend: An extension must be decided within the first month, which ended on 3 December 2026.',
    ],
    [
      'sv',
      'Rad 3, #extend: En förlängning måste beslutas inom den första månaden, som löpte ut den 3 december 2026.',
    ],
    [
      'fi',
      'Rivi 3, #extend: Pidentämisestä on päätettävä ensimmäisen kuukauden aikana, ja se päättyi 3. joulukuuta 2026.',
    ],
    [
      'nl',
      'Regel 3, #extend: Tot verlenging moet binnen de eerste maand worden besloten, en die is op 3 december 2026 geëindigd.',
    ],
  ] as const)('writes a date parameter as a date of the language (%s)', (language, expected) => {
    const secrets = coded([
      {
        line: 3,
        command: '#extend',
        code: 'deadline_first_month_over',
        params: { date: '2026-12-03T22:59:59.999Z' },
      },
    ]);

    expect(commandErrorList(secrets, language, zone)).toBe(expected);
  });

  it('fills counts and command words into the text', () => {
    const secrets = coded([
      { line: 1, command: '#note', code: 'too_many_commands', params: { max: 20 } },
      {
        line: 2,
        command: '#breach',
        code: 'breach_contradiction',
        params: { earlier: 'notified', decision: 'not-notified' },
      },
    ]);

    expect(commandErrorList(secrets, 'da', zone)).toBe(
      'Linje 1, #note: Højst 20 kommandoer pr. svar.\nLinje 2, #breach: #breach notified og #breach not-notified modsiger hinanden.',
    );
  });

  it('sends a notification queued before the codes with its English lines as they are', () => {
    const errorList =
      'Line 1, #close: #close refused needs the reason, which the requester is told (GDPR Art. 12(4)).';

    expect(commandErrorList({ errorList }, 'sv', zone)).toBe(errorList);
  });

  it.each([
    ['a code this sender does not know', JSON.stringify([{ line: 1, command: '#x', code: 'no_such_code' }])],
    ['no JSON', '{'],
  ])('falls back to the English lines for %s', (_case, commandErrors) => {
    expect(commandErrorList({ errorList: 'Line 1, #x: Unknown command.', commandErrors }, 'fi', zone)).toBe(
      'Line 1, #x: Unknown command.',
    );
  });
});
