import Taro from '@tarojs/taro'
import { backLandsOn, backTo, goBack, goHome, MAX_PAGES, openPage, parsePageUrl, replacePage } from './navigation'

/** The helper against a stack like WeChat's: what it calls, and what it falls back to. */

type Page = { route: string; options?: Record<string, string>; path?: string }
let stack: Page[]
const ok = (api: string) => Promise.resolve({ errMsg: `${api}:ok` })
const fail = (api: string, why: string) => Promise.reject({ errMsg: `${api}:fail ${why}` })

const page = (url: string): Page => {
  const { route, query } = parsePageUrl(url)
  return { route, options: query }
}

beforeEach(() => {
  stack = [page('/pages/index/index')]
  jest.spyOn(Taro, 'getCurrentPages').mockImplementation(() => stack as unknown as Taro.Page[])
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => ok('navigateTo') as never)
  jest.spyOn(Taro, 'redirectTo').mockImplementation(() => ok('redirectTo') as never)
  jest.spyOn(Taro, 'navigateBack').mockImplementation(() => ok('navigateBack') as never)
  jest.spyOn(Taro, 'reLaunch').mockImplementation(() => ok('reLaunch') as never)
  jest.spyOn(Taro, 'showToast').mockImplementation(() => ok('showToast') as never)
})

afterEach(() => jest.restoreAllMocks())

describe('parsePageUrl', () => {
  it.each([
    // url | route | query
    ['/packages/mine/pages/detail/index?id=f-1', 'packages/mine/pages/detail/index', { id: 'f-1' }],
    ['/pages/index/index', 'pages/index/index', {}],
    // H5 adds a `stamp`, the runtime `$taroTimestamp`: not part of which page it is.
    ['/packages/filing/pages/start/index?subject=m%201&stamp=3&$taroTimestamp=9', 'packages/filing/pages/start/index', { subject: 'm 1' }],
  ])('%s', (url, route, query) => {
    expect(parsePageUrl(url)).toEqual({ route, query })
  })
})

describe('openPage', () => {
  it('navigates forward to a page that is not open', async () => {
    await expect(openPage('/packages/filing/pages/start/index')).resolves.toBe('navigateTo')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/filing/pages/start/index' })
  })

  it('goes back to the page when it is already in the stack (the 其他类型 cycle)', async () => {
    stack = [page('/pages/index/index'), page('/packages/filing/pages/start/index'), page('/packages/emergency/pages/start/index')]
    await expect(openPage('/packages/filing/pages/start/index')).resolves.toBe('back')
    expect(Taro.navigateBack).toHaveBeenCalledWith({ delta: 1 })
    expect(Taro.navigateTo).not.toHaveBeenCalled()
  })

  it('goes back the right number of pages (确认提交 → 修改信息 → form)', async () => {
    stack = ['/pages/index/index', '/packages/filing/pages/start/index', '/packages/filing/pages/form/index', '/packages/filing/pages/materials/index', '/packages/filing/pages/review/index'].map(page)
    await openPage('/packages/filing/pages/form/index')
    expect(Taro.navigateBack).toHaveBeenCalledWith({ delta: 2 })
  })

  it('the same route with other parameters: back to it, then replaced (家人 → file for → filing start)', async () => {
    stack = ['/pages/index/index', '/packages/filing/pages/start/index', '/packages/family/pages/list/index'].map(page)
    await expect(openPage('/packages/filing/pages/start/index?subject=m-1')).resolves.toBe('redirectTo')
    expect(Taro.navigateBack).toHaveBeenCalledWith({ delta: 1 })
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/filing/pages/start/index?subject=m-1' })
  })

  it('another filing of the same route: the exact one is found even under a different one', async () => {
    stack = ['/pages/index/index', '/packages/mine/pages/detail/index?id=a', '/packages/mine/pages/detail/index?id=b'].map(page)
    await expect(openPage('/packages/mine/pages/detail/index?id=a')).resolves.toBe('back')
    expect(Taro.navigateBack).toHaveBeenCalledWith({ delta: 1 })
    expect(Taro.redirectTo).not.toHaveBeenCalled()
  })

  it(`with ${MAX_PAGES} pages open it redirects instead of a navigateTo WeChat would refuse`, async () => {
    stack = Array.from({ length: MAX_PAGES }, (_, i) => page(`/packages/mine/pages/detail/index?id=${i}`))
    await expect(openPage('/packages/mine/pages/change/index?id=9')).resolves.toBe('redirectTo')
    expect(Taro.navigateTo).not.toHaveBeenCalled()
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/mine/pages/change/index?id=9' })
  })

  it('a refused navigateTo falls back to redirectTo', async () => {
    jest.spyOn(Taro, 'navigateTo').mockImplementation(() => fail('navigateTo', 'webview count limit exceed') as never)
    await expect(openPage('/packages/status/pages/lookup/index')).resolves.toBe('redirectTo')
  })

  it('a page that cannot open at all ends on the home page with a toast, never silently', async () => {
    jest.spyOn(Taro, 'navigateTo').mockImplementation(() => fail('navigateTo', 'page "x" is not found') as never)
    jest.spyOn(Taro, 'redirectTo').mockImplementation(() => fail('redirectTo', 'page "x" is not found') as never)
    jest.spyOn(Taro, 'reLaunch').mockImplementation(((o: { url: string }) => (o.url === '/pages/index/index' ? ok('reLaunch') : fail('reLaunch', 'not found'))) as never)
    await expect(openPage('/packages/gone/pages/x/index')).resolves.toBe('reLaunch')
    expect(Taro.reLaunch).toHaveBeenLastCalledWith({ url: '/pages/index/index' })
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '这一页没能打开，已回到首页' }))
  })

  it('when even the home page cannot open, a toast says so and it resolves to failed', async () => {
    jest.spyOn(Taro, 'navigateTo').mockImplementation(() => fail('navigateTo', 'x') as never)
    jest.spyOn(Taro, 'redirectTo').mockImplementation(() => fail('redirectTo', 'x') as never)
    jest.spyOn(Taro, 'reLaunch').mockImplementation(() => fail('reLaunch', 'x') as never)
    await expect(openPage('/packages/gone/pages/x/index')).resolves.toBe('failed')
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '页面没能打开，请关掉小程序再试' }))
  })
})

