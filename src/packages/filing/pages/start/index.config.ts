export default definePageConfig({
  navigationBarTitleText: '我要备案',
})
