export default definePageConfig({
  navigationBarTitleText: '请家人授权',
  // The invitation is sent with WeChat's share (发给家人): the page must allow it.
  enableShareAppMessage: true,
})
