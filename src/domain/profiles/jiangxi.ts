import { cite } from '@/domain/citation'
import { DEFAULT_PROFILE } from './default'
import type { PolicyProfile } from './types'

/**
 * Jiangxi (36): 赣医保发〔2023〕13号 (004), whose 表8 温馨提示6 sets the 6-month lock; it replaces
 * the one-year lock for resettlement in 赣人社发〔2017〕57号 第七条 (000). Neither sets an emergency
 * window, so the product's default applies there.
 */
export const JIANGXI_PROFILE: PolicyProfile = {
  ...DEFAULT_PROFILE,
  id: 'JIANGXI',
  name: '江西省参保人员',
  regionPrefix: '36',
  basis: [cite('JX_2023', '表8'), cite('JX_2017', '第七条')],
  resettlement: {
    requires: 'HUKOU_MOVED',
    otherwise: 'LONG_TERM_RESIDENT',
    scope: 'REGIONAL',
    text: '异地安置退休人员备案，是退休后在省外定居、户籍也迁入定居地的人办的；在省外长期居住、户籍没迁的，办异地长期居住人员备案。',
    citations: [cite('JX_2023', '异地安置退休人员备案 事项描述'), cite('JX_2023', '异地长期居住人员备案 事项描述')],
  },
  commitmentLock: {
    months: 6,
    scope: 'REGIONAL',
    text: '办理异地长期居住备案后，原则上非客观原因 6 个月内不能取消或变更备案地（2017 年的旧规定是一年，已按 2023 年的新表执行）。',
    citations: [cite('JX_2023', '表8 温馨提示6'), cite('JX_2017', '第七条')],
  },
}
