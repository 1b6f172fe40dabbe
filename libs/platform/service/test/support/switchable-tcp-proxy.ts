// A TCP proxy in front of the test PostgreSQL that a test can take down: "refusing" closes its port (the
// server went away), "silent" accepts connections and never answers (a host that drops packets).
import net from 'node:net';

export type ProxyMode = 'forwarding' | 'refusing' | 'silent';

export interface SwitchableTcpProxy {
  /** The target URL with the proxy's host and port. */
  url: string;
  setMode(mode: Exclude<ProxyMode, 'refusing'>): void;
  /** Closes the port and cuts every open connection. */
  refuse(): Promise<void>;
  close(): Promise<void>;
}

export async function startSwitchableTcpProxy(targetUrl: string): Promise<SwitchableTcpProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<net.Socket>();
  let mode: ProxyMode = 'forwarding';
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = net.createServer((client) => {
    track(client);
    if (mode !== 'forwarding') return;
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const url = new URL(targetUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);

  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
  };
  const refuse = async () => {
    mode = 'refusing';
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    cutAll();
    await closed;
  };
  return {
    url: url.toString(),
    setMode(next) {
      mode = next;
      cutAll();
    },
    refuse,
    async close() {
      if (mode !== 'refusing') await refuse();
    },
  };
}
