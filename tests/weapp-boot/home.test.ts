import path from 'node:path'
import fs from 'node:fs'
import { MiniProgramHost, flush, idsOf, waitForText } from './mini-program-host'

const root = path.resolve(__dirname, '../../dist/weapp')

describe('weapp build boots without H5-only APIs', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(root, 'app.js'))) {
      throw new Error('dist/weapp is missing: run `npm run build:weapp` first (npm test does)')
    }
  })

  it('launches, renders the home page entries and logs in with wx.login', async () => {
    const host = new MiniProgramHost(root)
    host.launch()
    const page = host.openPage('pages/index/index')
    const texts = await waitForText(page, '实名信息')
    for (const title of ['异地就医备案', '我要备案', '在外地急诊住院了', '进度查询', '我的备案', '家人代办', '实名信息']) {
      expect(texts).toContain(title)
    }
    expect(host.calls.map((c) => c.api)).toContain('login')
  })

  it('a tap on an entry reaches its handler and navigates', async () => {
    const host = new MiniProgramHost(root)
    host.launch()
    const page = host.openPage('pages/index/index')
    await flush()
    expect(idsOf(page.data)).toEqual(expect.arrayContaining(['entry-file', 'entry-profile']))

    host.tap(page, 'entry-profile')
    await flush()
    const nav = host.calls.find((c) => c.api === 'navigateTo')
    expect(nav).toBeDefined()
    expect((nav!.args as { url: string }).url).toBe('/packages/profile/pages/edit/index')
  })

  it.each([
    // Offline here (wx.request fails): each page must still render and say what to do.
    ['packages/filing/pages/start/index', '去填实名信息'],
    ['packages/filing/pages/result/index', '没有找到这条备案'],
    ['packages/mine/pages/list/index', '再试一次'],
    ['packages/profile/pages/edit/index', '身份证号码'],
    ['packages/emergency/pages/start/index', '去填实名信息'],
    ['packages/emergency/pages/after-window/index', '零星报销'],
    ['packages/family/pages/list/index', '再试一次'],
  ])('the %s page loads and renders on the phone runtime', async (route, text) => {
    const host = new MiniProgramHost(root)
    host.launch()
    const page = host.openPage(route)
    expect(await waitForText(page, text)).toContain(text)
  })

  it('the subpackage pages load in the same runtime', async () => {
    const host = new MiniProgramHost(root)
    host.launch()
    const page = host.openPage('packages/common/pages/coming-soon/index', { feature: 'family' })
    const texts = await waitForText(page, '马上开放')
    expect(texts).toContain('家人代办')
  })
})
