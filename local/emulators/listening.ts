import type { Server } from 'node:http';

/*
 * An in-process emulator's server closed and opened again on its port: clients get "connection
 * refused" in between, as from a service that is down, while the emulator keeps its state (queues,
 * messages, sent mail), as the real service would.
 */

export function stopListening(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

export function resumeListening(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1' }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
