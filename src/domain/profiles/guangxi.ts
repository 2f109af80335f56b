import { cite } from '@/domain/citation'
import { DEFAULT_PROFILE } from './default'
import type { PolicyProfile, ReductionRule } from './types'

const ART_9_3_2 = cite('GX_2017', '第九条(三)2')

const UNFILED: ReductionRule = {
  basic: { by: 'SCOPE', IN_PROVINCE: 15, OUT_OF_PROVINCE: 20 },
  bound: 'EXACT',
  text: '逾期或没有备案的，在区内（本统筹地区外）住院报销比例降低 15 个百分点，在区外住院降低 20 个百分点。',
  citations: [ART_9_3_2],
}

/**
 * Guangxi (45): 桂人社发〔2017〕6号 as quoted in the Liujiang guide (001 设立依据2). How long review
 * takes is the guide's own procedure (柳江区's, LIUJIANG_PROFILE), not the 办法's: elsewhere in
 * Guangxi it is the product's default, said as such.
 */
export const GUANGXI_PROFILE: PolicyProfile = {
  ...DEFAULT_PROFILE,
  id: 'GUANGXI',
  name: '广西壮族自治区参保人员',
  regionPrefix: '45',
  basis: [cite('GX_2017', '第九条(三)、第十一条'), cite('NATIONAL_2022', '第七条(二)')],
  emergency: {
    mode: 'WINDOW',
    workingDays: 5,
    scope: 'REGIONAL',
    text: '因急诊住院的，应当在入院治疗 5 个工作日内办理备案，提交急诊住院材料（入院当天不算，周末和法定节假日不算，调休上班日算）。',
    citations: [cite('GX_LIUJIANG', '申请材料'), cite('GX_2017', '第九条(三)1')],
  },
  reductions: {
    known: true,
    scope: 'REGIONAL',
    rules: {
      FILED: {
        basic: { by: 'FLAT', points: 0 },
        bound: 'EXACT',
        text: '备案后在区内或区外住院，按参保地住院报销比例执行，不降低。',
        citations: [ART_9_3_2],
      },
      REFERRAL_OR_EMERGENCY: {
        basic: { by: 'FLAT', points: 0 },
        bound: 'EXACT',
        text: '急诊住院在 5 个工作日内备案的，按参保地住院报销比例执行，不降低。',
        citations: [ART_9_3_2, cite('GX_2017', '第九条(三)1')],
      },
      NOT_FILED: UNFILED,
      LATE: UNFILED,
    },
  },
}

/**
 * 柳州市柳江区 (450206): Guangxi's rules, and the 柳江区 guide's own procedure (001 办理流程 审查与决定:
 * a decision within 1 working day), which is 柳江区's, not the whole region's (a trial: 南宁 and
 * 柳州城中区 people were shown 柳江区's guide as their rule).
 */
export const LIUJIANG_PROFILE: PolicyProfile = {
  ...GUANGXI_PROFILE,
  id: 'LIUJIANG',
  name: '广西壮族自治区柳州市柳江区参保人员',
  regionPrefix: '450206',
  basis: [...GUANGXI_PROFILE.basis, cite('GX_LIUJIANG', '全文')],
  review: {
    workingDays: 1,
    scope: 'REGIONAL',
    text: '急诊备案由经办机构审查，1 个工作日内作出决定。',
    citations: [cite('GX_LIUJIANG', '办理流程 审查与决定（1 个工作日）')],
  },
}
