import { createConnection, createServer, type Server, type Socket } from 'node:net'

/**
 * A TCP proxy in front of the shared PostgreSQL, so a test can take "the database" away from one
 * server process (close: every connection cut, new ones refused) and give it back (open, same
 * port) without touching the PostgreSQL everyone else uses.
 */
export interface TcpProxy {
  port: number
  /** Cuts every open connection and stops listening: connecting is refused until `open()`. */
  close(): Promise<void>
  /** Listens again on the same port. */
  open(): Promise<void>
  stop(): Promise<void>
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>()
  let server: Server | null = null
  let port = 0

  const listen = () =>
    new Promise<void>((done, fail) => {
      const s = createServer((client) => {
        const upstream = createConnection(target)
        for (const socket of [client, upstream]) {
          sockets.add(socket)
          socket.on('close', () => sockets.delete(socket))
          socket.on('error', () => undefined)
        }
        client.pipe(upstream)
        upstream.pipe(client)
        client.on('close', () => upstream.destroy())
        upstream.on('close', () => client.destroy())
      })
      s.once('error', fail)
      s.listen(port, '127.0.0.1', () => {
        const address = s.address()
        if (address && typeof address === 'object') port = address.port
        server = s
        done()
      })
    })

  const close = () =>
    new Promise<void>((done) => {
      const s = server
      server = null
      for (const socket of sockets) socket.destroy()
      sockets.clear()
      if (!s) return done()
      s.close(() => done())
    })

  await listen()
  return {
    get port() {
      return port
    },
    close,
    open: listen,
    stop: close,
  }
}