describe('backTo (实人认证 → 回到邀请: the invitation page keeps its own token)', () => {
  const ACCEPT = '/packages/family/pages/accept/index'
  it('goes back to the open page of that route, never replacing it (its token stays)', async () => {
    stack = [page('/pages/index/index'), page(`${ACCEPT}?token=t-1`), page('/packages/profile/pages/edit/index?for=invitation'), page('/packages/profile/pages/verify/index?for=invitation')]
    await expect(backTo(ACCEPT)).resolves.toBe('back')
    expect(Taro.navigateBack).toHaveBeenCalledWith({ delta: 2 })
    expect(Taro.redirectTo).not.toHaveBeenCalled()
    expect(Taro.navigateTo).not.toHaveBeenCalled()
  })

  it('when no such page is open (opened from a link), to the fallback', async () => {
    stack = [page('/packages/profile/pages/verify/index?for=invitation')]
    await expect(backTo(ACCEPT)).resolves.toBe('navigateTo')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })
})

describe('replacePage, goBack, goHome', () => {
  it('replacePage redirects; reLaunches when that fails', async () => {
    await expect(replacePage('/packages/mine/pages/list/index')).resolves.toBe('redirectTo')
    jest.spyOn(Taro, 'redirectTo').mockImplementation(() => fail('redirectTo', 'x') as never)
    await expect(replacePage('/packages/mine/pages/list/index')).resolves.toBe('reLaunch')
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/packages/mine/pages/list/index' })
  })

  it('goBack goes back when there is a page below, else to the fallback (a page opened from a link)', async () => {
    stack = ['/pages/index/index', '/packages/mine/pages/detail/index?id=a'].map(page)
    await expect(goBack('/packages/mine/pages/list/index')).resolves.toBe('back')
    stack = [page('/packages/mine/pages/detail/index?id=a')]
    await expect(goBack('/packages/mine/pages/list/index')).resolves.toBe('redirectTo')
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/mine/pages/list/index' })
  })

  it('goHome goes back down to the home page when it is the first page', async () => {
    stack = ['/pages/index/index', '/packages/filing/pages/start/index', '/packages/filing/pages/result/index?id=a'].map(page)
    await expect(goHome()).resolves.toBe('back')
    expect(Taro.navigateBack).toHaveBeenCalledWith({ delta: 2 })
    expect(Taro.reLaunch).not.toHaveBeenCalled()
  })

  it('goHome relaunches on the home page when the app was opened elsewhere (a shared link in H5)', async () => {
    stack = [{ route: '/packages/profile/pages/edit/index', path: '/packages/profile/pages/edit/index?stamp=1' }]
    await expect(goHome()).resolves.toBe('reLaunch')
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })
})

describe('goHome from any depth (issue 13, trap 2: 返回首页 on 实名信息 and 即将开放)', () => {
  it.each([
    // stack (bottom first) | navigateBack delta | reLaunch
    [['/pages/index/index', '/packages/profile/pages/edit/index'], 1, false],
    [['/pages/index/index', '/packages/filing/pages/start/index', '/packages/profile/pages/edit/index'], 2, false],
    // H5 opened at the site root: the home page's route is ''.
    [['', '/packages/common/pages/coming-soon/index?feature=x'], 1, false],
    // Opened from a shared link: nothing to go back to.
    [['/packages/common/pages/coming-soon/index'], null, true],
  ] as const)('%j → back %p, reLaunch %p', async (urls, delta, relaunched) => {
    stack = urls.map((u) => (u === '' ? { route: '', path: '/' } : page(u)))
    await goHome()
    if (delta === null) expect(Taro.navigateBack).not.toHaveBeenCalled()
    else expect(Taro.navigateBack).toHaveBeenCalledWith({ delta })
    if (relaunched) expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
    else expect(Taro.reLaunch).not.toHaveBeenCalled()
  })

  it('relaunches on the home page when going back is refused', async () => {
    stack = ['/pages/index/index', '/packages/profile/pages/edit/index'].map(page)
    jest.spyOn(Taro, 'navigateBack').mockImplementation(() => fail('navigateBack', 'x') as never)
    await expect(goHome()).resolves.toBe('reLaunch')
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })
})

describe('backLandsOn (a label that names where 返回 goes)', () => {
  const LIST = '/packages/family/pages/list/index'
  const AUTHORIZE = '/packages/family/pages/authorize/index?id=m1'

  it('the page under this one is it, or nothing is under this one (返回 opens it)', () => {
    stack = [page('/pages/index/index'), page(LIST), page(AUTHORIZE)]
    expect(backLandsOn(LIST)).toBe(true)
    stack = [page(AUTHORIZE)]
    expect(backLandsOn(LIST)).toBe(true)
  })

  it('opened from the emergency flow: 返回 goes there, not to the list', () => {
    stack = [page('/pages/index/index'), page('/packages/emergency/pages/start/index?member=m1'), page(AUTHORIZE)]
    expect(backLandsOn(LIST)).toBe(false)
  })
})
