import net from 'node:net';

export class PortInUseError extends Error {
  constructor(
    readonly component: string,
    readonly port: number,
    readonly envVar?: string,
  ) {
    super(
      `${component}: port ${port} is already in use (is another \`npm start\` running?)` +
        (envVar ? `; choose another with ${envVar}=<port>` : ''),
    );
    this.name = 'PortInUseError';
  }
}

/** True when something accepts connections on the port (on loopback). */
export function isPortAnswering(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Fails fast with a clear message instead of letting an emulator hang on a taken port. */
export async function assertPortFree(component: string, port: number, envVar?: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '0.0.0.0', exclusive: true }, () => server.close(() => resolve(true)));
  });
  if (!free || (await isPortAnswering(port))) throw new PortInUseError(component, port, envVar);
}

/** A port the OS says is free now (for tests; another process could still take it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
