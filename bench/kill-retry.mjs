// `npm run bench`'s kill-and-retry part (bench/kill-retry.ts, run with tsx): prints its table and
// answers whether it held (no filing doubled or lost).
import { spawnSync } from 'node:child_process'
import path from 'node:path'

export function killRetryBench(root) {
  const res = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['bench/kill-retry.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: process.env,
  })
  process.stdout.write(res.stdout)
  if (res.status !== 0) process.stderr.write(res.stderr)
  return res.status === 0
}
