import fs from 'node:fs'
import path from 'node:path'
import { duplicatedAcrossPackages, weappPackages } from '../../scripts/weapp-packages.mjs'

// The release build as uploaded (scripts/test.mjs builds it); `npm run bench` prints the same
// figures next to the bare-Taro floor.
const out = path.resolve(__dirname, '../../dist/weapp-release')
const MB = 1024 * 1024

describe('the release build’s packages', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(out, 'app.json'))) throw new Error('dist/weapp-release is missing: npm test builds it (see release-build.test.ts)')
  })

  it('app.json: the home page preloads the flows on every network, lazy code loading, style v2', () => {
    const app = JSON.parse(fs.readFileSync(path.join(out, 'app.json'), 'utf8'))
    expect(app.preloadRule).toEqual({ 'pages/index/index': { network: 'all', packages: ['packages'] } })
    expect(app.lazyCodeLoading).toBe('requiredComponents')
    expect(app.style).toBe('v2')
    const pages: string[] = app.subPackages.flatMap((p: { root: string; pages: string[] }) => p.pages.map((page) => `${p.root}/${page}`))
    for (const page of ['packages/filing/pages/start/index', 'packages/emergency/pages/start/index', 'packages/status/pages/lookup/index']) {
      expect(pages).toContain(page)
    }
  })

  it('shared code and styles are in it once: at most 10 % of the bytes are copies, and no package passes 2 MB', () => {
    const packages = weappPackages(out)
    const dup = duplicatedAcrossPackages(packages)
    expect(dup.share).toBeLessThanOrEqual(0.1)
    for (const pkg of Object.values(packages)) expect(pkg.bytes).toBeLessThan(2 * MB)
    // The region data (src/domain/regions/data.ts) is one module: its names appear in one file
    // (the minifier writes them as \u escapes, in either case of hex digit).
    const guangxi = '\\u5e7f\\u897f\\u58ee\\u65cf\\u81ea\\u6cbb\\u533a' // 广西壮族自治区
    const withRegions = Object.values(packages)
      .flatMap((p) => p.files)
      .filter((f) => f.endsWith('.js') && fs.readFileSync(f, 'utf8').toLowerCase().includes(guangxi))
    expect(withRegions).toHaveLength(1)
  })

  it('bottom sheets and the end of every page keep clear of the iPhone home indicator', () => {
    // app.wxss may be split into files it @imports (app-origin.wxss, common.wxss): read them all.
    const withImports = (file: string): string =>
      fs.readFileSync(path.join(out, file), 'utf8').replace(/@import "\.\/([^"]+)";/g, (_, name: string) => withImports(name))
    const wxss = withImports('app.wxss')
    const spacer = '{content:"";display:block;height:constant(safe-area-inset-bottom);height:env(safe-area-inset-bottom)}'
    expect(wxss).toContain(`.page-root::after${spacer}`)
    expect(wxss).toContain(`.nut-popup-bottom::after${spacer}`)
  })
})
