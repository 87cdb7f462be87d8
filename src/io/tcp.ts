/**
 * The TCP port: connect to a host and port, optionally send one line, and collect what the other
 * side says within a wait (doctor's remote-debug probe speaks the daemon's handshake this way).
 */
import { Socket } from 'node:net';

export interface TcpProbe {
  /** The connection was made. */
  connected: boolean;
  /** Why not (ECONNREFUSED, ENOTFOUND, timeout). */
  error?: string;
  /** What the other side sent before it closed or the wait ended. */
  received: string;
  /** The other side closed the connection within the wait. */
  closedByPeer: boolean;
  durationMs: number;
}

export function probeTcp(
  host: string,
  port: number,
  options: { send?: string; connectTimeoutMs?: number; waitMs?: number } = {},
): Promise<TcpProbe> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = new Socket();
    let received = '';
    let connected = false;
    let done = false;
    const finish = (extra: Partial<TcpProbe>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ connected, received, closedByPeer: false, durationMs: Date.now() - started, ...extra });
    };
    let timer = setTimeout(() => finish({ error: 'timed out connecting' }), options.connectTimeoutMs ?? 3000);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      if (received.length < 4096) received += chunk;
    });
    socket.on('error', (e: NodeJS.ErrnoException) => finish({ error: e.code ?? e.message }));
    socket.on('close', () => finish({ closedByPeer: connected }));
    socket.connect(port, host, () => {
      connected = true;
      clearTimeout(timer);
      if (options.send !== undefined) socket.write(options.send);
      timer = setTimeout(() => finish({}), options.waitMs ?? 1500);
    });
  });
}
