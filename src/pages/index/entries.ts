/** The home page's entries as data: each opens its flow. */
export interface HomeEntry {
  key: 'file' | 'emergency' | 'status' | 'mine' | 'family' | 'profile'
  title: string
  hint: string
  /** 长辈模式: shorter, plainer words. */
  elderHint: string
  url: string
  /**
   * 长辈模式: where the tile leads, where it differs (家人代办 is the child's task; the parent's is
   * "who may file for me, and how to ask them": issue 13 item 9). Its title stays: the phone in
   * 长辈模式 may be a daughter's, set up for her father or filing for him (a trial read 让子女帮我办
   * as the elder's words only), so the hint names both ways and the page serves both.
   */
  elder?: { url: string }
  /** The hints once the task is done on this phone (实名信息 saved), where they differ. */
  done?: { hint: string; elderHint: string }
  /** The headline entry gets the most room. */
  primary?: boolean
}

/**
 * The hints hold for every 参保地: the emergency one names no deadline, since it differs (a
 * window of working days, before discharge, or 江苏's 视同已备案); the flow says which applies.
 */
export const HOME_ENTRIES: HomeEntry[] = [
  { key: 'file', title: '我要备案', hint: '去外地养老、长住、工作或转诊看病', elderHint: '要去外地住、去外地看病', url: '/packages/filing/pages/start/index', primary: true },
  { key: 'emergency', title: '在外地急诊住院了', hint: '突然生病住院，看看要不要补办、最晚哪天', elderHint: '突然生病住院，看看要不要补办', url: '/packages/emergency/pages/start/index', primary: true },
  // Right after the two tasks: every flow needs it first, and in 长辈模式 (one tile a row) the last tile is off the first screen.
  { key: 'profile', title: '实名信息', hint: '第一次用先填：姓名、身份证、参保地', elderHint: '第一次用，先填我的身份证', url: '/packages/profile/pages/edit/index', done: { hint: '已填好，可以查看或修改', elderHint: '已填好，点这里看' } },
  { key: 'status', title: '进度查询', hint: '用备案号查办理到哪一步', elderHint: '看办好了没有', url: '/packages/status/pages/lookup/index' },
  { key: 'mine', title: '我的备案', hint: '看、改、取消已办的备案', elderHint: '看办过的备案', url: '/packages/mine/pages/list/index' },
  { key: 'family', title: '家人代办', hint: '替父母、配偶等家人办理', elderHint: '子女替我办，或我替家人办', url: '/packages/family/pages/list/index', elder: { url: '/packages/family/pages/proxies/index' } },
]
