/** The flows as data: the main package holds only the home page (STYLE.md, nutui-react demo). */
const subPackages = [
  { root: 'packages/profile', pages: ['pages/edit/index', 'pages/verify/index'] },
  {
    root: 'packages/filing',
    pages: ['pages/start/index', 'pages/form/index', 'pages/materials/index', 'pages/review/index', 'pages/result/index'],
  },
  {
    root: 'packages/emergency',
    pages: ['pages/start/index', 'pages/details/index', 'pages/materials/index', 'pages/review/index', 'pages/after-window/index'],
  },
  { root: 'packages/mine', pages: ['pages/list/index', 'pages/detail/index', 'pages/change/index'] },
  { root: 'packages/common', pages: ['pages/coming-soon/index', 'pages/privacy/index'] },
  { root: 'packages/status', pages: ['pages/lookup/index'] },
  { root: 'packages/family', pages: ['pages/list/index', 'pages/add/index', 'pages/authorize/index', 'pages/accept/index', 'pages/proxies/index'] },
]

/**
 * Every flow lives in ONE subpackage, rooted at `packages` (the page paths stay as above).
 * Measured (`npm run bench`, README): with one subpackage per flow, Taro copies each module that
 * two flows share (region data, NutUI styles, domain rules) into every flow that uses it, 46 % of
 * all bytes; moving those shared modules into the main package instead would take it to about
 * 2× the bare-Taro floor (budget 1.5×). One subpackage holds each file once. It is under WeChat's
 * 2 MB limit per package and the home page preloads it, so it is usually on the phone before the
 * first tap; with lazyCodeLoading only the code of the opened page is injected.
 */
const FLOWS_ROOT = 'packages'
function oneSubpackage(flows: Array<{ root: string; pages: string[] }>) {
  return [{ root: FLOWS_ROOT, pages: flows.flatMap((f) => f.pages.map((p) => `${f.root.slice(FLOWS_ROOT.length + 1)}/${p}`)) }]
}

export default defineAppConfig({
  pages: ['pages/index/index'],
  // WeChat's privacy checks (用户隐私保护指引): on for every mini-program since 2023-10-17; set so
  // DevTools and older base libraries behave the same (onNeedPrivacyAuthorization fires).
  ...({ __usePrivacyCheck__: true } as Record<string, unknown>),
  subPackages: oneSubpackage(subPackages),
  // WeChat's network values are 'all' | 'wifi': 'wifi' alone would skip 4G, so 'all'.
  preloadRule: { 'pages/index/index': { network: 'all', packages: [FLOWS_ROOT] } },
  lazyCodeLoading: 'requiredComponents',
  style: 'v2',
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '异地就医备案',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f8',
  },
})
