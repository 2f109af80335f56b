// Used by scripts/start.mjs (npm start).

/**
 * Calls `stop` once, when this process's parent is gone: a process whose parent exits is handed to
 * another one (init, or a subreaper), so `process.ppid` changes. Checked every `everyMs`
 * milliseconds (default 1,000); the timer does not keep the process alive. Returns the timer.
 *
 * Why: `npm start` killed by its own PID (SIGTERM or SIGKILL to npm) does not pass the signal on to
 * its script, which would otherwise keep the server running with nobody to stop it.
 */
export function stopWhenOrphaned(stop, everyMs = 1000) {
  const parent = process.ppid
  const timer = setInterval(() => {
    if (process.ppid === parent) return
    clearInterval(timer)
    stop()
  }, everyMs)
  timer.unref()
  return timer
}
