export default definePageConfig({
  navigationBarTitleText: '我的备案',
})
