import { Worker } from 'node:worker_threads'

/**
 * Moves SQLite's WAL checkpoints off the event loop (issue 15). With SQLite's default
 * (`wal_autocheckpoint = 1000` pages) the connection that commits runs the checkpoint itself,
 * inside the COMMIT that crossed the mark: it copies the WAL's pages into the database file and
 * fsyncs it, synchronously, on the one thread that answers requests (~150 µs of a filing's
 * ~1,000 µs, and the filings' p99). Here a worker thread with a connection of its own runs
 * `PRAGMA wal_checkpoint(PASSIVE)` every `intervalMs`: PASSIVE neither waits for nor blocks the
 * writer or the readers, it copies what was committed when it started.
 *
 * The WAL stays bounded without it: the server's connection keeps an automatic checkpoint, at
 * `backstopPages` instead of 1000 (database.ts). SQLite starts the WAL over only when a write
 * begins with every frame copied, which a checkpoint racing the writer rarely leaves; the
 * backstop's checkpoint, run by the writer itself, copies only the few frames the worker has not
 * copied yet, and the next write starts the WAL from its beginning. A dead or stuck worker leaves
 * the backstop doing all the checkpoints, as SQLite would by default, only less often.
 *
 * Durability is unchanged: a COMMIT is in the WAL (fsynced: the server's connection sets
 * `synchronous = FULL`, database.ts) before it is answered, whoever checkpoints it later; after
 * a crash, a kill -9 or a power cut the next connection replays the WAL.
 */
export interface WalCheckpointer {
  /** Stops the worker after closing its connection (the last one to close checkpoints the rest and removes the WAL). */
  stop(): Promise<void>
}

/** How often the worker checkpoints, in ms: ~20 ms of filings is a few hundred WAL pages at most. */
export const DEFAULT_CHECKPOINT_INTERVAL_MS = 20

/**
 * How long after the database opens the worker starts, in ms: not during start-up, where a second
 * thread loading Node and better-sqlite3 beside the server took its cold start from 1.9× to 2.03×
 * bare Fastify (issue 15's budget is 2×). Until then the backstop bounds the WAL, as always.
 */
export const DEFAULT_START_DELAY_MS = 1_000

/**
 * The worker's code, plain CommonJS (evaluated, not bundled): it requires better-sqlite3 from the
 * path the server resolved. A failing checkpoint (a disk error) is tried again next time and
 * reported once per run of failures.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.path, { fileMustExist: true })
db.pragma('wal_autocheckpoint = 0')
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)')
let failing = false
const timer = setInterval(() => {
  try {
    checkpoint.get()
    failing = false
  } catch (error) {
    if (!failing) parentPort.postMessage({ error: String((error && error.code) || 'UNKNOWN') })
    failing = true
  }
}, workerData.intervalMs)
parentPort.on('message', (message) => {
  if (message !== 'stop') return
  clearInterval(timer)
  db.close()
  parentPort.close()
})
`

/** An error from the worker as a short text: its driver code, else its message. */
function describe(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  if (typeof code === 'string') return code
  return typeof message === 'string' ? message : String(error)
}

/**
 * Starts the checkpointing worker on the SQLite database at `path` (a file in WAL mode, opened and
 * migrated already). `onError` hears the driver's code of a checkpoint that failed (the next one is
 * tried all the same; told once per run of failures). The worker starts `startDelayMs` after this
 * call (DEFAULT_START_DELAY_MS; 0: at once) and does not keep the process alive; stop() it before
 * the process ends to close its connection cleanly (a stop before it started only cancels it).
 */
export function startWalCheckpointer(
  path: string,
  options: { intervalMs?: number; startDelayMs?: number; onError?: (message: string) => void } = {},
): WalCheckpointer {
  let worker: Worker | null = null
  let exited: Promise<void> = Promise.resolve()
  const launch = () => {
    const w = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { path, driver: require.resolve('better-sqlite3'), intervalMs: options.intervalMs ?? DEFAULT_CHECKPOINT_INTERVAL_MS },
    })
    w.unref()
    exited = new Promise<void>((resolve) => w.once('exit', () => resolve()))
    w.on('message', (message: { error?: string }) => {
      if (message.error !== undefined) options.onError?.(message.error)
    })
    // The worker could not start or its code threw (e.g. the file is gone): the backstop checkpoints.
    w.on('error', (error: unknown) => options.onError?.(describe(error)))
    worker = w
  }
  const delay = options.startDelayMs ?? DEFAULT_START_DELAY_MS
  const timer = delay > 0 ? setTimeout(launch, delay) : null
  timer?.unref()
  if (!timer) launch()
  let stopping: Promise<void> | null = null
  return {
    stop() {
      stopping ??= (async () => {
        if (timer) clearTimeout(timer)
        if (!worker) return
        worker.postMessage('stop')
        await exited
      })()
      return stopping
    },
  }
}
