/** Subpackages as data: the main package holds only the home page (STYLE.md, nutui-react demo). */
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
  { root: 'packages/common', pages: ['pages/coming-soon/index'] },
  { root: 'packages/status', pages: ['pages/lookup/index'] },
  { root: 'packages/family', pages: ['pages/list/index', 'pages/add/index', 'pages/authorize/index', 'pages/accept/index', 'pages/proxies/index'] },
]

export default defineAppConfig({
  pages: ['pages/index/index'],
  subPackages,
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '异地就医备案',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f8',
  },
})
