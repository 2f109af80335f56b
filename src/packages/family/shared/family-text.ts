import { now } from '@/lib/clock'
import {
  FAMILY_RELATIONS,
  LETTER_UNDER_REVIEW_DETAIL,
  effectiveAuthorizationStatus,
  inverseRelation,
  memberVerifyingWords,
  type FamilyMemberView,
  type FamilyRelation,
  authorizationLetterText as domainLetterText,
} from '@/domain/family'
import { cite, type Citation } from '@/domain/citation'
import { INVITATION_TTL_DAYS } from '@/domain/family'
import { chinaDateTime } from '@/lib/china-time'
import { ApiError, NETWORK_ERROR_MESSAGE } from '@/services/api-error'

export { chinaDateTime, chinaDay } from '@/lib/china-time'
export { pronounOfKin } from '@/domain/family'

export const LIST_URL = '/packages/family/pages/list/index'
export const ADD_URL = '/packages/family/pages/add/index'
export const PROXIES_URL = '/packages/family/pages/proxies/index'
export const PROFILE_URL = '/packages/profile/pages/edit/index'
export const HOME_URL = '/pages/index/index'
export const authorizeUrl = (id: string, extra = '') => `/packages/family/pages/authorize/index?id=${encodeURIComponent(id)}${extra}`
export const fileForUrl = (id: string) => `/packages/filing/pages/start/index?member=${encodeURIComponent(id)}`
export const emergencyForUrl = (id: string) => `/packages/emergency/pages/start/index?member=${encodeURIComponent(id)}`

/** 代办 needs the insured person's 授权委托书 (SPEC §2: 001 申请材料; 004 备注2). */
export const AUTHORIZATION_CITATIONS: readonly Citation[] = [cite('GX_LIUJIANG', '申请材料'), cite('JX_2023', '清单 备注2')]

/** What to tell a person when a request fails: the server's own plain message when there is one. */
export function errorText(e: unknown, fallback: string): string {
  if (e instanceof ApiError) return e.message
  return fallback || NETWORK_ERROR_MESSAGE
}

/** What the filer is to the member, from the member's relation label as the API gives it (父母 → 子女). */
export function inverseRelationLabel(label: string): string {
  const code = (Object.keys(FAMILY_RELATIONS) as FamilyRelation[]).find((k) => FAMILY_RELATIONS[k] === label)
  return code ? inverseRelation(code) : '家人'
}

export type MemberStateKind = 'NONE' | 'PENDING_INVITE' | 'PENDING_REVIEW' | 'ACTIVE' | 'REJECTED' | 'REVOKED' | 'EXPIRED'

export interface MemberState {
  kind: MemberStateKind
  /** The state in plain words, e.g. '等家人确认'. */
  words: string
  /** One sentence more: what happens next, until when. */
  detail: string
  /** The button that leads to the authorize page, or null when there is nothing to do there. */
  authorizeLabel: string | null
  tone: 'ok' | 'wait' | 'warn' | 'off'
}

/** A member's authorisation as the list shows it, judged now (an invitation past its time has expired). */
export function memberState(m: FamilyMemberView, now: Date): MemberState {
  const a = m.authorization
  if (!a) {
    return {
      kind: 'NONE', words: '未授权', tone: 'off', authorizeLabel: '去授权',
      detail: `要先得到${m.name}本人的同意，才能替${m.name}办理。`,
    }
  }
  const status = effectiveAuthorizationStatus(a.status, a.expiresAt, now)
  switch (status) {
    case 'PENDING_INVITE':
      // The member's 实人认证 photos are with staff: not 等…同意, and no invitation to send again (a trial).
      if (a.memberVerifying) {
        const verifying = memberVerifyingWords(m.name)
        return { kind: status, words: verifying.words, tone: 'wait', authorizeLabel: null, detail: verifying.detail }
      }
      return {
        kind: status, words: '等家人确认', tone: 'wait', authorizeLabel: '重新发送邀请',
        detail: a.expiresAt
          ? `邀请已发出，请${m.name}在自己的手机上点“同意”。${chinaDateTime(a.expiresAt)} 前有效。`
          : `邀请已发出，请${m.name}在自己的手机上点“同意”。`,
      }
    case 'PENDING_REVIEW':
      return {
        kind: status, words: '审核中', tone: 'wait', authorizeLabel: null,
        detail: `${LETTER_UNDER_REVIEW_DETAIL}。`,
      }
    case 'ACTIVE':
      return { kind: status, words: '已授权，可以代办 ✓', tone: 'ok', authorizeLabel: null, detail: `可以替${m.name}办理备案了。` }
    case 'REJECTED':
      return {
        kind: status, words: '未通过', tone: 'warn', authorizeLabel: '重新上传',
        detail: '授权委托书没有通过审核，请按下面的原因改好后重新上传。',
      }
    case 'REVOKED':
      return {
        kind: status, words: '已撤销', tone: 'off', authorizeLabel: '重新授权',
        detail: '这份授权已经撤销，现在不能代办。要继续代办，请重新授权。',
      }
    case 'EXPIRED':
      return {
        kind: status, words: '邀请已过期', tone: 'off', authorizeLabel: '重新授权',
        detail: `${m.name}没有在 ${INVITATION_TTL_DAYS} 天内确认，邀请已经失效。请重新发一个邀请。`,
      }
  }
}

/** A random key for one 添加家人 submission, so a retry is recognised (API.md Idempotency-Key). */
export function newIdempotencyKey(): string {
  const rand = () => Math.random().toString(36).slice(2, 10)
  return `family-${now().getTime().toString(36)}-${rand()}${rand()}`
}

/**
 * The 授权委托书 before the server's copy has come (or when it cannot be read): the names, the
 * proxy's own number, and a line for the member's (the app holds only a masked copy of it). The
 * page shows the server's letter (GET /api/family-members/:id/authorization-letter), which fills
 * in the member's number from the stored record.
 */
export function authorizationLetterText(memberName: string, proxyName: string, proxyIdNumber = ''): string {
  return domainLetterText({ name: memberName, idNumber: '' }, { name: proxyName, idNumber: proxyIdNumber })
}
