#!/usr/bin/env node
// `npm run bench`: the sizes and speeds that issues name, measured in one run (not a timed test);
// exits non-zero when any line is over its budget.
//  - weapp main package and every subpackage, next to a bare one-page Taro React app (the floor),
//    and the bytes duplicated across packages;
//  - the median time to compute an emergency deadline;
//  - the speed table of issue 15 (bench/speed.mjs): lookups, filings on SQLite and PostgreSQL,
//    the log line's cost, cold start and RSS, the H5 home on the wire — each beside its floor;
//  - kill -9 in the middle of 40 keyed submissions, then every one retried (bench/kill-retry.mjs).
//  - load figures (bench/load.mjs): SQLite, and PostgreSQL with two instances and Redis.
// `npm run bench -- --load-only` runs the load figures alone; `-- --speed-only` the speed table
// alone (building what is missing). BENCH_QUICK=1: builds reused when present, short runs (to
// check the bench runs; its figures then mean nothing). BENCH_ONLY=lookups (or filings, start, h5,
// comma-separated) with --speed-only: only those parts of the speed table.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { loadFigures, printLoadTable } from '../bench/load.mjs'
import { printSpeedTable, speedFigures } from '../bench/speed.mjs'
import { buildServer } from '../server/build.mjs'
import { precompress } from './precompress.mjs'
import { duplicatedAcrossPackages, weappPackages } from './weapp-packages.mjs'
import { killRetryBench } from '../bench/kill-retry.mjs'

const root = path.resolve(import.meta.dirname, '..')
const floorRoot = path.join(root, 'bench', 'floor-app')
const taro = path.join(root, 'node_modules', '.bin', 'taro')
const BUDGET_MAIN_PACKAGE = 1.5
const BUDGET_DUPLICATES = 0.1
const QUICK = process.env.BENCH_QUICK === '1'
// BENCH_ONLY=lookups (or filings, start, h5; comma-separated): only those parts of the speed table.
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : undefined

function build(cwd, type) {
  const marker = path.join(cwd, 'dist', type, type === 'h5' ? 'index.html' : 'app.js')
  if (QUICK && fs.existsSync(marker)) return

  const res = spawnSync(taro, ['build', '--type', type], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production', NODE_PATH: path.join(root, 'node_modules') },
  })
  // Taro's progress output is noise here; show it only when the build fails.
  if (res.status !== 0) throw new Error(`taro build --type ${type} failed in ${cwd}:\n${res.stdout}\n${res.stderr}`)
  // Served as the server sends it: brotli or gzip written at build time.
  if (type === 'h5') precompress(path.join(cwd, 'dist', 'h5'))
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

async function load() {
  console.log('\nPreparing the load runs (servers, people, uploads)…')
  return printLoadTable(await loadFigures(root))
}

async function speed() {
  console.log('\nMeasuring the speed table (servers, floors, Chromium)…')
  return printSpeedTable(await speedFigures(root, { only: ONLY }))
}

async function main() {
  console.log('Building the server (dist/server/server.cjs)…')
  await buildServer()
  if (process.argv.includes('--load-only')) process.exit((await load()) ? 0 : 1)
  const speedOnly = process.argv.includes('--speed-only')
  // The H5 builds are needed by the h5 lines only.
  if (!(speedOnly && ONLY && !ONLY.includes('h5'))) {
    console.log('Building the product and the floor app (production)…')
    build(root, 'h5')
    build(floorRoot, 'h5')
  }
  if (speedOnly) process.exit((await speed()) ? 0 : 1)
  build(root, 'weapp')
  build(floorRoot, 'weapp')

  const product = weappPackages(path.join(root, 'dist', 'weapp'))
  const floor = weappPackages(path.join(floorRoot, 'dist', 'weapp'))
  const ratio = product.main.bytes / floor.main.bytes
  const dup = duplicatedAcrossPackages(product)
  console.log('\nWeapp packages')
  for (const [name, pkg] of Object.entries(product)) console.log(`  ${name.padEnd(28)} ${kb(pkg.bytes).padStart(10)}`)
  console.log(`  total${' '.repeat(23)} ${kb(dup.total).padStart(10)}`)
  console.log(`weapp main package: ${kb(product.main.bytes)} vs floor ${kb(floor.main.bytes)} = ${ratio.toFixed(2)}× (budget ≤ ${BUDGET_MAIN_PACKAGE}×) ${ratio <= BUDGET_MAIN_PACKAGE ? 'OK' : 'OVER BUDGET'}`)
  const dupOk = dup.share <= BUDGET_DUPLICATES
  console.log(
    `weapp bytes duplicated across packages: ${kb(dup.bytes)} (${dup.files} byte-identical files) = ${(dup.share * 100).toFixed(1)} % of ${kb(dup.total)} ` +
      `(budget ≤ ${BUDGET_DUPLICATES * 100} %) ${dupOk ? 'OK' : 'OVER BUDGET'}`,
  )

  const res = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['bench/deadline.bench.ts'], { cwd: root, encoding: 'utf8' })
  process.stdout.write(res.stdout)
  if (res.status !== 0) process.stderr.write(res.stderr)

  const speedOk = await speed()
  const killRetryHeld = killRetryBench(root)
  const loadOk = await load()
  process.exit(ratio <= BUDGET_MAIN_PACKAGE && dupOk && res.status === 0 && speedOk && killRetryHeld && loadOk ? 0 : 1)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
