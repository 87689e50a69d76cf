import * as z from 'zod';
import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { DynamoDbAssignmentStore } from '../../adapters/dynamodb/dynamodb-assignment-store.ts';
import { type SuppressionStatus, suppressionStatus } from '../../domain/routing/suppression.ts';
import { CASE_TABLE } from '../../resources/desk-resources.ts';
import { deskCommand, EXIT_FAILURE, EXIT_OK, UsageError } from '../desk-command.ts';
import { deskTableStore } from '../desk-target.ts';

const USAGE = `Usage: desk suppression check --email <address>

Says whether an address is on the desk's marketing suppression list (a marketing opt-out was
received for it), since when, and what it stops (marketing_email, profiling). The list holds keyed
hashes only: the address is hashed with the desk's key, as intake hashes it, and looked up.
Exit code 0 whether or not the address is suppressed; 2 for bad arguments.

  --email   the address to check (letter case and surrounding spaces do not matter)

Environment: the running local desk (npm start, its DESK_*_PORT variables and DESK_DATA_DIR);
or, with ${CASE_TABLE.envVar}, DESK_CONTENT_KEY_ARN and DESK_MAC_KEY_ARN set, that table and those keys.`;

const EmailSchema = z.string().trim().max(254).pipe(z.email());

/** The answer for a person: one line, the address as given, the date and scopes when suppressed. */
export function suppressionReport(address: string, status: SuppressionStatus): string {
  if (!status.suppressed) {
    return `${address}: not suppressed (no marketing opt-out on the desk's list)\n`;
  }
  const last =
    status.lastRequestedAt !== status.suppressedAt ? `; last opt-out ${status.lastRequestedAt}` : '';
  return `${address}: suppressed since ${status.suppressedAt} for ${status.scopes.join(', ')}${last}\n`;
}

export const suppressionCommand = deskCommand({
  name: 'suppression',
  summary: 'Check whether an address is on the marketing suppression list',
  usage: USAGE,
  action: 'check',
  options: { email: { type: 'string' } },
  usesAwsSdk: true,
  async run(options, io) {
    if (options.email === undefined) throw new UsageError('--email is required');
    const email = EmailSchema.safeParse(options.email);
    if (!email.success) throw new UsageError('--email is not an email address');

    const store = await deskTableStore(DynamoDbAssignmentStore, 'suppression', io);
    if (!store) return EXIT_FAILURE;
    const status = await suppressionStatus(email.data, { store, hasher: (await keysFromEnv()).hasher });
    io.stdout(suppressionReport(email.data, status));
    return EXIT_OK;
  },
});
