/**
 * A loopback TCP proxy in front of Neo4j's Bolt port, to cut and restore the database under a running
 * app: `cut()` closes every connection and refuses new ones, `restore()` listens again on the same port.
 * `blackhole()` is the nastier fault: every socket stays open but no byte is forwarded any more, and new
 * connections are accepted and never answered (a dead peer behind a firewall); `heal()` ends it.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private holes = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  static forBolt(uri: string): TcpProxy {
    const { hostname, port } = new URL(uri.replace(/^bolt/, 'http'));
    return new TcpProxy(hostname, Number(port));
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  async start(): Promise<void> {
    const server = createServer((client) => {
      this.track(client);
      if (this.holes) {
        client.pause();
        return;
      }
      const upstream = connect(this.targetPort, this.targetHost);
      this.track(upstream);
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((ready) => server.listen(this.port, '127.0.0.1', ready));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Stops forwarding: open sockets stay open and silent, new connections are accepted and never answered. */
  blackhole(): void {
    this.holes = true;
    for (const socket of this.sockets) {
      socket.unpipe();
      socket.pause();
    }
  }

  /** Ends a black hole: drops the silent sockets (as a peer's reset would) and forwards new connections. */
  heal(): void {
    this.holes = false;
    for (const socket of this.sockets) socket.destroy();
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
    this.server = undefined;
  }

  restore(): Promise<void> {
    return this.start();
  }

  stop(): Promise<void> {
    this.holes = false;
    return this.cut();
  }
}
