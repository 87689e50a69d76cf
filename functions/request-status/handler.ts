import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { requestStatus } from '../../domain/intake/requester-view.ts';
import { accessTokenFrom } from '../shared/access-token.ts';
import { httpHandler, json } from '../shared/http-handler.ts';
import { caseStoreFromEnv } from '../shared/wiring.ts';

const store = caseStoreFromEnv();

export const handler = httpHandler(
  async (event) => {
    const { cipher } = await keysFromEnv();
    const status = await requestStatus(event.pathParameters?.ref, accessTokenFrom(event), { store, cipher });
    return json(200, status, { 'cache-control': 'no-store' });
  },
  { body: 'none' },
);
