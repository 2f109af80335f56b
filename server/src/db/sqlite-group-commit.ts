import type { Statement } from 'better-sqlite3'
import { CompiledQuery, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type DatabaseConnection, type DatabaseIntrospector, type Dialect, type DialectAdapter, type Driver, type Kysely, type QueryCompiler, type QueryResult } from 'kysely'
import type { CachingSqliteDatabase } from './sqlite-statement-cache'
import { allRows } from './sqlite-rows'
import type { DirectQuery } from './direct-read'

/**
 * How many transactions at most share one COMMIT. A group is committed at the end of the event
 * loop's turn, so under a light load each is its own group; under a heavy one the first of a group
 * waits for at most this many others' statements (~0.1-0.3 ms each) before it is answered.
 */
export const DEFAULT_MAX_GROUP = 32

/** What the group commit did, for tests and the bench. */
export interface GroupCommitStats {
  /** Transactions committed (each member of a group, once its group's COMMIT succeeded). */
  committedTransactions: number
  /** COMMITs run, each making a whole group durable. */
  commits: number
  /** Read snapshots opened: each a `BEGIN` shared by the direct reads of one turn of the event loop. */
  readSnapshots: number
  /** Direct reads run (readDirectly answered rows). */
  directReads: number
}

/** Hears a COMMIT's outcome, as Kysely's query log hears a statement's (db/availability.ts). */
export interface CommitObserver {
  queryFailed(error: unknown): void
  querySucceeded(): void
}

export interface GroupCommitOptions {
  database: CachingSqliteDatabase
  maxGroup?: number
  observer?: CommitObserver
}

/**
 * Kysely's SQLite dialect with **group commit** (issue 15): on SQLite every COMMIT is an fsync of
 * the WAL (`synchronous = FULL`, db/database.ts), waited for on the event loop — 35 % of the
 * server's time when filings arrive together. Here the transactions that queue for the one
 * connection while one runs share a COMMIT instead:
 *
 * - The first transaction of a group runs `BEGIN`; each transaction, the first too, runs inside
 *   it as a savepoint (`SAVEPOINT group_member`). Its end releases the savepoint (`RELEASE`); a
 *   failure rolls back its own work only (`ROLLBACK TO`), and the group goes on.
 * - A transaction that ends hands the connection on to the next waiting, or frees it, and waits
 *   for its group's COMMIT. That COMMIT runs when the connection is free at the end of the event
 *   loop's turn (`setImmediate`: on this synchronous driver a transaction runs to its end within
 *   the request's turn, so the requests read in one turn form a group), when a statement outside a
 *   transaction needs the connection, or when a transaction makes the group `maxGroup` long.
 *   Kysely's `transaction().execute(…)` resolves only after the COMMIT of its group succeeded, so
 *   nothing is answered before it is durable, exactly as with a COMMIT of its own; a crash before
 *   it loses the whole group, none of it answered. A transaction alone waits one turn more.
 * - A COMMIT that fails (a disk error, a deferred constraint) fails every transaction of the
 *   group, which is rolled back: each caller sees the error, and nothing of it was kept.
 *   So does SQLite rolling the whole transaction back on its own (SQLITE_FULL, SQLITE_IOERR …).
 * - A statement outside a transaction (a read, a pragma) never sees a group's uncommitted work,
 *   nor joins it: the group is committed first.
 *
 * Reads that need not wait (readDirectly: db/direct-read.ts, the lookups) share a **read snapshot**
 * per turn of the event loop: the first opens a read transaction (`BEGIN`), the others of the
 * same turn read in it, and it ends (`COMMIT`, which writes nothing) when the turn's other work is
 * done (`setImmediate`) or as soon as anything else needs the connection. In WAL mode every read
 * outside a transaction starts and ends a read transaction of its own, with two `fcntl` locks on
 * the shared-memory index: ~6 µs of a ~7.5 µs lookup on this machine's kind, ~1.4 µs once shared
 * by 20 reads (issue 15). A snapshot is opened only while the connection is free and no group is
 * open, so it never holds anyone's uncommitted work and no write ever runs inside it; it sees
 * what was committed when its first read ran, as each read alone would have seen it at most a turn
 * earlier (another process's commit of that same turn is seen from the next turn on).
 *
 * The connection itself is the caching better-sqlite3 database (sqlite-statement-cache.ts).
 * Transactions' settings (isolation level, access mode) mean nothing on SQLite and are ignored,
 * as Kysely's own SqliteDriver does.
 */
export class GroupCommitSqliteDialect implements Dialect {
  readonly #options: GroupCommitOptions
  readonly #stats: GroupCommitStats = { committedTransactions: 0, commits: 0, readSnapshots: 0, directReads: 0 }
  #driver: GroupCommitDriver | null = null

