/** The steps of the filing flow, as a draft records where it was left. */
export type FilingDraftStep = 'start' | 'form' | 'materials' | 'review'

/** Each step's name as the flow's 接着上次填 card and the home page's 还没填完的备案 say it. */
export const FILING_STEP_NAMES: Readonly<Record<FilingDraftStep, string>> = {
  start: '选择备案类型',
  form: '填写备案信息',
  materials: '上传材料',
  review: '确认提交',
}
