import { authenticateStaff } from '../../adapters/auth/staff-auth.ts';
import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { systemClock } from '../../domain/clock.ts';
import { listStaffCases, staffCaseDetail } from '../../domain/staff/staff-cases.ts';
import { staffProfile } from '../../domain/staff/staff-profile.ts';
import { httpHandler, json } from '../shared/http-handler.ts';
import { logger } from '../shared/logger.ts';
import { settingsFromEnv, staffStoreFromEnv } from '../shared/wiring.ts';

const store = staffStoreFromEnv();
const settings = settingsFromEnv();

/** GET /staff/cases (a page of the cases the person sees) and GET /staff/cases/{ref} (one case, audited). */
export const handler = httpHandler(
  async (event) => {
    const identity = await authenticateStaff(event.headers, settings.config);
    // Who the console shows as signed in: names and availability from the configuration, no case data.
    if (event.routeKey === 'GET /staff/me') {
      return json(200, staffProfile(identity, settings.config), { 'cache-control': 'no-store' });
    }
    const { cipher, hasher } = await keysFromEnv();
    const deps = { store, config: settings.config, now: systemClock() };
    if (event.routeKey === 'GET /staff/cases') {
      const page = await listStaffCases(event.queryStringParameters, identity, { ...deps, hasher });
      return json(200, page, { 'cache-control': 'no-store' });
    }
    const detail = await staffCaseDetail(event.pathParameters?.ref, event.queryStringParameters, identity, {
      ...deps,
      cipher,
    });
    logger.info('case content read', { role: identity.role, status: detail.status });
    return json(200, detail, { 'cache-control': 'no-store' });
  },
  { body: 'none' },
);