  constructor(options: GroupCommitOptions) {
    this.#options = options
  }

  /** Counts so far (the same object, updated in place). */
  get stats(): Readonly<GroupCommitStats> {
    return this.#stats
  }

  createDriver(): Driver {
    this.#driver = new GroupCommitDriver(this.#options, this.#stats)
    return this.#driver
  }

  /**
   * Runs a statement that only reads, now, synchronously, when it need not wait for the connection
   * (see the class comment: in the turn's read snapshot, or on its own while a lease holds the
   * connection between statements outside a transaction); answers its rows, or `undefined` when it
   * must go through Kysely (a transaction or an uncommitted group holds the connection, the
   * statement writes, the driver is not open yet). Throws what SQLite throws, after telling the
   * observer.
   */
  readDirectly(query: DirectQuery): unknown[] | undefined {
    return this.#driver?.readDirectly(query)
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler()
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter()
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db)
  }
}

const MEMBER = 'group_member'

/** One group: its COMMIT's outcome, awaited by every member that ended in it. */
class Group {
  members = 0
  readonly done: Promise<void>
  resolve!: () => void
  reject!: (error: unknown) => void
  constructor() {
    this.done = new Promise<void>((resolve, reject) => {
      this.resolve = resolve
      this.reject = reject
    })
    // A group whose members all rolled back has nobody awaiting it: its failure is nobody's.
    this.done.catch(() => undefined)
  }
}

/** One use of the connection (Kysely's acquire … release): whether it is inside its savepoint, and whether it gave the connection up early. */
class Lease implements DatabaseConnection {
  inMember = false
  handedOn = false
  constructor(private readonly driver: GroupCommitDriver) {}
  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return Promise.resolve(this.driver.run<R>(this, query))
  }
  // eslint-disable-next-line require-yield -- Kysely's interface; the server never streams
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported on the SQLite connection')
  }
}

class GroupCommitDriver implements Driver {
  readonly #database: CachingSqliteDatabase
  readonly #maxGroup: number
  readonly #observer: CommitObserver | undefined
  readonly #stats: GroupCommitStats
  /** The connection is held by a lease; those waiting for it, first come first served. */
  #locked = false
  readonly #waiting: Array<() => void> = []
  /** The open group: `BEGIN` run, not yet committed. */
  #group: Group | null = null
  /** A read snapshot is open: `BEGIN` run by readDirectly, ended by #endSnapshot. */
  #snapshot = false
  #begin!: Statement
  #commit!: Statement
  #rollback!: Statement
  #savepoint!: Statement
  #release!: Statement
  #rollbackToSavepoint!: Statement

  constructor(options: GroupCommitOptions, stats: GroupCommitStats) {
    const maxGroup = options.maxGroup ?? DEFAULT_MAX_GROUP
    if (!Number.isInteger(maxGroup) || maxGroup < 1) throw new RangeError(`group size must be a positive integer, got ${maxGroup}`)
    this.#database = options.database
    this.#maxGroup = maxGroup
    this.#observer = options.observer
    this.#stats = stats
  }

  async init(): Promise<void> {
    const db = this.#database
    this.#begin = db.statement('begin')
    this.#commit = db.statement('commit')
    this.#rollback = db.statement('rollback')
    this.#savepoint = db.statement(`savepoint ${MEMBER}`)
    this.#release = db.statement(`release ${MEMBER}`)
    this.#rollbackToSavepoint = db.statement(`rollback to ${MEMBER}`)
  }

