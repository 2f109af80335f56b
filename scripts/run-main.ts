/**
 * Runs a command-line tool's `main` (which answers its exit code) and sets the process's exit
 * code; an error is printed in one plain line (出错了：…) and exits 1. For scripts/review.ts and
 * scripts/staff.ts.
 */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`出错了：${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 1
    },
  )
}
