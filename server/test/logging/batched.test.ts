import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { batchedDestination } from '@server/logging/batched'

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

describe('batchedDestination: the lines of one turn in one write', () => {
  let dir: string
  let file: string
  let fd: number
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'batched-'))
    file = path.join(dir, 'log')
    fd = fs.openSync(file, 'w')
  })
  afterEach(() => {
    fs.closeSync(fd)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('holds the lines of a turn, then writes them in order with one system call', async () => {
    const writes = jest.spyOn(fs, 'writeSync')
    const log = batchedDestination(fd)
    log.write('{"n":1}\n')
    log.write('{"n":2}\n')
    log.write('{"n":3}\n')
    expect(fs.readFileSync(file, 'utf8')).toBe('')
    await nextTurn()
    expect(fs.readFileSync(file, 'utf8')).toBe('{"n":1}\n{"n":2}\n{"n":3}\n')
    expect(writes).toHaveBeenCalledTimes(1)
    // The next turn's lines go in a write of their own.
    log.write('{"n":4}\n')
    await nextTurn()
    expect(fs.readFileSync(file, 'utf8')).toBe('{"n":1}\n{"n":2}\n{"n":3}\n{"n":4}\n')
    expect(writes).toHaveBeenCalledTimes(2)
    writes.mockRestore()
  })

  it('flush() writes what is held at once (before exit), and the scheduled flush then has nothing to write', async () => {
    const log = batchedDestination(fd)
    log.write('不是乱码：中文也按字节写全\n')
    log.flush()
    expect(fs.readFileSync(file, 'utf8')).toBe('不是乱码：中文也按字节写全\n')
    await nextTurn()
    expect(fs.readFileSync(file, 'utf8')).toBe('不是乱码：中文也按字节写全\n')
  })

  it('a process that dies of an uncaught error still writes the lines of its last turn (the server flushes on exit)', () => {
    // What server.ts does, in a child process of its own: a line, then a crash in the same turn.
    const script = `
      require('tsx/cjs')
      const { batchedDestination } = require(${JSON.stringify(path.join(__dirname, '../../src/logging/batched.ts'))})
      const log = batchedDestination(1)
      process.on('exit', () => log.flush())
      log.write('{"msg":"last words"}\\n')
      throw new Error('crash')
    `
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('{"msg":"last words"}\n')
  })
})
