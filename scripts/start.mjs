#!/usr/bin/env node
// `npm start`: builds the app when its sources changed (weapp into dist/weapp for WeChat
// DevTools, H5 into dist/h5, the staff console into dist/staff, the server into
// dist/server/server.cjs), then runs the compiled API with plain `node` and serves the H5 app at /
// and the staff console at /staff/ from the same origin.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { SERVER_BUNDLE, SERVER_NODE_FLAGS, buildServer } from '../server/build.mjs'
import { stopWhenOrphaned } from './orphan.mjs'
import { precompress } from './precompress.mjs'

const root = path.resolve(import.meta.dirname, '..')

function newestMtime(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

const sourcesChangedAt = Math.max(
  newestMtime(path.join(root, 'src')),
  newestMtime(path.join(root, 'config')),
  fs.statSync(path.join(root, 'package-lock.json')).mtimeMs,
)

// `npm run release:weapp` leaves this note next to dist/weapp: npm start then rebuilds a development one.
const releaseNote = path.join(root, 'dist', 'weapp.build.json')
const weappIsRelease = fs.existsSync(releaseNote)
// The development weapp calls this server: API_BASE when set, else this machine at the server's PORT.
const devApiBase = process.env.API_BASE ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`
// Which origin the development weapp in dist/weapp was built to call: another one is a rebuild.
const devNote = path.join(root, 'dist', 'weapp.dev.json')
const weappCallsElsewhere = () => {
  try {
    return JSON.parse(fs.readFileSync(devNote, 'utf8')).apiBase !== devApiBase
  } catch {
    return true
  }
}

for (const [platform, marker] of [['weapp', 'dist/weapp/app.js'], ['h5', 'dist/h5/index.html']]) {
  const markerPath = path.join(root, marker)
  const stale = platform === 'weapp' && (weappIsRelease || weappCallsElsewhere())
  if (!stale && fs.existsSync(markerPath) && fs.statSync(markerPath).mtimeMs > sourcesChangedAt) continue
  console.log(
    platform === 'weapp'
      ? `Building the weapp for WeChat DevTools into dist/weapp (a development build: it calls ${devApiBase})…`
      : 'Building the H5 app into dist/h5…',
  )
  const env = { ...process.env }
  if (platform === 'weapp') {
    delete env.WEAPP_RELEASE
    env.API_BASE = devApiBase
  }
  // Taro's own output (and its bare "编译警告" for sizes) only when the build fails.
  const res = spawnSync('npx', ['taro', 'build', '--type', platform], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
  if (res.status !== 0) {
    process.stderr.write(res.stdout ?? '')
    process.stderr.write(res.stderr ?? '')
    console.error(`The ${platform} build failed (its output is above); \`npm run build:${platform}\` runs it alone.`)
    process.exit(res.status ?? 1)
  }
  if (platform === 'weapp') {
    fs.rmSync(releaseNote, { force: true })
    fs.writeFileSync(devNote, JSON.stringify({ apiBase: devApiBase }) + '\n')
  }
  // Sent as written at build time, brotli or gzip (scripts/precompress.mjs).
  if (platform === 'h5') precompress(path.join(root, 'dist', 'h5'))
}
console.log(
  `The weapp in dist/weapp calls ${devApiBase}: open it in WeChat DevTools with 不校验合法域名 ticked. ` +
    'For review, build it with `API_BASE=https://… npm run release:weapp`.',
)

// The staff console (React + antd, esbuild, a few seconds): rebuilt when it or the shared rules changed.
const staffMarker = path.join(root, 'dist/staff/app.js')
const staffChangedAt = Math.max(newestMtime(path.join(root, 'staff')), newestMtime(path.join(root, 'src/domain')))
if (!fs.existsSync(staffMarker) || fs.statSync(staffMarker).mtimeMs <= staffChangedAt) {
  console.log('Building the staff console…')
  const res = spawnSync('node', ['staff/build.mjs'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
  if (res.status !== 0) process.exit(res.status ?? 1)
}

// The server, compiled ahead of time (server/build.mjs, a few seconds): rebuilt when it or the shared rules changed.
const serverChangedAt = Math.max(
  newestMtime(path.join(root, 'server/src')),
  newestMtime(path.join(root, 'src/domain')),
  fs.statSync(path.join(root, 'package-lock.json')).mtimeMs,
)
if (!fs.existsSync(SERVER_BUNDLE) || fs.statSync(SERVER_BUNDLE).mtimeMs <= serverChangedAt) {
  console.log('Building the server…')
  await buildServer()
}

const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER_BUNDLE], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SERVE_STATIC: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
// npm does not pass a kill of its own PID on to this script: when whoever started it (npm, a
// shell) is gone, this process has been handed to another parent, and the server stops with it.
stopWhenOrphaned(() => server.kill('SIGTERM'))
