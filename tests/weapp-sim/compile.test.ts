import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { WEAPP_DIST } from '../weapp-dist'

/**
 * Every WXML and WXSS file of the production build (dist/weapp) through WeChat's own compilers,
 * `wcc` and `wcsc` from the `miniprogram-compiler` package: what DevTools and the upload would run.
 */
const root = WEAPP_DIST
const bin = path.join(path.dirname(require.resolve('miniprogram-compiler/package.json')), 'bin', 'linux')
// The package ships wcsc without its execute bit (its own wrapper sets it before each run, as here).
for (const tool of ['wcc', 'wcsc']) fs.chmodSync(path.join(bin, tool), 0o755)

function filesOf(ext: string, dir = root, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) filesOf(ext, full, out)
    else if (entry.name.endsWith(ext)) out.push(path.relative(root, full))
  }
  return out.sort()
}

/**
 * Runs wcsc on WXSS files (in `cwd`) the way miniprogram-compiler does: all at once, the files
 * of pages and components (those with a .json beside them) first, so `@import`s resolve.
 */
function wcsc(cwd: string, files: string[]) {
  const isComponent = (f: string) => fs.existsSync(path.join(cwd, f.replace(/\.wxss$/, '.json')))
  const ordered = [...files.filter(isComponent), ...files.filter((f) => !isComponent(f))]
  const count = files.filter(isComponent).length
  const res = spawnSync(path.join(bin, 'wcsc'), ['-db', '-pc', String(count), ...ordered], { cwd, maxBuffer: 64 << 20 })
  return { status: res.status, stderr: res.stderr.toString(), stdout: res.stdout.toString() }
}

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'app.json'))) throw new Error('dist/weapp is missing: run `npm run build:weapp` first (npm test does)')
})

describe("the production weapp build on WeChat's compilers", () => {
  it('calibration: wcsc rejects a `*` selector, so a pass below means the compiler checked', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcsc-'))
    fs.writeFileSync(path.join(dir, 'star.wxss'), '* { margin: 0 }\n')
    fs.writeFileSync(path.join(dir, 'plain.wxss'), '.a { margin: 0 }\n')
    const star = wcsc(dir, ['star.wxss'])
    expect(star.status).not.toBe(0)
    expect(star.stderr).toContain('unexpected token `*`')
    expect(wcsc(dir, ['plain.wxss']).status).toBe(0)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('calibration: wcc rejects an unclosed tag', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcc-'))
    fs.writeFileSync(path.join(dir, 'bad.wxml'), '<view><text>x</view>\n')
    const res = spawnSync(path.join(bin, 'wcc'), ['-d', '-cc', '0', 'bad.wxml', '-gn', '$gwx'], { cwd: dir })
    expect(res.status).not.toBe(0)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('every WXSS file compiles with wcsc', () => {
    const files = filesOf('.wxss')
    // app.wxss, the pages' and the shared chunks' styles: a build with far fewer is broken.
    expect(files.length).toBeGreaterThan(20)
    const res = wcsc(root, files)
    expect(res.stderr.trim()).toBe('')
    expect(res.status).toBe(0)
    // Every file is in the output: a page's style function, or a shared sheet in the common part.
    const missing = files.filter((file) => !res.stdout.includes(file))
    expect(missing).toEqual([])
  })

  it('every WXML file compiles with wcc, all together as the upload does', () => {
    const files = filesOf('.wxml')
    expect(files).toEqual(expect.arrayContaining(['base.wxml', 'comp.wxml', 'pages/index/index.wxml']))
    const wxs = filesOf('.wxs')
    const res = spawnSync(path.join(bin, 'wcc'), ['-d', '-cc', '0', ...files, ...wxs, '-gn', '$gwx'], { cwd: root, maxBuffer: 64 << 20 })
    expect(res.stderr.toString()).toBe('')
    expect(res.status).toBe(0)
    // The output defines a template function for each page.
    const out = res.stdout.toString()
    for (const file of files) expect(out).toContain(file)
  })
})
