import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '../../..')

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}

// The production start (issue 15): the server compiled ahead of time by server/build.mjs and run
// with plain `node`, on a real SQLite file, answering as the TypeScript one does.
describe('server bundle (server/build.mjs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yidi-bundle-'))
  // Inside the checkout, as dist/server is: the external packages are required from its node_modules.
  const outDir = join(root, 'dist', `server-test-${process.pid}`)
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(outDir, { recursive: true, force: true })
  })

  it('builds, starts with plain node and answers health, a login and a lookup', async () => {
    const outfile = join(outDir, 'server.cjs')
    const built = spawnSync(process.execPath, ['server/build.mjs', outfile], { cwd: root, encoding: 'utf8', timeout: 60_000 })
    expect(built.stderr).toBe('')
    expect(built.status).toBe(0)

    const port = await freePort()
    const child = spawn(process.execPath, [outfile], {
      cwd: root,
      env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), SQLITE_PATH: join(dir, 'a.db'), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const url = `http://127.0.0.1:${port}`
    try {
      let health: Response | null = null
      for (let i = 0; i < 100 && health === null; i += 1) {
        health = await fetch(`${url}/api/health`).catch(() => null)
        if (health === null) await new Promise((r) => setTimeout(r, 100))
      }
      expect(stderr).toBe('')
      expect(health?.status).toBe(200)
      expect(await health?.json()).toEqual({ status: 'ok', db: 'sqlite' })
      // A login reaches the database (better-sqlite3, required from node_modules).
      const login = await fetch(`${url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: 'dev:bundle-test' }),
      })
      expect(login.status).toBe(200)
      const lookup = await fetch(`${url}/api/status?number=YD20251001ABC234&idTail=123456`)
      expect(lookup.status).toBe(404)
      expect(((await lookup.json()) as { code: string }).code).toBe('STATUS_NOT_FOUND')
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
    }
  }, 90_000)
})
