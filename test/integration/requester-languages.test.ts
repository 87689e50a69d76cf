import { describe, expect, it } from 'vitest';
import { DAY, outboxDrained, runSweep, sentEmails, writeTestConfig } from '../helpers/escalation.ts';
import { validSubmission } from '../helpers/factories.ts';
import { rawCase, submitRequest } from '../helpers/intake.ts';
import { testDeskForThisFile } from '../helpers/test-desk.ts';

/*
 * Requesters writing in Norwegian (sent as the alias `no`), Swedish, Danish and Finnish, through the
 * API and the local SES: the acknowledgement, the reminder to confirm the address and the closing of
 * the unverified request all go out in the language stored on the case, written by the outbox sender
 * and the sweep, never in English.
 */
const desk = testDeskForThisFile({ configFile: writeTestConfig().configFile });

async function submit(overrides: Record<string, unknown>) {
  const submission = validSubmission(overrides);
  const { reference, caseId } = await submitRequest(desk, submission);
  return { email: submission.email, reference, language: (await rawCase(desk, caseId))!.language as string };
}

describe('requester emails in the language of the case', () => {
  it('acknowledge, remind and close an unverified request in nb, sv, da and fi', async () => {
    // Prepare: one erasure request per language, none of them confirmed.
    const start = Date.now();
    const norwegian = await submit({ type: 'erasure', country: 'NO', language: 'no' });
    const swedish = await submit({ type: 'erasure', country: 'SE', language: 'sv' });
    const danish = await submit({ type: 'erasure', country: 'DK', language: 'da' });
    const finnish = await submit({ type: 'erasure', country: 'FI', language: 'fi' });
    await outboxDrained(desk);

    // Act: the reminder after 3 days, the closing after 14.
    await runSweep(new Date(start + 3 * DAY + 60_000));
    await outboxDrained(desk);
    await runSweep(new Date(start + 14 * DAY + 60_000));
    await outboxDrained(desk);

    // Assess
    const mail = async (address: string) =>
      (await sentEmails(desk, address)).map((email) => ({ subject: email.subject, text: email.text }));
    const nb = await mail(norwegian.email);
    const sv = await mail(swedish.email);
    const da = await mail(danish.email);
    const fi = await mail(finnish.email);
    expect([norwegian, swedish, danish, finnish].map((request) => request.language)).toEqual([
      'nb',
      'sv',
      'da',
      'fi',
    ]);
    expect({
      nb: nb.map((email) => email.subject),
      sv: sv.map((email) => email.subject),
      da: da.map((email) => email.subject),
      fi: fi.map((email) => email.subject),
    }).toEqual({
      nb: [
        `[${norwegian.reference}] Vi har mottatt din anmodning om sletting`,
        `[${norwegian.reference}] Bekreft e-postadressen din for din anmodning om sletting`,
        `[${norwegian.reference}] Din anmodning om sletting er avsluttet`,
      ],
      sv: [
        `[${swedish.reference}] Vi har tagit emot din begäran om radering`,
        `[${swedish.reference}] Bekräfta din e-postadress för din begäran om radering`,
        `[${swedish.reference}] Din begäran om radering har avslutats`,
      ],
      da: [
        `[${danish.reference}] Vi har modtaget din anmodning om sletning`,
        `[${danish.reference}] Bekræft din e-mailadresse vedrørende din anmodning om sletning`,
        `[${danish.reference}] Din anmodning om sletning er afsluttet`,
      ],
      fi: [
        `[${finnish.reference}] Yhteydenottosi on vastaanotettu: pyyntö tietojen poistamiseksi`,
        `[${finnish.reference}] Vahvistathan sähköpostiosoitteesi: pyyntö tietojen poistamiseksi`,
        `[${finnish.reference}] Asiasi on suljettu: pyyntö tietojen poistamiseksi`,
      ],
    });
    // The closing notice names the authority of the requester's country and the way to court.
    expect(nb[2]?.text).toContain(
      'tilsynsmyndigheten i landet ditt: Datatilsynet, https://www.datatilsynet.no.',
    );
    expect(nb[2]?.text).toContain('Du har også rett til å bringe saken inn for domstolene.');
    expect(sv[2]?.text).toContain('Integritetsskyddsmyndigheten (IMY), https://www.imy.se.');
    expect(sv[2]?.text).toContain('att få saken prövad i domstol.');
    expect(da[2]?.text).toContain(
      'tilsynsmyndigheden i dit land: Datatilsynet, https://www.datatilsynet.dk.',
    );
    expect(da[2]?.text).toContain('Du har også ret til at indbringe sagen for domstolene.');
    expect(fi[2]?.text).toContain('joka on Tietosuojavaltuutetun toimisto, https://tietosuoja.fi.');
    expect(fi[2]?.text).toContain('oikeus saattaa asia tuomioistuimen käsiteltäväksi.');
    for (const email of [...nb, ...sv, ...da, ...fi]) expect(email.text).not.toMatch(/\bDear\b|Kind regards/);
  });
});
