/** Subpackages as data: the main package holds only the home page (STYLE.md, nutui-react demo). */
const subPackages = [
  { root: 'packages/profile', pages: ['pages/edit/index'] },
  { root: 'packages/common', pages: ['pages/coming-soon/index'] },
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
