import { describe, expect, it } from 'vitest';
import { supervisoryAuthorityFor } from '../../../../domain/config/desk-config.ts';
import { ConfigError, parseDeskConfig } from '../../../../domain/config/load-desk-config.ts';
import type { FieldIssue } from '../../../../domain/errors.ts';
import { fixtureConfig, fixtureConfigData } from '../../../helpers/fixture-config.ts';

function issuesOf(data: unknown): readonly FieldIssue[] {
  try {
    parseDeskConfig(data);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
}

describe('the authority a requester is told of (Art. 12(4), Art. 77)', () => {
  it.each([
    ['NL', 'Autoriteit Persoonsgegevens', 'https://www.autoriteitpersoonsgegevens.nl', true],
    [
      'BE',
      'Gegevensbeschermingsautoriteit / Autorité de protection des données',
      'https://www.gegevensbeschermingsautoriteit.be',
      true,
    ],
    ['NO', 'Datatilsynet', 'https://www.datatilsynet.no', true],
    ['SE', 'Integritetsskyddsmyndigheten (IMY)', 'https://www.imy.se', true],
    ['DK', 'Datatilsynet', 'https://www.datatilsynet.dk', true],
    ['FI', 'Tietosuojavaltuutetun toimisto', 'https://tietosuoja.fi', true],
    ['DE', 'Datatilsynet (Norway)', 'https://www.datatilsynet.no', false],
  ] as const)('a requester from %s: %s', (country, name, url, own) => {
    const authority = supervisoryAuthorityFor(fixtureConfig.supervisoryAuthorities, country);

    expect({ name: authority.name, url: authority.url, own: authority.ofRequesterCountry }).toEqual({
      name,
      url,
      own,
    });
  });

  it('names the Dutch court route for NL only', () => {
    const routes = Object.fromEntries(
      ['NL', 'BE', 'SE', 'XX'].map((country) => [
        country,
        supervisoryAuthorityFor(fixtureConfig.supervisoryAuthorities, country).judicialRemedy ?? null,
      ]),
    );

    expect(routes).toEqual({ NL: 'nl_uavg_35', BE: null, SE: null, XX: null });
  });
});

describe('the controller and authorities in the configuration', () => {
  it.each([
    {
      name: 'no controller',
      change: (c: Record<string, unknown>) => {
        delete c.controller;
      },
      issue: { field: 'controller', message: 'required' },
    },
    {
      name: 'an http authority address',
      change: (c: { supervisoryAuthorities: { byCountry: Record<string, { url: string }> } }) => {
        c.supervisoryAuthorities.byCountry.SE!.url = 'http://www.imy.se';
      },
      issue: {
        field: 'supervisoryAuthorities.byCountry.SE.url',
        message: 'Expected an https URL, e.g. https://www.imy.se',
      },
    },
    {
      name: 'a lower-case country',
      change: (c: { supervisoryAuthorities: { byCountry: Record<string, unknown> } }) => {
        c.supervisoryAuthorities.byCountry.se = c.supervisoryAuthorities.byCountry.SE;
      },
      issue: {
        field: 'supervisoryAuthorities.byCountry.se',
        message: expect.stringMatching(/country code/),
      },
    },
    {
      name: 'an unknown court route',
      change: (c: { supervisoryAuthorities: { byCountry: Record<string, { judicialRemedy?: string }> } }) => {
        c.supervisoryAuthorities.byCountry.BE!.judicialRemedy = 'be_court';
      },
      issue: {
        field: 'supervisoryAuthorities.byCountry.BE.judicialRemedy',
        message: expect.stringMatching(/nl_uavg_35/),
      },
    },
    {
      name: 'no fallback authority',
      change: (c: { supervisoryAuthorities: Record<string, unknown> }) => {
        delete c.supervisoryAuthorities.fallback;
      },
      issue: { field: 'supervisoryAuthorities.fallback', message: 'required' },
    },
  ])('refuses $name, naming the field', ({ change, issue }) => {
    const data = fixtureConfigData();
    change(data);

    expect(issuesOf(data)).toEqual([issue]);
  });
});
