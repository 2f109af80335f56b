export default definePageConfig({
  navigationBarTitleText: '谁可以替我办',
})
