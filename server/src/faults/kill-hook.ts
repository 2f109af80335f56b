/**
 * The crash test's hook (issue 10, fault 2): with FAULT_KILL_AFTER_COMMITS=N the process kills
 * itself with SIGKILL right after the Nth idempotent write has committed and before it is
 * answered: the worst moment for a client, which never hears that its filing exists. Inert
 * unless set; config.ts refuses it when NODE_ENV=production.
 */
export function killAfterCommits(n: number | null, kill: () => void = () => process.kill(process.pid, 'SIGKILL')): (() => void) | undefined {
  if (n === null) return undefined
  let commits = 0
  return () => {
    commits += 1
    if (commits === n) kill()
  }
}
