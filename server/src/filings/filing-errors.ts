// The errors of filing, changing and cancelling (SPEC §2-§7): each in plain Chinese, saying what to do next.
import { afterWindowGuidance, type EmergencyBlock, type StandingCover } from '@/domain/emergency'
import { FILING_STATUSES, duplicateFilingMessage, effectiveStatus, type DuplicateMadeBy } from '@/domain/filings'
import { destinationLabel, findRegion } from '@/domain/regions'
import { chinaToday } from '@/domain/time/china-date'
import { maskName } from '@server/logging/mask'
import { type PolicyProfile } from '@/domain/profiles'
import type { FilingRecord } from '@server/db/repositories/filings'
import { AppError } from '@server/errors'
import { GUIDANCE_EXAMPLE_YUAN } from './filing-common'

// Errors of filing, changing and cancelling (SPEC §2-§7): each in plain Chinese, saying what to do next.

export function filingNotFound(): AppError {
  return new AppError(404, 'FILING_NOT_FOUND', '没有找到这份备案，请回到“我的备案”重新打开')
}

export function profileRequired(): AppError {
  return new AppError(422, 'PROFILE_REQUIRED', '请先在首页“实名信息”里填写您本人的实名信息（姓名、身份证号、参保地），再来办理备案')
}

/** Who asks about a duplicate: the caller, filing for themselves or for a family member, and whether their account passed 实人认证. */
export interface DuplicateAsker {
  userId: string
  forSelf: boolean
  verified: boolean
  /** The person's name on the new filing. */
  subjectName: string
  today: string
}

/**
 * Whether the caller may open a filing of the person in their own 我的备案: they made it, it was
 * made for their account, or they file for themselves with their verified ID number (visibleTo).
 */
export function callerMayOpen(existing: Pick<FilingRecord, 'userId' | 'subjectUserId'>, asker: Pick<DuplicateAsker, 'userId' | 'forSelf' | 'verified'>): boolean {
  return existing.userId === asker.userId || existing.subjectUserId === asker.userId || (asker.forSelf && asker.verified)
}

/**
 * 409 DUPLICATE_FILING (SPEC §7): the domain's message from the caller's side. The standing
 * filing's id and number (for 查看已有的备案) only when the caller may open it (callerMayOpen).
 */
export function duplicateFiling(existing: FilingRecord, asker: DuplicateAsker): AppError {
  const visible = callerMayOpen(existing, asker)
  const madeBy: DuplicateMadeBy =
    existing.userId === asker.userId
      ? { kind: 'CALLER' }
      : existing.subjectFamilyMemberId === null && existing.userId === existing.subjectUserId
        ? { kind: 'SUBJECT' }
        : { kind: 'PROXY', nameMasked: maskName(existing.filerName ?? existing.subjectName) }
  const region = findRegion(existing.destinationCity ?? existing.destinationProvince)
  const message = duplicateFilingMessage({
    caller: asker.forSelf ? 'SELF' : 'PROXY',
    subjectName: asker.subjectName,
    existing: {
      type: existing.type,
      status: effectiveStatus(existing.status, existing.validTo, asker.today),
      number: existing.number,
      destinationName: region ? destinationLabel(region) : existing.destinationCity ?? existing.destinationProvince,
      filedOn: chinaToday(new Date(existing.createdAt)),
    },
    madeBy,
    visible,
  })
  return new AppError(409, 'DUPLICATE_FILING', message, undefined, {
    details: visible ? { existingFilingId: existing.id, existingNumber: existing.number } : {},
  })
}

export function notStanding(filing: FilingRecord, today: string, action: '取消' | '变更'): AppError {
  const label = FILING_STATUSES[effectiveStatus(filing.status, filing.validTo, today)]
  return new AppError(409, 'FILING_NOT_STANDING', `这份备案现在是“${label}”，不能再${action}了；请刷新“我的备案”看看`)
}

export function locked(code: 'CANCEL_LOCKED' | 'CHANGE_LOCKED', months: number, firstAllowedOn: string): AppError {
  const action = code === 'CANCEL_LOCKED' ? '取消' : '变更'
  return new AppError(
    409,
    code,
    `承诺制备案 ${months} 个月内不能${action}，最早 ${firstAllowedOn} 可以${action}；确有客观原因的，请联系参保地医保经办机构`,
    undefined,
    { details: { firstAllowedOn } },
  )
}

/** The emergency filing cannot be made at all (SPEC §6): past the window, or the profile deems it filed. */
export function emergencyBlocked(block: EmergencyBlock, profile: PolicyProfile): AppError {
  if (block.code === 'EMERGENCY_DEEMED_FILED') {
    return new AppError(
      422,
      block.code,
      `${block.message}不用在这里办理：住院时直接告诉医院您是急诊住院的参保人，请医院按急诊登记结算就行。`,
      undefined,
      { details: { window: block.window } },
    )
  }
  return new AppError(422, block.code, block.message, undefined, {
    details: { window: block.window, guidance: afterWindowGuidance(profile, GUIDANCE_EXAMPLE_YUAN) },
  })
}

/**
 * 409 EMERGENCY_ALREADY_COVERED: a filing the person holds covers this admission already, or will
 * once approved (standingCover: 003 第九条; 002 第十三条), so no emergency filing is made. The
 * message is the domain's (the filing, from when, what to do); its id and number (查看已有的备案)
 * only when the caller may open it.
 */
export function emergencyCovered(cover: Exclude<StandingCover, { kind: 'NONE' }>, visible: boolean): AppError {
  return new AppError(409, 'EMERGENCY_ALREADY_COVERED', `${cover.headline}。${cover.lead}${cover.advice}`, undefined, {
    details: visible ? { existingFilingId: cover.filing.id, existingNumber: cover.filing.number } : {},
  })
}

export function notAwaitingMaterials(filing: FilingRecord, today: string): AppError {
  const label = FILING_STATUSES[effectiveStatus(filing.status, filing.validTo, today)]
  return new AppError(
    409,
    'FILING_NOT_AWAITING_MATERIALS',
    `这份备案现在是“${label}”，不需要补充材料；请刷新“我的备案”看看最新进度`,
  )
}
