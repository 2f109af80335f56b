import type { FilingView } from './filing-view'
import type { WaitingItem } from './waiting'

/** How long after its deadline a cancelled emergency filing keeps its home card (for 零星报销). */
export const AFTER_DEADLINE_CARD_DAYS = 30

const DAY_MS = 86_400_000
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS)
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/**
 * Home cards for emergency filings the person cancelled (撤销) whose stay has not been filed again
 * (a trial: after 撤销 the only way to 重新办急诊备案 was 我的备案 → 查看详情). Before the deadline the
 * filing sent with it (`emergency.deadline`, the 参保地's window: 003 第九条(五)) has not passed, the
 * card offers 重新办急诊备案; after it, for {@link AFTER_DEADLINE_CARD_DAYS} days, it points to
 * 零星报销 in the words of the emergency page's deadline card. Both open the filing's details, where
 * the button is. `today` is the China date (YYYY-MM-DD).
 * Example: a filing cancelled with deadline 2026-12-10, today 2026-12-04 → one card, '重新办急诊备案'.
 */
export function cancelledEmergencyCards(filings: readonly FilingView[], today: string): WaitingItem[] {
  const sameStay = (a: FilingView, b: FilingView) =>
    a.subject.idNumberMasked === b.subject.idNumberMasked && a.subject.name === b.subject.name && a.emergency?.admittedOn === b.emergency?.admittedOn
  return filings.flatMap<WaitingItem>((f) => {
    if (f.type !== 'EMERGENCY' || f.status !== 'CANCELLED' || !f.emergency || f.emergency.mode === 'DEEMED_FILED') return []
    // Filed again since (or still another one for the stay): that filing has its own card or none.
    if (filings.some((g) => g.id !== f.id && g.type === 'EMERGENCY' && g.status !== 'CANCELLED' && g.status !== 'REJECTED' && sameStay(f, g))) return []
    const who = f.filedBySelf || !f.filedBy.self ? '您' : f.subject.name
    const { deadline, admittedOn, dischargedOn } = f.emergency
    const open = deadline ? today <= deadline : !dischargedOn
    if (open) {
      return [
        {
          kind: 'EMERGENCY_CANCELLED',
          key: f.id,
          title: `${who}的急诊备案已经撤销，这次住院还能重新办`,
          detail: deadline
            ? `${monthDay(admittedOn)}入院的这次住院，最晚 ${monthDay(deadline)} 要办好。点下面，在备案详情里点“重新办急诊备案”。`
            : `${monthDay(admittedOn)}入院的这次住院，出院以前都能重新办。点下面，在备案详情里点“重新办急诊备案”。`,
          action: '重新办急诊备案',
        },
      ]
    }
    if (!deadline || dayNumber(today) - dayNumber(deadline) > AFTER_DEADLINE_CARD_DAYS) return []
    return [
      {
        kind: 'EMERGENCY_CANCELLED',
        key: f.id,
        title: `${who}的急诊备案已经撤销，来不及重新办了`,
        detail: `${monthDay(admittedOn)}入院的这次住院，补办期限 ${monthDay(deadline)} 已经过了。别着急，医药费还是能报的：先自己付，回参保地申请报销（零星报销）。`,
        action: '看零星报销怎么办',
      },
    ]
  })
}
