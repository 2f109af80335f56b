/** The home page's entries as data: each opens its flow, or says when the flow is not there yet. */
export interface HomeEntry {
  key: 'file' | 'emergency' | 'status' | 'mine' | 'family' | 'profile'
  title: string
  hint: string
  url: string
  /** The headline entry gets the most room. */
  primary?: boolean
}

const soon = (feature: HomeEntry['key']) => `/packages/common/pages/coming-soon/index?feature=${feature}`

export const HOME_ENTRIES: HomeEntry[] = [
  { key: 'file', title: '我要备案', hint: '去外地养老、长住、工作或转诊看病', url: '/packages/filing/pages/start/index', primary: true },
  { key: 'emergency', title: '急诊补办备案', hint: '在外地突然生病、急诊住院了', url: soon('emergency'), primary: true },
  { key: 'status', title: '进度查询', hint: '用备案号查办理到哪一步', url: soon('status') },
  { key: 'mine', title: '我的备案', hint: '看、改、取消已办的备案', url: '/packages/mine/pages/list/index' },
  { key: 'family', title: '家人代办', hint: '替父母、配偶等家人办理', url: soon('family') },
  { key: 'profile', title: '实名信息', hint: '姓名、身份证、参保地', url: '/packages/profile/pages/edit/index' },
]
