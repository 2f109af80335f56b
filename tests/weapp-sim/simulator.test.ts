import { MAX_PAGES } from './harness/mini-program'
import { startSim, type Sim } from './harness/ui'
import { WxStandIn } from './harness/wx-stand-in'
import { a11ySuite } from './suites/a11y'
import { flowsSuite } from './suites/flows'
import { navigationSuite } from './suites/navigation'
import { pagesSuite } from './suites/pages'

/**
 * The production weapp build in WeChat's simulator (miniprogram-simulate), driven against the
 * real backend. One file, one process: each page is loaded once and opened as often as needed.
 */
// Flows take many taps, each waiting for the page to re-render and the backend to answer.
jest.setTimeout(240_000)

let sim: Sim

beforeAll(async () => {
  sim = await startSim()
}, 150_000)

afterAll(async () => {
  await sim?.backend.stop()
  await sim?.wechat.close()
})

pagesSuite(() => sim)
// Before the flows: the home page's 长辈模式 is off, and the pages suite has consented already.
a11ySuite(() => sim)
flowsSuite(() => sim)
navigationSuite(() => sim)

describe('the wx stand-in itself', () => {
  it('in a release build refuses a non-https origin the way WeChat does', async () => {
    const release = new WxStandIn(sim.mp, { apiOrigin: 'http://127.0.0.1:3000', backendUrl: sim.backend.url, release: true, photoPath: sim.wx.photoPath })
    const answer = await new Promise<{ errMsg: string }>((resolve) => {
      release.request({ url: 'http://127.0.0.1:3000/api/health', success: resolve, fail: resolve })
    })
    expect(answer.errMsg).toBe('request:fail url not in domain list')
    expect(release.requests).toEqual([])
  })

  it('refuses the 11th page and a page that is not in app.json', async () => {
    sim.mp.open('pages/index/index')
    for (let i = 1; i < MAX_PAGES; i++) sim.mp.push('packages/common/pages/coming-soon/index', { feature: `f${i}` })
    expect(sim.wx.navigateTo('/packages/status/pages/lookup/index')).toBe('navigateTo:fail webview count limit exceed')
    expect(sim.wx.redirectTo('/packages/gone/pages/x/index')).toBe('redirectTo:fail page "packages/gone/pages/x/index" is not found')
    expect(sim.mp.stack.length).toBe(MAX_PAGES)
    sim.mp.open('pages/index/index')
  })
})
