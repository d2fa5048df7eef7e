import { createServer } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A proxy that forwards nothing: the browser under test sends every non-local request
 * (http and https CONNECT) here, and it is logged and refused. The demo pages are on
 * 127.0.0.1 and reached directly, so anything logged tried to leave the machine.
 */
export async function startTrapProxy(): Promise<{ port: number; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403);
    res.end();
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req, socket: Socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

/**
 * Requests the browsers make on their own (not the extension): Firefox's remote settings and
 * similar Mozilla services, Chromium's Google services. The extension contacts none of these;
 * anything else fails the test.
 */
export const BROWSER_OWN: readonly RegExp[] = [
  /mozilla\.(com|net|org)(:\d+)?/,
  /firefox\.com/,
  /mozaws\.net/,
  /google(apis)?\.com/,
  /gstatic\.com/,
  /gvt1\.com/,
];
