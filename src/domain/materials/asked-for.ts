import type { MaterialCode } from './catalog'
import { MATERIALS } from './catalog'
import type { MaterialRequirement, RequirementId } from './materials-for'

/**
 * Other words a reviewer (or a person) uses for a material, beside its catalog name: the staff
 * console sends the catalog names for the boxes it ticks, and free lines ('身份证背面') for the rest.
 */
const ALSO_CALLED: Partial<Record<MaterialCode, readonly string[]>> = {
  MEDICAL_INSURANCE_QR: ['医保码'],
  ID_DOCUMENT: ['身份证', '证件'],
  SOCIAL_SECURITY_CARD: ['社保卡'],
  HOUSEHOLD_REGISTER: ['户口簿', '户口本'],
  RESIDENCE_PERMIT: ['居住证', '暂住证'],
  PROPERTY_CERTIFICATE: ['房产证', '不动产'],
  DISPATCH_LETTER: ['派出证明'],
  REMOTE_EMPLOYER_LETTER: ['单位证明'],
  LABOUR_CONTRACT: ['劳动合同', '工作合同'],
  STUDENT_PROOF: ['学生证', '学校证明'],
  REFERRAL_CERTIFICATE: ['转诊', '转院'],
  EMERGENCY_DIAGNOSIS: ['诊断证明'],
  OUTPATIENT_RECORD: ['病历'],
  ADMISSION_RECORD: ['入院记录'],
  AUTHORIZATION_LETTER: ['委托书'],
}

function wordsFor(code: MaterialCode): string[] {
  const name = MATERIALS[code].name
  return [name, name.replace(/（.*?）/g, ''), ...(ALSO_CALLED[code] ?? [])].filter((w) => w.length > 0)
}

/**
 * Which of the filing's requirements the reviewer asked for in 待补充材料, from the lines they
 * sent (missingItems): a line names a requirement when it names one of its documents. The 代办人's
 * own ID only when the line says 代办人 (a plain '身份证' is the insured person's). Lines that name
 * nothing known ask for nothing in particular: the page then offers every requirement.
 */
export function requirementsAskedFor(
  requirements: readonly MaterialRequirement[],
  missingItems: readonly string[],
): Set<RequirementId> {
  const asked = new Set<RequirementId>()
  for (const line of missingItems) {
    const byProxy = line.includes('代办人') || line.includes('代办')
    for (const r of requirements) {
      if (r.id === 'PROXY_IDENTITY' && !byProxy) continue
      if (r.id === 'IDENTITY' && byProxy && requirements.some((x) => x.id === 'PROXY_IDENTITY')) continue
      if (r.oneOf.some((item) => wordsFor(item.code).some((w) => line.includes(w)))) asked.add(r.id)
    }
  }
  return asked
}
