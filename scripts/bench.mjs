#!/usr/bin/env node
// `npm run bench`: the sizes and speeds that issues name, measured in one run (not a timed test).
//  - weapp main package and every subpackage, next to a bare one-page Taro React app (the floor);
//  - H5 first-load JS (gzipped), as Chromium actually loads it, next to the floor's;
//  - the median time to compute an emergency deadline;
//  - kill -9 in the middle of 40 keyed submissions, then every one retried (bench/kill-retry.mjs).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'
import { killRetryBench } from '../bench/kill-retry.mjs'

const root = path.resolve(import.meta.dirname, '..')
const floorRoot = path.join(root, 'bench', 'floor-app')
const taro = path.join(root, 'node_modules', '.bin', 'taro')
const BUDGET_MAIN_PACKAGE = 1.5

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

function filesUnder(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? filesUnder(full) : [full]
  })
}

const sizeOf = (files) => files.reduce((sum, f) => sum + fs.statSync(f).size, 0)
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** WeChat counts every file outside the subpackage roots towards the main package. */
function weappPackages(dist) {
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))
  const all = filesUnder(dist)
  const packages = { main: [] }
  for (const f of all) {
    const rel = path.relative(dist, f).split(path.sep).join('/')
    const sub = subRoots.find((r) => rel.startsWith(`${r}/`))
    ;(packages[sub ?? 'main'] ??= []).push(f)
  }
  return Object.fromEntries(Object.entries(packages).map(([k, files]) => [k, sizeOf(files)]))
}

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

async function main() {
  console.log('Building the product and the floor app (production)…')
  build(root, 'weapp')
  build(root, 'h5')
  build(floorRoot, 'weapp')
  build(floorRoot, 'h5')

  const product = weappPackages(path.join(root, 'dist', 'weapp'))
  const floor = weappPackages(path.join(floorRoot, 'dist', 'weapp'))
  const ratio = product.main / floor.main
  console.log('\nWeapp packages')
  for (const [name, bytes] of Object.entries(product)) console.log(`  ${name.padEnd(28)} ${kb(bytes).padStart(10)}`)
  console.log(`  total${' '.repeat(23)} ${kb(Object.values(product).reduce((a, b) => a + b, 0)).padStart(10)}`)
  console.log(`weapp main package: ${kb(product.main)} vs floor ${kb(floor.main)} = ${ratio.toFixed(2)}× (budget ≤ ${BUDGET_MAIN_PACKAGE}×) ${ratio <= BUDGET_MAIN_PACKAGE ? 'OK' : 'OVER BUDGET'}`)

  const h5 = await h5FirstLoadJs(path.join(root, 'dist', 'h5'))
  const h5Floor = await h5FirstLoadJs(path.join(floorRoot, 'dist', 'h5'))
  console.log(`H5 first-load JS (gzip): ${kb(h5.gz)} in ${h5.count} files vs floor ${kb(h5Floor.gz)} in ${h5Floor.count} = ${(h5.gz / h5Floor.gz).toFixed(2)}×`)

  const res = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['bench/deadline.bench.ts'], { cwd: root, encoding: 'utf8' })
  process.stdout.write(res.stdout)
  if (res.status !== 0) process.stderr.write(res.stderr)

  const killRetryHeld = killRetryBench(root)

  process.exit(ratio <= BUDGET_MAIN_PACKAGE && res.status === 0 && killRetryHeld ? 0 : 1)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
