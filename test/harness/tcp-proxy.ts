import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** Drops every open connection and refuses new ones, as when a laptop's Wi-Fi goes. */
  cut(): void;
  /** Passes what the browser sends but drops what comes back, as when a link dies halfway through an exchange. */
  muteAnswers(): void;
  restore(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy on 127.0.0.1 in front of a server on 127.0.0.1:targetPort, for cutting one browser's connection while
 * the server stays up. The join server answers only to its own Host and Origin, so the proxy presents the browser's
 * requests as addressed to the server: "127.0.0.1:<proxy port>" becomes "127.0.0.1:<target port>" in what the browser
 * sends (both ports have the same number of digits, so no length changes).
 */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let refusing = false;
  let muted = false;
  const server = net.createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = net.connect({ host: '127.0.0.1', port: targetPort });
    open.add(client);
    open.add(upstream);
    const from = Buffer.from(`127.0.0.1:${proxyPort()}`);
    const to = Buffer.from(`127.0.0.1:${targetPort}`);
    client.on('data', (chunk: Buffer) => upstream.write(replaceAll(chunk, from, to)));
    upstream.on('data', (chunk: Buffer) => {
      if (!muted) client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxyPort = () => (server.address() as net.AddressInfo).port;
  if (String(proxyPort()).length !== String(targetPort).length) {
    server.close();
    throw new Error(`proxy port ${proxyPort()} and target port ${targetPort} differ in length; pick ports of the same length`);
  }
  return {
    port: proxyPort(),
    cut() {
      refusing = true;
      muted = false;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    muteAnswers() {
      muted = true;
    },
    restore() {
      refusing = false;
      muted = false;
    },
    close() {
      refusing = true;
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function replaceAll(chunk: Buffer, from: Buffer, to: Buffer): Buffer {
  let at = chunk.indexOf(from);
  if (at === -1) return chunk;
  const copy = Buffer.from(chunk);
  while (at !== -1) {
    to.copy(copy, at);
    at = copy.indexOf(from, at + to.length);
  }
  return copy;
}
