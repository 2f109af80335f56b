import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { usesPostgres } from '../helpers/build'

// scripts/orphan.mjs (npm start): the script stops its server when whoever started it is killed.
// No database is involved, so it runs in the SQLite run of the suite only.
const describeOnce = usesPostgres ? describe.skip : describe

const ORPHAN = resolve(__dirname, '../../../scripts/orphan.mjs')

describeOnce('stopWhenOrphaned (npm start killed by its own PID)', () => {
  it('calls stop once the parent is killed with SIGKILL, and not while it lives', async () => {
    // A shell (standing in for npm) starts a node process that watches its parent every 50 ms and
    // says "watching <pid>" when it has begun; the shell then waits on it.
    const child = `import(${JSON.stringify(ORPHAN)}).then(({ stopWhenOrphaned }) => {
      let stops = 0
      stopWhenOrphaned(() => { stops += 1; console.log('stopped ' + stops); setTimeout(() => process.exit(0), 200) }, 50)
      setInterval(() => {}, 1000)
      console.log('watching ' + process.pid)
    })`
    const shell = spawn('bash', ['-c', 'node --input-type=module -e "$CHILD" & wait'], {
      env: { ...process.env, CHILD: child },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    const seen = (text: string) =>
      new Promise<void>((done) => {
        const check = () => out.includes(text) && done()
        shell.stdout.on('data', (d: Buffer) => {
          out += d.toString()
          check()
        })
        check()
      })

    await seen('watching ')
    const pid = Number(/watching (\d+)/.exec(out)![1])
    // Alive and not stopped while its parent lives (a few of its checks have passed by now).
    await new Promise((r) => setTimeout(r, 300))
    expect(out).not.toContain('stopped')

    // npm killed by its PID: the watcher notices and stops, once, then exits.
    shell.kill('SIGKILL')
    await seen('stopped 1')
    await waitForExit(pid)
    expect(out).not.toContain('stopped 2')
  })
})

/** Resolves when no process `pid` exists any more (checked every 20 ms). */
async function waitForExit(pid: number): Promise<void> {
  for (;;) {
    try {
      process.kill(pid, 0)
    } catch {
      return
    }
    await new Promise((r) => setTimeout(r, 20))
  }
}
