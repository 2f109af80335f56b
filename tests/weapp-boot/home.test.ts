import path from 'node:path'
import fs from 'node:fs'
import { MiniProgramHost, waitForText } from './mini-program-host'
import { WEAPP_DIST } from '../weapp-dist'

/**
 * What this adds to the simulator suite (tests/weapp-sim/): the bundle runs in a Node `vm` with
 * NO `window`, `document` or `localStorage`, as on a phone; the simulator runs under jsdom, where
 * shared code reaching for an H5-only API would still work. And every request fails here, so the
 * pages' offline answers are checked. Rendering, taps, navigation and the flows are the
 * simulator's (WeChat's own templates, a real backend).
 */
const root = WEAPP_DIST

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

  it.each([
    // Offline (wx.request fails): each page must still render and say what to do.
    ['packages/filing/pages/start/index', '去填实名信息'],
    ['packages/filing/pages/result/index', '没有找到这条备案'],
    ['packages/mine/pages/list/index', '再试一次'],
    ['packages/profile/pages/edit/index', '身份证号码'],
    ['packages/emergency/pages/start/index', '下一步先填您本人的实名信息'], // the deadline first, 实名信息 after (issue 13 trap 3),
    ['packages/emergency/pages/after-window/index', '零星报销'],
    ['packages/family/pages/list/index', '再试一次'],
  ])('offline, %s still renders and says what to do', async (route, text) => {
    const host = new MiniProgramHost(root)
    host.launch()
    const page = host.openPage(route)
    expect(await waitForText(page, text)).toContain(text)
  })
})
