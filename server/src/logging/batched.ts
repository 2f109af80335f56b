import { writeSync } from 'node:fs'

/**
 * A log destination that writes the lines of one turn of the event loop together: the first line
 * of a turn schedules a flush with `setImmediate`; the flush writes every line since in one
 * synchronous `write` to the file descriptor. Under load one turn answers many requests, so their
 * lines cost one system call instead of one each (issue 15: on a machine where a system call costs
 * ~20 µs, the line per request was a third of a health check's CPU). A line is out by the end of the
 * turn it was logged in; `kill -9` loses at most that turn's lines. `flush()` writes what is held at
 * once (before exit).
 *
 * @param fd the file descriptor (1: stdout)
 * @returns `{ write(line), flush() }`, pino's destination shape
 */
export function batchedDestination(fd: number): { write(chunk: string): void; flush(): void } {
  let held: string[] = []
  let scheduled = false
  const flush = () => {
    scheduled = false
    if (held.length === 0) return
    const text = held.length === 1 ? held[0]! : held.join('')
    held = []
    writeAll(fd, text)
  }
  return {
    write(chunk: string) {
      held.push(chunk)
      if (!scheduled) {
        scheduled = true
        setImmediate(flush)
      }
    },
    flush,
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4))

/**
 * Writes all of `text` to `fd`, again where the system wrote part of it, and after 1 ms where a full
 * pipe asked to wait (EAGAIN), as pino's own synchronous destination does.
 */
function writeAll(fd: number, text: string): void {
  let buffer = Buffer.from(text)
  while (buffer.length > 0) {
    try {
      buffer = buffer.subarray(writeSync(fd, buffer))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(pause, 0, 0, 1)
    }
  }
}
