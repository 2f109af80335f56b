export default definePageConfig({
  navigationBarTitleText: '办理结果',
})
