import { httpHandler, json } from '../shared/http-handler.ts';
import { caseStoreFromEnv, routeQueueFromEnv } from '../shared/wiring.ts';

const store = caseStoreFromEnv();
const routeQueue = routeQueueFromEnv();
const CHECK_TIMEOUT_MS = 2000;

async function check(probe: () => Promise<void>): Promise<'ok' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return 'ok';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

export const handler = httpHandler(
  async () => {
    const [dynamodb, sqs] = await Promise.all([check(() => store.ping()), check(() => routeQueue.ping())]);
    const healthy = dynamodb === 'ok' && sqs === 'ok';
    return json(
      healthy ? 200 : 503,
      { status: healthy ? 'ok' : 'degraded', checks: { dynamodb, sqs } },
      {
        'cache-control': 'no-store',
      },
    );
  },
  { body: 'none' },
);
