import { systemClock } from '../../domain/clock.ts';
import { submitRequest } from '../../domain/intake.ts';
import { httpHandler, json } from '../shared/http-handler.ts';
import { logger } from '../shared/logger.ts';
import { caseStoreFromEnv, routeQueueFromEnv } from '../shared/wiring.ts';

const store = caseStoreFromEnv();
const routeQueue = routeQueueFromEnv();

export const handler = httpHandler(
  async (event) => {
    const submitted = await submitRequest(event.body, { store, routeQueue, now: systemClock() });
    logger.info('case received', { caseId: submitted.caseId });
    return json(201, submitted);
  },
  { body: 'json' },
);
