import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { freePort } from '../../helpers/free-port'

/**
 * The real API (server/src/server.ts → buildApp) on a temporary SQLite file and a free port, in a
 * child process: the simulator needs jsdom, the server needs plain Node, so they do not share one.
 */
const root = path.resolve(__dirname, '../../..')

/** One HTTP exchange with the backend (jsdom has no fetch). Body: a Buffer, or nothing. */
export function httpExchange(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    if (opts.body) req.write(opts.body)
    req.end()
  })
}

export class Backend {
  private child: ChildProcess | null = null
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beian-weapp-sim-'))
  url = ''
  output = ''

  async start(env: Record<string, string> = {}): Promise<void> {
    const port = await freePort()
    this.url = `http://127.0.0.1:${port}`
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SQLITE_PATH: path.join(this.dir, 'app.db'),
      NODE_ENV: 'test',
      REVIEWER_TOKEN: 'weapp-sim-reviewer',
      ...env,
    }
    delete childEnv.DATABASE_URL
    delete childEnv.REDIS_URL
    delete childEnv.SERVE_STATIC
    this.child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['server/src/server.ts'], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    this.child.stdout!.on('data', (d) => (this.output += d))
    this.child.stderr!.on('data', (d) => (this.output += d))
    const deadline = Date.now() + 90_000
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`server exited:\n${this.output}`)
      try {
        const res = await httpExchange(`${this.url}/api/health`, {})
        if (res.status === 200) return
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 150))
    }
    throw new Error(`server did not answer /api/health within 90 s:\n${this.output}`)
  }

  async stop(): Promise<void> {
    const child = this.child
    this.child = null
    if (child && child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        child.once('exit', () => clearTimeout(timer))
      })
    }
    fs.rmSync(this.dir, { recursive: true, force: true })
  }
}
