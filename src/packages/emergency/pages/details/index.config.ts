export default definePageConfig({
  navigationBarTitleText: '填住院信息',
})
