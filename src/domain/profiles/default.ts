import { cite } from '@/domain/citation'
import type { PolicyProfile } from './types'
import { REVIEW_WORKING_DAYS } from '@/domain/review/review-working-days'

/**
 * The national default: what applies to people insured where the product knows no local rule.
 * The 5-working-day emergency window is the product's promise, taken from the Guangxi guide (001);
 * lock period and validity follow the Jiangsu rules (002 第十条), which the 2023 Jiangxi form
 * repeats (004 表8 温馨提示6) and which follow 医保发〔2022〕22号.
 */
export const DEFAULT_PROFILE: PolicyProfile = {
  id: 'DEFAULT',
  name: '全国通用（参保地没有收录专门规定时）',
  regionPrefix: null,
  basis: [cite('NATIONAL_2022', '全文'), cite('GX_LIUJIANG', '申请材料'), cite('JS_2022', '第十条')],
  emergency: {
    mode: 'WINDOW',
    workingDays: 5,
    scope: 'DEFAULT',
    text: '急诊住院的，请在入院后 5 个工作日内提交急诊住院材料办理备案（入院当天不算，周末和法定节假日不算，调休上班日算）。',
    citations: [cite('GX_LIUJIANG', '申请材料'), cite('GX_2017', '第九条(三)1')],
  },
  commitmentLock: {
    months: 6,
    scope: 'DEFAULT',
    text: '用个人承诺书办理的长期异地居住备案，满 6 个月后才能变更或取消；用证明材料办理的，随时可以变更或取消。',
    citations: [cite('JS_2022', '第十条'), cite('JX_2023', '表8 温馨提示6')],
  },
  longTermValidity: {
    kind: 'OPEN_ENDED',
    scope: 'DEFAULT',
    text: '长期异地居住备案长期有效，直到您变更、取消备案或参保状态变化。',
    citations: [cite('JS_2022', '第十条')],
  },
  temporaryValidity: {
    minMonths: 6,
    maxMonths: 12,
    maxMonthsBasis: 'PRODUCT_CHOICE',
    maxText: '一次临时备案最长办 12 个月（政策只规定不少于 6 个月）。到期还在外地，可以再办一次；长期在外地，请办长期备案。',
    scope: 'DEFAULT',
    text: '临时外出就医备案的有效期不少于 6 个月。',
    citations: [cite('JS_2022', '第十条')],
  },
  duringStay: {
    allowed: true,
    until: 'DISCHARGE_SETTLEMENT',
    scope: 'DEFAULT',
    text: '已经在外地住院、还没出院结算的，现在补办备案，备案从入院那天开始，这次住院可以直接结算。已经出院结算了的，只能回参保地零星报销。',
    citations: [cite('JS_2022', '通知 二'), cite('JS_2022', '第二十五条'), cite('JX_2023', '表8 温馨提示5')],
  },
  referralValidity: {
    kind: 'MIN_MONTHS',
    months: 6,
    scope: 'DEFAULT',
    text: '转诊备案的有效期不少于 6 个月。',
    citations: [cite('JS_2022', '第十条')],
  },
  review: {
    workingDays: REVIEW_WORKING_DAYS,
    scope: 'DEFAULT',
    text: '送人工审核的备案，收到后 1 个工作日内办结（本系统的统一做法）。',
    citations: [cite('GX_LIUJIANG', '办理流程 审查与决定（1 个工作日）'), cite('JS_2022', '第九条(二)')],
  },
  resettlement: {
    requires: 'HUKOU_MOVED',
    otherwise: 'LONG_TERM_RESIDENT',
    scope: 'DEFAULT',
    text: '异地安置退休人员，是退休后在外地定居、户口也迁到那里的人。户口没迁过去的，在那里住半年以上，办异地长期居住人员备案，在当地看病一样可以直接结算。',
    citations: [cite('YJ_2021', '第五条(一)'), cite('JX_2023', '异地安置退休人员备案 事项描述'), cite('YJ_2021', '第五条(二)')],
  },
  reductions: {
    known: false,
    scope: 'DEFAULT',
    text:
      '没有备案或逾期备案时，很多地方会降低医保报销比例（例如广西降低 15 至 20 个百分点，江苏最多降低 20 个百分点），' +
      '具体降多少以您参保地的规定为准。按时备案，报销比例与在参保地看病一致。',
    citations: [
      cite('GX_2017', '第九条(三)2'),
      cite('JS_2022', '第十八条'),
      cite('JX_2023', '表8 温馨提示1'),
    ],
  },
}
