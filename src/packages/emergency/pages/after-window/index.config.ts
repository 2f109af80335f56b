export default definePageConfig({
  navigationBarTitleText: '来不及备案怎么办',
})
