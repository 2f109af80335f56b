import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net'
import { once } from 'node:events'

/**
 * A TCP proxy this test starts and stops, to take "Redis" away from the app without touching
 * the machine's Redis (other test runs share it). `stop()` closes the port and cuts every
 * connection; `start()` opens the same port again.
 */
export class TcpProxy {
  private server: Server | null = null
  private readonly sockets = new Set<Socket>()
  port = 0
  /** While true, what clients send is dropped: a Redis that hangs rather than refuses. */
  holding = false

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host)
      for (const socket of [client, upstream]) {
        this.sockets.add(socket)
        socket.on('close', () => this.sockets.delete(socket))
        socket.on('error', () => socket.destroy())
      }
      client.on('data', (chunk) => {
        if (!this.holding) upstream.write(chunk)
      })
      upstream.pipe(client)
      client.on('close', () => upstream.destroy())
      upstream.on('close', () => client.destroy())
    })
    server.listen(this.port, '127.0.0.1')
    await once(server, 'listening')
    this.port = (server.address() as AddressInfo).port
    this.server = server
  }

  /** Stops answering without closing anything. */
  hold(): void {
    this.holding = true
  }

  async stop(): Promise<void> {
    this.holding = false
    const server = this.server
    this.server = null
    if (!server) return
    const closed = once(server, 'close')
    server.close()
    for (const socket of this.sockets) socket.destroy()
    await closed
  }
}

/** A port nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  server.close()
  await once(server, 'close')
  return port
}
