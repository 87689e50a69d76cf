import { authenticateStaff } from '../../adapters/auth/staff-auth.ts';
import { systemClock } from '../../domain/clock.ts';
import { reportCsv, staffSummaryReport } from '../../domain/staff/staff-report.ts';
import { httpHandler, json } from '../shared/http-handler.ts';
import { reportStoreFromEnv, settingsFromEnv } from '../shared/wiring.ts';

const store = reportStoreFromEnv();
const settings = settingsFromEnv();

/** GET /staff/reports/summary?from=&to=: anonymous figures, JSON or (Accept: text/csv) CSV. */
export const handler = httpHandler(
  async (event) => {
    const identity = await authenticateStaff(event.headers, settings.config);
    const report = await staffSummaryReport(event.queryStringParameters, identity, {
      store,
      config: settings.config,
      now: systemClock(),
    });
    if ((event.headers.accept ?? '').includes('text/csv')) {
      return {
        statusCode: 200,
        headers: { 'content-type': 'text/csv; charset=utf-8', 'cache-control': 'no-store' },
        body: reportCsv(report),
      };
    }
    return json(200, report, { 'cache-control': 'no-store' });
  },
  { body: 'none' },
);
