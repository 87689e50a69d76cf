import { beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../adapters/aws-clients.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import { outboxDrained } from '../helpers/escalation.ts';
import { validSubmission } from '../helpers/factories.ts';
import { ANNA } from '../helpers/fixture-config.ts';
import { openAssignedCase } from '../helpers/intake.ts';
import { deliverMail, staffReplyMail } from '../helpers/mail.ts';
import { sentEmailsTo } from '../helpers/ses-store.ts';
import { eventually, testDeskForThisFile } from '../helpers/test-desk.ts';

/*
 * A command the desk cannot apply comes back to the staff member in the language they read first
 * (desk.config.json: Anna's languages are nl, en), the lines that say what was wrong included.
 */
let store: DynamoDbCaseStore;

const desk = testDeskForThisFile();

beforeAll(async () => {
  store = new DynamoDbCaseStore(documentClient(), desk.tableName);
});

/** An access request through the API, verified, routed, then given to Anna. */
async function openAccessCase(): Promise<{ caseId: string; reference: string }> {
  const submission = validSubmission({ type: 'access', message: 'Please send me my data.' });
  const opened = await openAssignedCase(desk, submission, ANNA.id);
  await outboxDrained(desk);
  return opened;
}

describe('the command-error email', () => {
  it('tells a member who reads Dutch first, in Dutch, that #close refused needs the reason', async () => {
    // Prepare
    const open = await openAccessCase();
    const before = await store.getCase(open.caseId);
    const raw = await staffReplyMail(
      open.caseId,
      ANNA,
      '#close refused\r\n\r\nDear Ms de Vries,\r\n\r\nWe cannot help you.',
    );

    // Act
    const answer = await deliverMail(desk, raw);
    await outboxDrained(desk);

    // Assess: nothing changed, and the error email is Dutch to the last line
    expect(answer.result.outcome).toEqual({ kind: 'rejected', caseId: open.caseId, errors: 1 });
    expect(await store.getCase(open.caseId)).toEqual(before);
    const error = await eventually(async () =>
      (await sentEmailsTo(desk, ANNA.email)).find(
        (email) => email.subject === `[${open.reference}] Uw antwoord is niet verwerkt`,
      ),
    );
    expect(error.body.text).toContain(
      'Regel 1, #close: #close refused heeft een reden nodig; die krijgt de aanvrager te horen (artikel 12, lid 4, AVG).',
    );
    expect(error.body.text).not.toMatch(/^Line \d+|needs the reason|requester is told/m);
  });
});
