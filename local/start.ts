/**
 * `npm start`: the whole desk on this machine, no AWS account. DynamoDB Local (on disk under the
 * data folder), the SQS and SES emulators, the HTTP gateway, the queue pollers and the scheduler.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadDeskConfig } from '../domain/config/load-desk-config.ts';
import { type DeskServices, type Emulators, startDeskServices, startEmulators } from './desk-runtime.ts';
import { isProcessAlive } from './emulators/child-watchdog.ts';
import { DataDirInUseError, JavaMissingError, reapStaleDynamoDbLocal } from './emulators/dynamodb-local.ts';
import { ensureLocalKeys } from './local-keys.ts';
import { assertPortFree, PortInUseError } from './ports.ts';
import { LOCAL_RESOURCE_NAMES, localSettings } from './settings.ts';
import { webFormRoute } from './web-form.ts';

const log = (message: string) => console.log(`[desk] ${message}`);

async function main() {
  const startedAt = Date.now();
  const settings = localSettings();
  process.env.POWERTOOLS_DEV ??= 'true';
  process.env.POWERTOOLS_LOG_LEVEL ??= 'INFO';
  // The SDK warns on every start that Node 22 will be needed from 2027; say it once, briefly.
  if (Number(process.versions.node.split('.')[0]) < 22) {
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    log(`note: Node ${process.versions.node}; AWS SDK releases after early 2027 need Node 22 or newer`);
  }

  // A DynamoDB Local that a killed desk left running would hold its port: stop it first.
  const dynamodbDataDir = path.join(settings.dataDir, 'dynamodb');
  const stale = await reapStaleDynamoDbLocal(dynamodbDataDir);
  if (stale === 'stopped') log('stopped a DynamoDB Local left running by a desk that was killed');

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
    dynamodbDataDir,
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
  process.on('SIGHUP', () => void stop('SIGHUP'));
  onParentExit(() => void stop('parent process gone'));

  try {
    log('provisioning table and queues, starting gateway, pollers and scheduler ...');
    services = await startDeskServices({
      endpoints: emulators.endpoints,
      names: LOCAL_RESOURCE_NAMES,
      configFile: settings.configFile,
      keysFile: ensureLocalKeys(settings.dataDir),
      localRoutes: [webFormRoute(loadDeskConfig(settings.configFile))],
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

  Web form        ${api}/
  Staff console   ${api}/staff/   (sign in as any configured staff member; npm run --silent desk -- seed fills the desk)
  API             ${api}            (try: curl ${api}/health; the API document: ${api}/openapi.json)
  SES inbox       ${emulators.endpoints.ses.replace('127.0.0.1', 'localhost')}/       (every email the desk sends)
  DynamoDB Local  ${emulators.endpoints.dynamodb}  (data in ${path.relative(process.cwd(), settings.dataDir) || '.'}/)
  SQS emulator    ${emulators.endpoints.sqs}  (S3 too: the mail bucket ${services.bucketNames.mail})
  Mail drop       POST ${api}/local/mail   (a raw .eml, as SES receives it: npm run mail:deliver -- file.eml)
`);
}

/**
 * `npm start` execs this process, so npm is its parent and forwards SIGINT and SIGTERM. npm killed
 * with SIGKILL forwards nothing: this process is then re-parented, which a poll of the parent pid
 * sees within a second. Without it the desk would run on, orphaned, holding every port.
 */
function onParentExit(callback: () => void): void {
  const parent = process.ppid;
  if (parent <= 1) return;
  const timer = setInterval(() => {
    if (currentParentPid() === parent && isProcessAlive(parent)) return;
    clearInterval(timer);
    callback();
  }, 1000);
  timer.unref();
}

/** The parent pid now (Node's `process.ppid` is read once at start-up); Linux only, else the first. */
function currentParentPid(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return process.ppid;
  }
}

main().catch((error: unknown) => {
  if (
    error instanceof PortInUseError ||
    error instanceof JavaMissingError ||
    error instanceof ConfigError ||
    error instanceof DataDirInUseError
  ) {
    console.error(`[desk] ${error.message}`);
  } else {
    console.error('[desk] start-up failed:', error);
  }
  process.exit(1);
});
