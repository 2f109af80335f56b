import { cite } from '@/domain/citation'
import { DEFAULT_PROFILE } from './default'
import type { PolicyProfile } from './types'

/** Yangjiang (4417): 阳医保通〔2021〕23号 阳江市基本医疗保险异地就医管理暂行办法 (003). */
export const YANGJIANG_PROFILE: PolicyProfile = {
  ...DEFAULT_PROFILE,
  id: 'YANGJIANG',
  name: '广东省阳江市参保人员',
  regionPrefix: '4417',
  basis: [cite('YJ_2021', '全文')],
  emergency: {
    mode: 'BEFORE_DISCHARGE',
    holidaysExtend: true,
    scope: 'REGIONAL',
    text: '急诊住院还没出院的，出院前都可以补办备案；出院结算后就不能补办了。补办期间遇到法定节假日的，可以相应顺延。',
    citations: [cite('YJ_2021', '第六条')],
  },
  resettlement: {
    requires: 'HUKOU_MOVED',
    otherwise: 'LONG_TERM_RESIDENT',
    scope: 'REGIONAL',
    text: '异地安置退休人员，指退休后在外地定居、户籍也迁入定居地的人。户口没迁过去、在那里住半年以上的，办异地长期居住人员备案。',
    citations: [cite('YJ_2021', '第五条(一)'), cite('YJ_2021', '第五条(二)')],
  },
  longTermValidity: {
    kind: 'DOCUMENT_TERM',
    openEndedTypes: ['RETIRED_RESETTLED'],
    scope: 'REGIONAL',
    text: '异地安置退休人员长期有效；异地长期居住人员按居住证或暂住证的有效期，常驻异地工作人员按派驻时间（学生按学生证等材料）确定有效期。',
    citations: [cite('YJ_2021', '第九条(一)'), cite('YJ_2021', '第九条(二)'), cite('YJ_2021', '第九条(三)')],
  },
  referralValidity: {
    kind: 'DAYS',
    days: 90,
    openEndedConditions: ['MALIGNANT_TUMOUR', 'POST_TRANSPLANT', 'HEMIPLEGIA_LONG_STAY'],
    scope: 'REGIONAL',
    text: '转诊备案一次有效 90 天；确诊恶性肿瘤、器官移植术后或偏瘫导致长期住院的，一次备案长期有效。',
    citations: [cite('YJ_2021', '第九条(四)')],
  },
  reductions: {
    known: true,
    scope: 'REGIONAL',
    rules: {
      FILED: {
        basic: { by: 'FLAT', points: 0 },
        bound: 'EXACT',
        text: '长期异地就医人员备案后，起付线和报销比例按本市同级别医疗机构标准执行。',
        citations: [cite('YJ_2021', '第十条(一)')],
      },
      REFERRAL_OR_EMERGENCY: {
        basic: { by: 'FLAT', points: 10 },
        bound: 'EXACT',
        seriousIllnessPoints: 5,
        text: '转诊或急诊补办备案后，基本医疗保险报销比例降低 10 个百分点，大病保险、补充医疗保险降低 5 个百分点。',
        citations: [cite('YJ_2021', '第十条(二)'), cite('YJ_2021', '第十条(三)')],
      },
      NOT_FILED: {
        basic: { by: 'FLAT', points: 15 },
        bound: 'EXACT',
        seriousIllnessPoints: 5,
        text: '没有按规定备案、自行到外地就医的，基本医疗保险报销比例降低 15 个百分点，大病保险、补充医疗保险降低 5 个百分点。',
        citations: [cite('YJ_2021', '第十条(四)')],
      },
      LATE: {
        basic: { by: 'FLAT', points: 15 },
        bound: 'EXACT',
        seriousIllnessPoints: 5,
        text: '出院结算后不能再补办备案，按未备案处理：基本医疗保险报销比例降低 15 个百分点，大病保险、补充医疗保险降低 5 个百分点。',
        citations: [cite('YJ_2021', '第六条'), cite('YJ_2021', '第十条(四)')],
      },
    },
  },
}