  /** Leases done with, reused (Kysely's runtime driver wraps each new connection object once for its query log). */
  readonly #spare: Lease[] = []

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#locked) await new Promise<void>((resolve) => this.#waiting.push(resolve))
    // Handed over by #unlock (still locked) or taken free.
    this.#locked = true
    // Whatever the lease runs (a write, a transaction) runs outside the turn's read snapshot.
    this.#endSnapshot()
    return this.#spare.pop() ?? new Lease(this)
  }

  readDirectly(query: DirectQuery): unknown[] | undefined {
    const db = this.#database
    // A group's uncommitted work, or a transaction between its statements: wait through Kysely.
    if (this.#group !== null || (db.inTransaction && !this.#snapshot)) return undefined
    let rows: unknown[]
    try {
      const statement = db.statement(query.sql)
      if (!statement.reader) return undefined
      // Only while the connection is free: a lease holding it could otherwise run a write inside the snapshot.
      if (!this.#snapshot && !this.#locked) {
        this.#begin.run()
        this.#snapshot = true
        this.#stats.readSnapshots += 1
        setImmediate(this.#endSnapshotLater)
      }
      rows = allRows(statement, query.parameters)
    } catch (error) {
      this.#observer?.queryFailed(error)
      throw error
    }
    this.#observer?.querySucceeded()
    this.#stats.directReads += 1
    return rows
  }

  readonly #endSnapshotLater = (): void => this.#endSnapshot()

  /** Ends the read snapshot, if one is open (a read transaction's COMMIT writes and syncs nothing). */
  #endSnapshot(): void {
    if (!this.#snapshot) return
    this.#snapshot = false
    // SQLite may have ended it already (a read failing with SQLITE_IOERR rolls back).
    if (!this.#database.inTransaction) return
    try {
      this.#commit.run()
    } catch (error) {
      // Nothing was written; a read transaction that cannot end is rolled back.
      this.#observer?.queryFailed(error)
      if (this.#database.inTransaction) this.#rollback.run()
    }
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease
    if (this.#group === null) {
      this.#begin.run()
      this.#group = new Group()
    }
    this.#savepoint.run()
    lease.inMember = true
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease
    const group = this.#group
    if (group === null || !this.#database.inTransaction) {
      // SQLite rolled the whole group back on its own (a statement failed with SQLITE_FULL …).
      lease.inMember = false
      throw this.#lost()
    }
    this.#release.run()
    lease.inMember = false
    group.members += 1
    if (group.members >= this.#maxGroup) {
      this.#flush()
    } else {
      // The connection goes to the next transaction, or is freed until the group's COMMIT at the
      // end of this turn of the event loop; this one is answered with its group.
      lease.handedOn = true
      this.#unlock()
    }
    await group.done
    this.#stats.committedTransactions += 1
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease
    // Handed on: its work is gone with its group's failed COMMIT, which it has thrown.
    if (lease.handedOn || !lease.inMember) return
    lease.inMember = false
    if (this.#database.inTransaction) {
      this.#rollbackToSavepoint.run()
      this.#release.run()
    } else {
      // SQLite rolled the whole group back: the members that ended in it must not be answered.
      this.#lost()
    }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease
    const handedOn = lease.handedOn
    lease.handedOn = false
    lease.inMember = false
    this.#spare.push(lease)
    if (!handedOn) this.#unlock()
  }

  async destroy(): Promise<void> {
    this.#endSnapshot()
    if (this.#group) this.#flush()
    this.#database.close()
  }

  /** Runs a statement for `lease`: inside its savepoint, or — outside any transaction — after the open group is committed. */
  run<R>(lease: Lease, query: CompiledQuery): QueryResult<R> {
    if (this.#group !== null && !lease.inMember) this.#flush()
    const statement = this.#database.statement(query.sql)
    const parameters = query.parameters as unknown[]
    if (statement.reader) return { rows: allRows(statement, parameters) as R[] }
    const { changes, lastInsertRowid } = statement.run(parameters)
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] }
  }

  /**
   * Gives the connection to the next waiting, or frees it. A group left open is committed once the
   * event loop has run what else was ready (`setImmediate`: the requests read in this turn, each
   * of whose transactions, on this synchronous driver, runs to its end at once and joins it).
   */
  #unlock(): void {
    const next = this.#waiting.shift()
    if (next) {
      next()
      return
    }
    this.#locked = false
    if (this.#group && !this.#flushScheduled) {
      this.#flushScheduled = true
      setImmediate(this.#scheduledFlush)
    }
  }

  #flushScheduled = false
  readonly #scheduledFlush = (): void => {
    this.#flushScheduled = false
    // Held: a transaction is between its statements (awaiting something else); its end commits.
    if (!this.#locked) this.#flush()
  }

  /** Commits the open group (synchronously: the fsync) and settles its members. */
  #flush(): void {
    const group = this.#group
    if (group === null) return
    this.#group = null
    if (!this.#database.inTransaction) {
      group.reject(lostError())
      return
    }
    try {
      this.#commit.run()
    } catch (error) {
      this.#observer?.queryFailed(error)
      if (this.#database.inTransaction) this.#rollback.run()
      group.reject(error)
      return
    }
    this.#observer?.querySucceeded()
    this.#stats.commits += 1
    group.resolve()
  }

  /** The open group was rolled back by SQLite: fails its members; answers the error for the caller. */
  #lost(): Error {
    const error = lostError()
    const group = this.#group
    this.#group = null
    group?.reject(error)
    return error
  }
}

/**
 * The error of a member whose group SQLite rolled back: SQLite's own code for a statement whose
 * transaction was rolled back under it, which db/availability.ts counts as the database not
 * available right now (503: nothing was kept, a retry may succeed).
 */
function lostError(): Error {
  return Object.assign(new Error('SQLite rolled the transaction back: nothing of it was kept; try again'), { code: 'SQLITE_ABORT_ROLLBACK' })
}
