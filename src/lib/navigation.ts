import Taro from '@tarojs/taro'

/**
 * The one way pages move between each other (STYLE.md: one navigation helper). WeChat keeps at
 * most 10 pages and refuses a `navigateTo` past that; a refused navigation that nobody handles is
 * a tap that silently does nothing. So:
 *
 * - `openPage(url)`: back to the page when it is already open (same route and query), back to it
 *   and then replaced when the same route is open with other parameters, `navigateTo` while there
 *   is room, `redirectTo` when the stack is full, `reLaunch` when that fails too;
 * - `replacePage(url)`: sideways (a step that must not stack, a result replacing its form);
 * - `goBack(fallback)`: back one page, or to `fallback` when this is the first page (a shared link);
 * - `goHome()`: back to the home page if it is under us, or a fresh start on it.
 *
 * Every call resolves to how it got there (`'back' | 'navigateTo' | 'redirectTo' | 'reLaunch'`)
 * and never rejects: when even `reLaunch` fails, a toast says so and it resolves to `'failed'`. URLs are absolute
 * (`/packages/…/index?x=1`), as Taro takes them.
 */

/** WeChat's page stack limit (wx.navigateTo: "页面栈最多十层"). */
export const MAX_PAGES = 10
export const HOME_URL = '/pages/index/index'

export type NavigationMethod = 'back' | 'navigateTo' | 'redirectTo' | 'reLaunch' | 'failed'

interface PageEntry {
  route: string
  query: Record<string, string>
}

/** Query keys Taro adds itself (H5's `stamp`, the runtime's `$taro…`): not part of a page's identity. */
const isOwnKey = (key: string) => key !== 'stamp' && !key.startsWith('$taro')

/** `/a/b/index?x=1&y=2` → `{ route: 'a/b/index', query: { x: '1', y: '2' } }`. */
export function parsePageUrl(url: string): PageEntry {
  const [path, search = ''] = url.split('?')
  const query: Record<string, string> = {}
  for (const pair of search.split('&').filter(Boolean)) {
    const [k, v = ''] = pair.split('=')
    const key = decodeURIComponent(k)
    if (isOwnKey(key)) query[key] = decodeURIComponent(v)
  }
  return { route: path.replace(/^\/+/, ''), query }
}

/** The open pages, bottom first: `route` and `options` in WeChat; `route` and `path` in H5. */
function openPages(): PageEntry[] {
  let pages: Array<{ route?: string; path?: string; options?: Record<string, unknown> }>
  try {
    pages = Taro.getCurrentPages() ?? []
  } catch {
    pages = [] // H5 before its router has started: nothing to go back to
  }
  return pages.map((p) => {
    const fromPath = parsePageUrl(p.path ?? p.route ?? '')
    const query: Record<string, string> = {}
    for (const [k, v] of Object.entries(p.options ?? fromPath.query)) if (isOwnKey(k) && v != null) query[k] = String(v)
    return { route: (p.route ?? fromPath.route).replace(/^\/+/, ''), query }
  })
}

const sameQuery = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v)

/** Where `target` stands in the stack: the exact page, else the same route with other parameters. */
function findOpen(pages: PageEntry[], target: PageEntry): { index: number; exact: boolean } | null {
  for (let i = pages.length - 1; i >= 0; i--) {
    if (pages[i].route === target.route && sameQuery(pages[i].query, target.query)) return { index: i, exact: true }
  }
  for (let i = pages.length - 1; i >= 0; i--) {
    if (pages[i].route === target.route) return { index: i, exact: false }
  }
  return null
}

async function attempt(fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn()
    return true
  } catch {
    return false
  }
}

/** The last resort: a fresh stack on `url`, or on the home page; never a silent failure. */
async function relaunch(url: string): Promise<NavigationMethod> {
  if (await attempt(() => Taro.reLaunch({ url }))) return 'reLaunch'
  if (url !== HOME_URL && (await attempt(() => Taro.reLaunch({ url: HOME_URL })))) {
    failureToast('这一页没能打开，已回到首页')
    return 'reLaunch'
  }
  failureToast('页面没能打开，请关掉小程序再试')
  return 'failed'
}

