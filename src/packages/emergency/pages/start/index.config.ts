export default definePageConfig({
  navigationBarTitleText: '急诊住院补办备案',
})
