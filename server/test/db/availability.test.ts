import { createServer } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Client } from 'pg'
import { DatabaseAvailability, isDatabaseUnavailable } from '@server/db/availability'

/** The error `run` fails with (or throws if it does not fail). */
async function failure(run: () => unknown): Promise<unknown> {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}

describe('isDatabaseUnavailable', () => {
  it('is true for a PostgreSQL server that refuses the connection (a real ECONNREFUSED)', async () => {
    // A port that was just free and is closed again: nothing listens there.
    const server = createServer().listen(0, '127.0.0.1')
    await new Promise((done) => server.once('listening', done))
    const { port } = server.address() as { port: number }
    await new Promise((done) => server.close(done))
    const client = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' })
    expect(isDatabaseUnavailable(await failure(() => client.connect()))).toBe(true)
  })

  it('is true for SQLite that cannot open its file or is locked past busy_timeout (real errors)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yidi-avail-'))
    try {
      // A path that is a folder, not a database file: SQLITE_CANTOPEN.
      const cantOpen = await failure(() => new SqliteDatabase(dir).exec('select 1 from sqlite_master'))
      expect((cantOpen as { code: string }).code).toBe('SQLITE_CANTOPEN')
      expect(isDatabaseUnavailable(cantOpen)).toBe(true)
      const path = join(dir, 'busy.db')
      const holder = new SqliteDatabase(path)
      holder.exec('create table t (x)')
      const other = new SqliteDatabase(path, { timeout: 50 })
      holder.exec('begin immediate')
      const busy = await failure(() => other.exec('insert into t values (1)'))
      expect((busy as { code: string }).code).toBe('SQLITE_BUSY')
      expect(isDatabaseUnavailable(busy)).toBe(true)
      holder.exec('rollback')
      // A wrong query is not an outage.
      expect(isDatabaseUnavailable(await failure(() => other.exec('insert into no_such_table values (1)')))).toBe(false)
      holder.close()
      other.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  // shape of the driver's error | unavailable?
  it.each([
    [{ code: '57P01', message: 'terminating connection due to administrator command' }, true],
    [{ code: '57P02', message: 'crash shutdown' }, true],
    [{ code: '57P03', message: 'the database system is starting up' }, true],
    [{ code: '08006', message: 'connection failure' }, true],
    [{ code: '53300', message: 'too many connections' }, true],
    [new Error('Connection terminated unexpectedly'), true],
    [new Error('timeout exceeded when trying to connect'), true],
    [{ code: 'SQLITE_IOERR_READ', message: 'disk I/O error' }, true],
    [{ code: 'SQLITE_CANTOPEN', message: 'unable to open database file' }, true],
    [{ code: '23505', message: 'duplicate key value violates unique constraint' }, false],
    [{ code: '23503', message: 'violates foreign key constraint' }, false],
    [{ code: 'SQLITE_CONSTRAINT_FOREIGNKEY', message: 'FOREIGN KEY constraint failed' }, false],
    [{ code: '42601', message: 'syntax error' }, false],
    // A WeChat call that could not connect is wrapped by its caller: not the database.
    [Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }), false],
    [new Error('something else'), false],
    [null, false],
  ])('%p → %p', (error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected)
  })
})

describe('DatabaseAvailability', () => {
  function tracker() {
    const lines: Array<[string, Record<string, unknown>, string]> = []
    let now = 1_000
    const log = {
      error: (o: object, m: string) => lines.push(['error', o as Record<string, unknown>, m]),
      warn: (o: object, m: string) => lines.push(['warn', o as Record<string, unknown>, m]),
      info: (o: object, m: string) => lines.push(['info', o as Record<string, unknown>, m]),
    }
    const availability = new DatabaseAvailability(log, () => now, 10_000)
    return { availability, lines, advance: (ms: number) => (now += ms) }
  }

  it('logs an outage once, however many queries fail, and its end once, with how long it lasted', () => {
    const { availability, lines, advance } = tracker()
    availability.querySucceeded()
    for (let i = 0; i < 50; i += 1) availability.queryFailed({ code: '57P01' })
    expect(availability.isDown).toBe(true)
    advance(2_500)
    availability.querySucceeded()
    availability.querySucceeded()
    expect(availability.isDown).toBe(false)
    expect(lines).toEqual([
      ['error', { event: 'database_unavailable', code: '57P01' }, 'database unavailable'],
      ['info', { event: 'database_available', downForMs: 2_500 }, 'database available again'],
    ])
  })

  it('does not count a wrong query as an outage', () => {
    const { availability, lines } = tracker()
    availability.queryFailed({ code: '23505' })
    expect(availability.isDown).toBe(false)
    expect(lines).toEqual([])
  })

  it('logs lost pooled connections at most once per 10 s, with how many were lost', () => {
    const { availability, lines, advance } = tracker()
    for (let i = 0; i < 8; i += 1) availability.connectionLost({ code: '57P01' })
    advance(10_000)
    availability.connectionLost(new Error('Connection terminated unexpectedly'))
    expect(lines).toEqual([
      ['warn', { event: 'database_connection_lost', code: '57P01', lost: 1 }, 'database connection lost; the pool opens a new one when needed'],
      ['warn', { event: 'database_connection_lost', code: 'CONNECTION_TERMINATED', lost: 8 }, 'database connection lost; the pool opens a new one when needed'],
    ])
  })
})
