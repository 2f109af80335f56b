import { cite } from '@/domain/citation'
import { DEFAULT_PROFILE } from './default'
import type { PolicyProfile } from './types'

/** Jiangsu (32): 苏医保发〔2022〕75号 江苏省异地就医经办服务规程 (002). */
export const JIANGSU_PROFILE: PolicyProfile = {
  ...DEFAULT_PROFILE,
  id: 'JIANGSU',
  name: '江苏省参保人员',
  regionPrefix: '32',
  basis: [cite('JS_2022', '全文')],
  emergency: {
    mode: 'DEEMED_FILED',
    scope: 'REGIONAL',
    text: '异地急诊抢救视同已备案，不用另外办理；医院按“急诊”登记后可以直接结算。急诊医疗费用不降低报销比例。',
    citations: [cite('JS_2022', '第八条(五)'), cite('JS_2022', '第三十七条'), cite('JS_2022', '第十九条')],
  },
  resettlement: {
    requires: 'HUKOU_OR_COMMITMENT',
    otherwise: 'LONG_TERM_RESIDENT',
    scope: 'REGIONAL',
    text: '办异地安置，要交户口簿首页和本人的常住人口登记卡；户口没迁过去的，可以签《个人承诺书》代替（用承诺书办的，满 6 个月才能变更或取消）。也可以办异地长期居住人员备案。',
    citations: [cite('JS_2022', '第八条(一)'), cite('JS_2022', '第十条')],
  },
  commitmentLock: {
    months: 6,
    scope: 'REGIONAL',
    text: '用个人承诺书办理的长期异地居住备案，需满 6 个月方可变更或取消；用证明材料办理的，可以随时变更或取消。',
    citations: [cite('JS_2022', '第十条')],
  },
  longTermValidity: { ...DEFAULT_PROFILE.longTermValidity, scope: 'REGIONAL' },
  temporaryValidity: { ...DEFAULT_PROFILE.temporaryValidity, scope: 'REGIONAL' },
  referralValidity: {
    kind: 'MIN_MONTHS',
    months: 6,
    scope: 'REGIONAL',
    text: '转诊备案的有效期不低于 6 个月。',
    citations: [cite('JS_2022', '第十条')],
  },
  review: {
    workingDays: 1,
    scope: 'REGIONAL',
    text: '线上提交的备案申请，原则上 1 个工作日内审核办结。',
    citations: [cite('JS_2022', '第九条(二)')],
  },
  reductions: {
    known: true,
    scope: 'REGIONAL',
    rules: {
      FILED: {
        basic: { by: 'FLAT', points: 0 },
        bound: 'EXACT',
        text: '长期异地居住人员在备案地就医，报销比例与在参保地一致。',
        citations: [cite('JS_2022', '第十七条')],
      },
      REFERRAL_OR_EMERGENCY: {
        basic: { by: 'KIND', REFERRAL: 5, EMERGENCY: 0 },
        bound: 'AT_MOST',
        text: '按规定转诊到设区市外就医的，报销比例最多降低 5 个百分点；急诊抢救的急诊医疗费用不降低。',
        citations: [cite('JS_2022', '第十八条'), cite('JS_2022', '第十九条')],
      },
      NOT_FILED: {
        basic: { by: 'FLAT', points: 20 },
        bound: 'AT_MOST',
        text: '没有按规定备案、直接去外地就医的，报销比例最多降低 20 个百分点。',
        citations: [cite('JS_2022', '第十八条')],
      },
      LATE: {
        basic: { by: 'FLAT', points: 20 },
        bound: 'AT_MOST',
        text: '超过参保地规定时限才补办备案的，按未备案处理，报销比例最多降低 20 个百分点；在规定时限内补办的，零星报销按参保地规定执行。',
        citations: [cite('JS_2022', '第十八条')],
      },
    },
  },
}
