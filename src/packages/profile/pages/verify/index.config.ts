export default definePageConfig({
  navigationBarTitleText: '实人认证',
})
