import { AWAY_REASONS, EMERGENCY_CRITERIA, type AwayReason, type EmergencyCriterion } from '@/domain/emergency'
import type { EmergencyMode } from '@/domain/profiles/types'

/** How the emergency window applied, in words (SPEC §6). */
export const EMERGENCY_MODE_LABELS: Readonly<Record<EmergencyMode, string>> = {
  WINDOW: '入院后限期备案',
  BEFORE_DISCHARGE: '出院结算前备案',
  DEEMED_FILED: '视同已备案',
}

export interface EmergencyInWords {
  /** 000 附件5 items as a person reads them: '突然剧烈疼痛（头痛、胸痛、急腹症（肚子突然剧痛）等）'. */
  criteria: string[]
  awayReason: string
  mode: string
  /** '截止 2025-10-10 24:00', or the mode's words when there is no dated window. */
  deadline: string
}

/** An emergency filing's codes as words, for staff (console and command line). */
export function emergencyInWords(e: {
  criteria: readonly EmergencyCriterion[]
  awayReason: AwayReason
  mode: EmergencyMode
  deadline: string | null
}): EmergencyInWords {
  return {
    criteria: e.criteria.map((id) => {
      const item = EMERGENCY_CRITERIA.find((c) => c.id === id)
      if (!item) return id
      return item.examples ? `${item.label}（${item.examples}）` : item.label
    }),
    awayReason: AWAY_REASONS[e.awayReason] ?? e.awayReason,
    mode: EMERGENCY_MODE_LABELS[e.mode] ?? e.mode,
    deadline: e.deadline ? `截止 ${e.deadline} 24:00` : (EMERGENCY_MODE_LABELS[e.mode] ?? e.mode),
  }
}

/** Whether a filing made at `filedOn` ('YYYY-MM-DD' China date) came within its emergency window. */
export function filedWithinWindow(filedOn: string, e: { mode: EmergencyMode; deadline: string | null; dischargedOn?: string | null }): {
  within: boolean
  text: string
} {
  if (e.mode === 'DEEMED_FILED') return { within: true, text: '参保地规定急诊视同已备案，不受时限限制' }
  if (e.mode === 'BEFORE_DISCHARGE') {
    const within = !e.dischargedOn || filedOn <= e.dischargedOn
    return { within, text: within ? '在出院结算前提交，符合时限' : `出院（${e.dischargedOn}）之后才提交，超过时限` }
  }
  if (e.deadline === null) return { within: true, text: '没有限期' }
  const within = filedOn <= e.deadline
  return { within, text: within ? `${filedOn} 提交，在截止日 ${e.deadline} 之内` : `${filedOn} 提交，已过截止日 ${e.deadline}` }
}
