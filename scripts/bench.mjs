#!/usr/bin/env node
// `npm run bench`: the sizes and speeds that issues name, measured in one run (not a timed test).
//  - weapp main package and every subpackage, next to a bare one-page Taro React app (the floor),
//    and the bytes duplicated across packages;
//  - H5 first-load JS (gzipped), as Chromium actually loads it, next to the floor's;
//  - the median time to compute an emergency deadline;
//  - kill -9 in the middle of 40 keyed submissions, then every one retried (bench/kill-retry.mjs).
//  - load figures (bench/load.mjs): SQLite, and PostgreSQL with two instances and Redis.
// `npm run bench -- --load-only` runs the load figures alone.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'
import { loadFigures, printLoadTable } from '../bench/load.mjs'
import { duplicatedAcrossPackages, weappPackages } from './weapp-packages.mjs'
import { killRetryBench } from '../bench/kill-retry.mjs'

const root = path.resolve(import.meta.dirname, '..')
const floorRoot = path.join(root, 'bench', 'floor-app')
const taro = path.join(root, 'node_modules', '.bin', 'taro')
const BUDGET_MAIN_PACKAGE = 1.5
const BUDGET_DUPLICATES = 0.1

function build(cwd, type) {
  const res = spawnSync(taro, ['build', '--type', type], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production', NODE_PATH: path.join(root, 'node_modules') },
  })
  // Taro's progress output is noise here; show it only when the build fails.
  if (res.status !== 0) throw new Error(`taro build --type ${type} failed in ${cwd}:\n${res.stdout}\n${res.stderr}`)
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** Serves a built H5 app, loads it in Chromium and sums the gzipped size of every script it fetched. */
async function h5FirstLoadJs(dist) {
  const { chromium } = await import('playwright-core')
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname)
    let file = path.join(dist, urlPath)
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(dist, 'index.html')
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html' })
    fs.createReadStream(file).pipe(res)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    const page = await browser.newPage()
    const scripts = new Set()
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname)
    })
    // /api calls of the product fail here (no API): first load is about the code, not the data.
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' })
    let gz = 0
    for (const p of scripts) gz += zlib.gzipSync(fs.readFileSync(path.join(dist, p)), { level: 9 }).length
    return { gz, count: scripts.size }
  } finally {
    await browser.close()
    server.close()
  }
}

async function load() {
  console.log('\nPreparing the load runs (servers, people, uploads)…')
  return printLoadTable(await loadFigures(root))
}

async function main() {
  if (process.argv.includes('--load-only')) process.exit((await load()) ? 0 : 1)
  console.log('Building the product and the floor app (production)…')
  build(root, 'weapp')
  build(root, 'h5')
  build(floorRoot, 'weapp')
  build(floorRoot, 'h5')

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

  const h5 = await h5FirstLoadJs(path.join(root, 'dist', 'h5'))
  const h5Floor = await h5FirstLoadJs(path.join(floorRoot, 'dist', 'h5'))
  console.log(`H5 first-load JS (gzip): ${kb(h5.gz)} in ${h5.count} files vs floor ${kb(h5Floor.gz)} in ${h5Floor.count} = ${(h5.gz / h5Floor.gz).toFixed(2)}×`)

  const res = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['bench/deadline.bench.ts'], { cwd: root, encoding: 'utf8' })
  process.stdout.write(res.stdout)
  if (res.status !== 0) process.stderr.write(res.stderr)

  const killRetryHeld = killRetryBench(root)
  const loadOk = await load()
  process.exit(ratio <= BUDGET_MAIN_PACKAGE && dupOk && res.status === 0 && killRetryHeld && loadOk ? 0 : 1)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
