/** `npm run reset`: deletes the local data folder (the DynamoDB Local database and local keys). */
import { rmSync } from 'node:fs';
import { isPortAnswering } from './ports.ts';
import { localSettings } from './settings.ts';

const settings = localSettings();
if (await isPortAnswering(settings.gatewayPort)) {
  console.error(
    `[desk] something answers on port ${settings.gatewayPort}: stop \`npm start\` before a reset.`,
  );
  process.exit(1);
}
rmSync(settings.dataDir, { recursive: true, force: true });
console.log(`[desk] removed ${settings.dataDir}`);
