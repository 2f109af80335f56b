export default definePageConfig({
  navigationBarTitleText: '填写备案信息',
})
