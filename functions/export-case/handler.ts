import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { systemClock } from '../../domain/clock.ts';
import { exportCase } from '../../domain/intake/requester-view.ts';
import { accessTokenFrom } from '../shared/access-token.ts';
import { httpHandler, json } from '../shared/http-handler.ts';
import { caseStoreFromEnv } from '../shared/wiring.ts';

const store = caseStoreFromEnv();

export const handler = httpHandler(
  async (event) => {
    const { cipher } = await keysFromEnv();
    const exported = await exportCase(event.pathParameters?.ref, accessTokenFrom(event), {
      store,
      cipher,
      now: systemClock(),
    });
    return json(200, exported, {
      'cache-control': 'no-store',
      'content-disposition': `attachment; filename="${exported.case.reference}.json"`,
    });
  },
  { body: 'none' },
);
