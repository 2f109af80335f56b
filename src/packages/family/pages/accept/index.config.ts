export default definePageConfig({
  navigationBarTitleText: '确认授权',
})
