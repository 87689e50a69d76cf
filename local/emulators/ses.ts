import type { Server } from 'node:http';
import { assertPortFree } from '../ports.ts';
import { resumeListening, stopListening } from './listening.ts';

export interface SesEmulator {
  readonly endpoint: string;
  readonly port: number;
  stop(): Promise<void>;
  /** Stops answering on the port, keeping the sent mail (fault injection: SES unavailable). */
  suspend(): Promise<void>;
  /** Answers on the same port again, with the store it had. */
  resume(): Promise<void>;
}

/** aws-ses-v2-local in-process on loopback; its web inbox at `/`, sent mail as JSON at `/store`. */
export async function startSesEmulator(options: { port: number; portEnvVar?: string }): Promise<SesEmulator> {
  if (options.port !== 0) await assertPortFree('SES emulator', options.port, options.portEnvVar);
  const server = await (await loadSesLocal())({ host: '127.0.0.1', port: options.port });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    suspend: () => stopListening(server),
    resume: () => resumeListening(server, port),
  };
}

type StartSesLocal = (config: { host: string; port: number }) => Promise<Server>;

/** A CommonJS module with `exports.default`: Node's ESM loader nests it one level deeper than tsx. */
async function loadSesLocal(): Promise<StartSesLocal> {
  const mod = (await import('aws-ses-v2-local')) as unknown as {
    default: StartSesLocal | { default: StartSesLocal };
  };
  return typeof mod.default === 'function' ? mod.default : mod.default.default;
}
