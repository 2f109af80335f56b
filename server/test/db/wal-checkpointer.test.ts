import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { sql } from 'kysely'
import { WAL_BACKSTOP_PAGES, openDatabase, type DatabaseHandle } from '@server/db/database'
import { startWalCheckpointer } from '@server/db/wal-checkpointer'
import { buildTestApp } from '../helpers/build'

/**
 * The WAL checkpointing worker (issue 15, db/wal-checkpointer.ts): the server's connection leaves
 * its checkpoints to a worker thread, keeps a backstop of its own, loses nothing, and leaves no
 * WAL behind when it closes. SQLite in a file only (an in-memory database has no WAL).
 */

jest.setTimeout(60_000)

const AT = '2025-10-01T02:00:00.000Z'

/** Writes `count` users, one transaction each (a commit each, as filings are). */
async function writeUsers(handle: DatabaseHandle, from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i += 1) {
    await handle.db.transaction().execute((trx) =>
      trx.insertInto('users').values({ id: `u-${i}`, openid: `o-${i}`, created_at: AT }).execute(),
    )
  }
}

/** Bytes of a file (0 when absent). In WAL mode only a checkpoint writes the database file itself. */
const sizeOf = (path: string): number => (existsSync(path) ? statSync(path).size : 0)

/** A WAL frame: a 4 KiB page and its 24-byte header. */
const FRAME_BYTES = 4096 + 24

/**
 * How many frames the WAL holds now (the file keeps its largest size; SQLite starts over from its
 * top). Asked of a connection of its own, which must then checkpoint them itself: call it last.
 */
function framesInWal(path: string): number {
  const db = new SqliteDatabase(path, { fileMustExist: true })
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number }>
    return result?.log ?? 0
  } finally {
    db.close()
  }
}

const until = async (what: () => boolean, ms = 10_000): Promise<void> => {
  const deadline = Date.now() + ms
  while (!what()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('the WAL checkpointer (SQLite in a file)', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yidi-wal-'))
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('checkpoints from its worker: the server connection only keeps a backstop', async () => {
    const path = join(dir, 'app.db')
    const handle = await openDatabase({ kind: 'sqlite', path }, { checkpointInWorker: true })
    try {
      expect(handle.walCheckpointer).toBeDefined()
      const { rows } = await sql<{ wal_autocheckpoint: number }>`PRAGMA wal_autocheckpoint`.execute(handle.db)
      expect(rows[0]?.wal_autocheckpoint).toBe(WAL_BACKSTOP_PAGES)
      const before = sizeOf(path)
      await writeUsers(handle, 0, 300)
      // Far below the backstop: only the worker can have copied these pages into the file.
      expect(sizeOf(`${path}-wal`)).toBeLessThan(WAL_BACKSTOP_PAGES * FRAME_BYTES)
      await until(() => sizeOf(path) > before)
    } finally {
      await handle.db.destroy()
      await handle.walCheckpointer?.stop()
    }
  })

  it('fsyncs every commit (synchronous FULL), whatever SQLite was built to default to', async () => {
    const handle = await openDatabase({ kind: 'sqlite', path: join(dir, 'app.db') }, {})
    try {
      const { rows } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(handle.db)
      // 2 = FULL; better-sqlite3's build default in WAL mode is 1 (NORMAL: synced only at checkpoints).
      expect(rows[0]?.synchronous).toBe(2)
    } finally {
      await handle.db.destroy()
    }
  })

  it('loses nothing and leaves no WAL when the app closes; what was written is there after reopening', async () => {
    const path = join(dir, 'app.db')
    const app = await buildTestApp({ database: { kind: 'sqlite', path } })
    await writeUsers({ db: app.db, dialect: 'sqlite' }, 0, 20)
    await app.close()
    expect(existsSync(`${path}-wal`)).toBe(false)
    const reopened = new SqliteDatabase(path, { readonly: true })
    try {
      expect((reopened.prepare("select count(*) as n from users where id like 'u-%'").get() as { n: number }).n).toBe(20)
    } finally {
      reopened.close()
    }
  })

  // The staff CLI opens the database and exits: a worker left running kept it alive (e2e staff
  // tests timed out waiting for `npm run staff -- add`).
  it('is started only when asked for (the server); a short-lived process opens the database without it', async () => {
    const handle = await openDatabase({ kind: 'sqlite', path: join(dir, 'app.db') })
    try {
      expect(handle.walCheckpointer).toBeUndefined()
    } finally {
      await handle.db.destroy()
    }
  })

  it('keeps the WAL bounded by the backstop when the worker is gone', async () => {
    const path = join(dir, 'app.db')
    const handle = await openDatabase({ kind: 'sqlite', path }, { checkpointInWorker: true })
    try {
      await handle.walCheckpointer?.stop()
      await sql.raw('PRAGMA wal_autocheckpoint = 20').execute(handle.db)
      await writeUsers(handle, 0, 200)
      // The server's own checkpoint started the WAL over and over: it never held much more than 20
      // frames (without it, 200 commits of a few pages each).
      expect(framesInWal(path)).toBeLessThan(40)
    } finally {
      await handle.db.destroy()
    }
  })

  it('stops cleanly, twice, and a checkpoint that fails is told, not thrown', async () => {
    const errors: string[] = []
    const checkpointer = startWalCheckpointer(join(dir, 'missing.db'), { onError: (code) => errors.push(code) })
    // The worker cannot open a file that does not exist: it ends, with an error heard.
    await until(() => errors.length > 0)
    await checkpointer.stop()
    await checkpointer.stop()
    expect(errors[0]).toMatch(/unable to open|SQLITE_CANTOPEN|does not exist/i)
  })
})
