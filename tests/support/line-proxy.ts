import { createServer, Socket, type Server } from 'node:net';
import { freePort } from './dovecot';

/**
 * A TCP relay on loopback between the app and a real test server, that can spoil the line the
 * way networks do: pass everything; cut it once the client has sent a message's final dot (the
 * server gets the whole message and answers, but the answer never arrives); or stall once the
 * server has said `stallAfter` (nothing passes either way from then on, the line stays open).
 */
export type LineMode = { kind: 'pass' } | { kind: 'cut-after-data' } | { kind: 'stall'; after: RegExp };

export interface LineProxy {
  host: string;
  port: number;
  mode: LineMode;
  close(): Promise<void>;
}

export async function startLineProxy(target: { host: string; port: number }): Promise<LineProxy> {
  const sockets = new Set<Socket>();
  const proxy: LineProxy = { host: '127.0.0.1', port: await freePort(), mode: { kind: 'pass' }, close: async () => {} };
  const server: Server = createServer((client) => {
    const upstream = new Socket();
    sockets.add(client).add(upstream);
    let stalled = false;
    let cut = false;
    let sent = '';
    let said = '';
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.on('data', (chunk: Buffer) => {
      if (stalled || cut) return;
      upstream.write(chunk);
      sent = (sent + chunk.toString('latin1')).slice(-8);
      // The message's final dot has gone to the server: its answer will not come back.
      if (proxy.mode.kind === 'cut-after-data' && sent.endsWith('\r\n.\r\n')) cut = true;
    });
    upstream.on('data', (chunk: Buffer) => {
      if (stalled) return;
      if (cut) return setTimeout(end, 200).unref();
      client.write(chunk);
      said = (said + chunk.toString('latin1')).slice(-2000);
      if (proxy.mode.kind === 'stall' && proxy.mode.after.test(said)) stalled = true;
    });
    upstream.connect(target.port, target.host);
  });
  await new Promise<void>((resolve) => server.listen(proxy.port, proxy.host, resolve));
  proxy.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return proxy;
}
