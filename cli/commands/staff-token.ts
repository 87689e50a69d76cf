import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadDeskConfig } from '../../domain/config/load-desk-config.ts';
import { staffIdentity } from '../../domain/staff/staff-identity.ts';
import { devIssuerUrl, signDevStaffToken } from '../../local/dev-issuer.ts';
import { localSettings } from '../../local/settings.ts';
import { deskCommand, EXIT_FAILURE, EXIT_OK, requiredOption } from '../desk-command.ts';

const USAGE = `Usage: desk staff-token --email <staff email>

Prints a staff token (a signed JWT shaped like a Cognito ID token, valid 8 hours) from the local
desk's development issuer, for a person the configuration names as staff: a team member
(representative), a team manager (manager) or the DPO (dpo). Use it as
\`Authorization: Bearer <token>\` on the /staff/ routes of the local desk.

  --email   the staff member's address as in the configuration

Environment: DESK_DATA_DIR (the issuer's key, made by the first npm start), DESK_CONFIG_FILE and
DESK_GATEWAY_PORT (the issuer URL names the gateway) of npm start.`;

export const staffTokenCommand = deskCommand({
  name: 'staff-token',
  summary: 'Print a staff token of the local development issuer for a configured staff member',
  usage: USAGE,
  options: { email: { type: 'string' } },
  async run(options, io) {
    const email = requiredOption(options.email, '--email');
    const settings = localSettings();
    const keyFile = path.join(settings.dataDir, 'staff-issuer-key.json');
    if (!existsSync(keyFile)) {
      io.stderr(
        `desk staff-token: no issuer key at ${keyFile}: start the local desk once first (npm start)\n`,
      );
      return EXIT_FAILURE;
    }
    const identity = staffIdentity(loadDeskConfig(settings.configFile), email);
    if (!identity) {
      io.stderr(
        `desk staff-token: ${email} is not staff in ${settings.configFile} (no member, manager or DPO)\n`,
      );
      return EXIT_FAILURE;
    }
    const token = await signDevStaffToken({
      keyFile,
      issuer: devIssuerUrl(`http://localhost:${settings.gatewayPort}`),
      email: identity.email,
      role: identity.role,
    });
    io.stdout(`${token}\n`);
    return EXIT_OK;
  },
});
