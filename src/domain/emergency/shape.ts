/** The parts of a filing body that an emergency filing must leave out or match (POST /api/filings, type EMERGENCY). */
export interface EmergencyShapeInput {
  startDate: string
  endDate?: string | null
  commitment?: unknown
  multiPlace?: boolean
  /** 补办 during a stay (any type); on an emergency it must match the emergency's admission date. */
  admittedOn?: string | null
  emergency?: { admittedOn: string } | null
}

/**
 * The shape of an emergency filing (SPEC §6): it starts on the admission day (003 第九条: valid
 * for that admission from its first day), has no end date, rests on proof of the emergency, never
 * on a commitment (001 材料: 急诊诊断证明、门诊病历或入院记录), and covers one place only.
 * Answers the message for each wrong field, keyed as in the API body; empty when right.
 */
export function emergencyShapeFields(body: EmergencyShapeInput): Record<string, string> {
  const fields: Record<string, string> = {}
  if (body.emergency && body.startDate !== body.emergency.admittedOn) {
    fields.startDate = '急诊备案从入院那天起算，开始日期请填入院日期'
  }
  if (body.endDate) fields.endDate = '急诊备案只管这一次住院，不用填结束日期，请去掉'
  if (body.commitment) fields.commitment = '急诊备案不能用承诺书代替，请上传急诊诊断证明、门诊病历或入院记录'
  if (body.multiPlace) fields.multiPlace = '急诊备案不能同时备案多个地方，请去掉'
  if (body.admittedOn != null && body.admittedOn !== body.emergency?.admittedOn) {
    fields.admittedOn = '急诊备案的入院日期填在急诊信息里；这里如果也填，要和急诊信息里的入院日期相同'
  }
  return fields
}
