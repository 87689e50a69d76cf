/**
 * `npm start`: the whole desk on this machine, no AWS account. DynamoDB Local (on disk under the
 * data folder), the SQS and SES emulators, the HTTP gateway, the queue pollers and the scheduler.
 */
import path from 'node:path';
import { type DeskServices, type Emulators, startDeskServices, startEmulators } from './desk-runtime.ts';
import { JavaMissingError } from './emulators/dynamodb-local.ts';
import { assertPortFree, PortInUseError } from './ports.ts';
import { LOCAL_RESOURCE_NAMES, localSettings } from './settings.ts';

const log = (message: string) => console.log(`[desk] ${message}`);

async function main() {
  const startedAt = Date.now();
  const settings = localSettings();
  process.env.POWERTOOLS_DEV ??= 'true';
  process.env.POWERTOOLS_LOG_LEVEL ??= 'INFO';

  // Check every port before starting anything, so a second `npm start` fails at once.
  await assertPortFree('HTTP gateway', settings.gatewayPort, 'DESK_GATEWAY_PORT');
  await assertPortFree('DynamoDB Local', settings.dynamodbPort, 'DESK_DYNAMODB_PORT');
  await assertPortFree('SQS emulator', settings.sqsPort, 'DESK_SQS_PORT');
  await assertPortFree('SES emulator', settings.sesPort, 'DESK_SES_PORT');

  log('starting emulators ...');
  const emulators: Emulators = await startEmulators({
    dynamodbPort: settings.dynamodbPort,
    sqsPort: settings.sqsPort,
    sesPort: settings.sesPort,
    dynamodbDataDir: path.join(settings.dataDir, 'dynamodb'),
    log: (line) => log(`  ${line}`),
  });

  let services: DeskServices | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping ...`);
    await services?.stop().catch(() => undefined);
    await emulators.stop();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    log('provisioning table and queues, starting gateway, pollers and scheduler ...');
    services = await startDeskServices({
      endpoints: emulators.endpoints,
      names: LOCAL_RESOURCE_NAMES,
      gatewayPort: settings.gatewayPort,
      retryDelaySeconds: settings.retryDelaySeconds,
      scheduleIntervalSeconds: settings.scheduleIntervalSeconds,
      log,
    });
  } catch (error) {
    await emulators.stop();
    throw error;
  }

  const api = services.gateway.url.replace('127.0.0.1', 'localhost');
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`
Privacy Desk is running (ready in ${seconds} s). Ctrl-C stops everything.

  API             ${api}            (try: curl ${api}/health)
  SES inbox       ${emulators.endpoints.ses.replace('127.0.0.1', 'localhost')}/       (every email the desk sends)
  DynamoDB Local  ${emulators.endpoints.dynamodb}  (data in ${path.relative(process.cwd(), settings.dataDir) || '.'}/)
  SQS emulator    ${emulators.endpoints.sqs}
`);
}

main().catch((error: unknown) => {
  if (error instanceof PortInUseError || error instanceof JavaMissingError) {
    console.error(`[desk] ${error.message}`);
  } else {
    console.error('[desk] start-up failed:', error);
  }
  process.exit(1);
});
