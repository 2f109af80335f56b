// `npm run release:weapp [-- --out <dir>]`: the mini-program as it is uploaded for review.
// Stops before building when API_BASE is one WeChat would refuse (config/release-origin.ts), builds
// with WEAPP_RELEASE=1 into dist/weapp (what project.config.json hands to WeChat DevTools), then
// scans the output so no loopback or plain-http origin can ship.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { checkReleaseOrigin, findDevelopmentOrigins } from '../config/release-origin'

const root = path.resolve(__dirname, '..')
const outArg = process.argv.indexOf('--out')
const outDir = outArg > 0 ? process.argv[outArg + 1] : 'dist/weapp'
const out = path.resolve(root, outDir)

const check = checkReleaseOrigin(process.env.API_BASE)
if (!check.ok) {
  console.error(`发布构建已停止：${check.reason}`)
  process.exit(1)
}

console.log(`Building the weapp for release into ${outDir} (API_BASE=${check.origin})…`)
const res = spawnSync(path.join(root, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  env: { ...process.env, NODE_ENV: 'production', WEAPP_RELEASE: '1', API_BASE: check.origin, WEAPP_OUTPUT_ROOT: outDir },
})
if (res.status !== 0) {
  // Taro's progress bars are noise unless the build failed.
  console.error(`${res.stdout}\n${res.stderr}\n发布构建失败（taro build 的输出见上）。`)
  process.exit(res.status ?? 1)
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? filesUnder(full) : [full]
  })
}

const offending = filesUnder(out)
  .filter((f) => /\.(js|json|wxml|wxs)$/.test(f))
  .flatMap((f) => findDevelopmentOrigins(fs.readFileSync(f, 'utf8')).map((o) => `${path.relative(root, f)}: ${o}`))
if (offending.length > 0) {
  console.error(`发布构建已停止：输出里还有开发地址，不能上传：\n  ${offending.join('\n  ')}`)
  process.exit(1)
}

// Tells `npm start` that this folder holds a release build (it rebuilds a development one).
fs.writeFileSync(`${out}.build.json`, `${JSON.stringify({ kind: 'release', apiBase: check.origin }, null, 2)}\n`)
console.log(
  `Release build ready in ${outDir}: every request goes to ${check.origin}.\n` +
    `Before uploading, register ${new URL(check.origin).host} as a request and uploadFile domain (README: release checklist).`,
)
