import { cite, type Citation } from '@/domain/citation'

/**
 * What counts as an emergency: 000 附件5 急诊审核标准参考范围, in plain words, so a person can tell
 * whether they qualify. The last item is a doctor's own judgement.
 */
export const EMERGENCY_CRITERIA = [
  { id: 'TRAUMA', label: '急性外伤', examples: '骨折、脱臼、撕裂伤、烧伤等' },
  { id: 'ACUTE_PAIN', label: '突然剧烈疼痛', examples: '头痛、胸痛、急腹症（肚子突然剧痛）等' },
  { id: 'VITAL_SIGNS', label: '高烧，或呼吸、血压、心跳明显异常', examples: '' },
  { id: 'SHOCK', label: '大出血、严重脱水、休克', examples: '' },
  { id: 'CONSCIOUSNESS', label: '抽搐、昏迷、神志不清', examples: '' },
  { id: 'FOREIGN_BODY', label: '异物卡住要马上处理', examples: '卡在咽喉、眼睛、气管、食道等' },
  { id: 'VOMITING', label: '严重呕吐、腹泻', examples: '' },
  { id: 'INFECTIOUS', label: '怀疑得了烈性传染病', examples: '' },
  { id: 'ACCIDENT', label: '中毒、溺水、触电、烧伤等意外', examples: '' },
  { id: 'DOCTOR_JUDGED', label: '医生认为要急诊抢救的其他情况', examples: '有医生开的急诊证明就算' },
] as const

export type EmergencyCriterion = (typeof EMERGENCY_CRITERIA)[number]['id']

export const EMERGENCY_CRITERIA_CITATIONS: readonly Citation[] = [cite('JX_2017', '附件5 急诊审核标准参考范围')]

export function isEmergencyCriterion(value: unknown): value is EmergencyCriterion {
  return EMERGENCY_CRITERIA.some((c) => c.id === value)
}

/** Why the person was away when they fell ill: the emergency type covers these (001 受理条件; 003 第五条(五)). */
export const AWAY_REASONS = {
  TRAVEL: '旅游',
  VISIT: '探亲',
  BUSINESS: '出差',
  LIVING: '短期居住',
} as const
export type AwayReason = keyof typeof AWAY_REASONS
