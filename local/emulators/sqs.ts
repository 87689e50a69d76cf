import { assertPortFree } from '../ports.ts';
import { resumeListening, stopListening } from './listening.ts';

export interface SqsEmulator {
  readonly endpoint: string;
  readonly port: number;
  stop(): Promise<void>;
  /** Stops answering on the port, keeping queues and messages (fault injection: SQS unavailable). */
  suspend(): Promise<void>;
  /** Answers on the same port again, with the state it had. */
  resume(): Promise<void>;
}

/** fauxqs in-process, bound to loopback only (its startFauxqs helper always binds 0.0.0.0). */
export async function startSqsEmulator(options: { port: number; portEnvVar?: string }): Promise<SqsEmulator> {
  if (options.port !== 0) await assertPortFree('SQS emulator', options.port, options.portEnvVar);
  const { buildApp } = await import('fauxqs');
  const app = buildApp({ logger: false, defaultRegion: 'us-east-1' });
  await app.listen({ port: options.port, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    stop: async () => {
      await app.close();
    },
    suspend: () => stopListening(app.server),
    resume: () => resumeListening(app.server, port),
  };
}
