export default definePageConfig({
  navigationBarTitleText: '拍材料',
})