/**
 * The toast of a page that could not open. In H5 Taro's toast brings its whole interaction UI
 * (toast, modal, action sheet: 24 KB before compression) into every chunk that names it, the home
 * page's too; it is loaded only when a page fails to open (README "Measured").
 */
function failureToast(title: string): void {
  if (process.env.TARO_ENV === 'h5') {
    void import('./failure-toast').then((m) => m.showFailureToast(title))
    return
  }
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}

/** Sideways: this page is replaced by `url` (redirectTo; reLaunch if that fails). */
export async function replacePage(url: string): Promise<NavigationMethod> {
  if (await attempt(() => Taro.redirectTo({ url }))) return 'redirectTo'
  return relaunch(url)
}

/**
 * Forward to `url` without ever growing the stack past {@link MAX_PAGES}: back to it when it is
 * already open (replaced on arrival when its parameters differ), else navigateTo; a full stack or
 * a refused navigateTo falls back to redirectTo, then reLaunch.
 */
export async function openPage(url: string): Promise<NavigationMethod> {
  const pages = openPages()
  const target = parsePageUrl(url)
  const open = findOpen(pages, target)
  if (open) {
    const delta = pages.length - 1 - open.index
    if (delta > 0 && !(await attempt(() => Taro.navigateBack({ delta })))) return replacePage(url)
    // Same route, other parameters (another filing, another family member); or this very page.
    if (!open.exact || delta === 0) return replacePage(url)
    return 'back'
  }
  if (pages.length < MAX_PAGES && (await attempt(() => Taro.navigateTo({ url })))) return 'navigateTo'
  return replacePage(url)
}

/**
 * Back to the page of `route` that is open, as it was opened (its own parameters, e.g. an
 * invitation's token, which this page does not have); when none is open, to `fallbackUrl`
 * (openPage). Example: backTo('packages/family/pages/accept/index', HOME_URL) from 实人认证.
 */
export async function backTo(route: string, fallbackUrl: string = HOME_URL): Promise<NavigationMethod> {
  const pages = openPages()
  const wanted = parsePageUrl(route).route
  for (let i = pages.length - 1; i >= 0; i--) {
    if (pages[i].route !== wanted) continue
    const delta = pages.length - 1 - i
    if (delta === 0) return 'back'
    if (await attempt(() => Taro.navigateBack({ delta }))) return 'back'
    break
  }
  return openPage(fallbackUrl)
}

/** Back one page; when this is the first page (opened from a link or a scan), to `fallbackUrl`. */
export async function goBack(fallbackUrl: string = HOME_URL): Promise<NavigationMethod> {
  if (openPages().length > 1 && (await attempt(() => Taro.navigateBack({ delta: 1 })))) return 'back'
  return replacePage(fallbackUrl)
}

/**
 * Whether 返回 (goBack) lands on `url`'s page: it is the page under this one, or nothing is under
 * this one (goBack then opens the fallback). A label can then name where 返回 goes (a trial: 返回家人列表
 * led back to the emergency flow the page was opened from).
 */
export function backLandsOn(url: string): boolean {
  const pages = openPages()
  return pages.length < 2 || pages[pages.length - 2].route === parsePageUrl(url).route
}

/**
 * To the home page ("返回首页"): back down to it when it is in the stack (navigateBack), else a
 * fresh start on it (reLaunch). In H5 the home page opened at the site's root has the route ''
 * (its path is '/'): that is the home page too, so the tap goes back instead of relaunching onto
 * a page that is already there (issue 13, trap 2).
 */
export async function goHome(): Promise<NavigationMethod> {
  const pages = openPages()
  const home = parsePageUrl(HOME_URL).route
  const isHome = (p: PageEntry) => p.route === home || p.route === ''
  const top = pages.length - 1
  if (top >= 0 && isHome(pages[top])) return 'back'
  const index = pages.findIndex(isHome)
  if (index >= 0 && (await attempt(() => Taro.navigateBack({ delta: top - index })))) return 'back'
  return relaunch(HOME_URL)
}
