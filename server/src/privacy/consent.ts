import type { FastifyInstance } from 'fastify'
import {
  PRIVACY_CONSENT_REQUIRED_MESSAGE,
  PRIVACY_NOTICE_VERSION,
  isConsentCurrent,
} from '@/domain/privacy'
import { AppError } from '@server/errors'

/** What a write of personal data carries to say the person agreed (PUT /api/me/profile, POST /api/family-members). */
export interface PrivacyConsentBody {
  version: string
}

const STALE_MESSAGE = '《隐私保护指引》已经更新了。请先看一下新的指引，勾选同意后再保存；不同意也可以用“进度查询”。'
/** A filing sends the filer's 实名信息 on: the consent step is on the 实名信息 page. */
const FILING_MESSAGE = '《隐私保护指引》已经更新了。请先到“实名信息”看一下新的指引，勾选同意并保存，再提交备案；您填的备案内容都还在。'

/**
 * 422 PRIVACY_CONSENT_REQUIRED: personal data without consent to the 隐私保护指引 in force
 * (个人信息保护法 第二十八条, 第二十九条). `privacyNoticeVersion` names the version to agree to,
 * so the app can show the consent step again.
 */
export function privacyConsentRequired(stale: boolean, message: string = stale ? STALE_MESSAGE : PRIVACY_CONSENT_REQUIRED_MESSAGE): AppError {
  return new AppError(422, 'PRIVACY_CONSENT_REQUIRED', message, undefined, {
    details: { privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
  })
}

/**
 * The consent to record with a profile save: the version given now when it is the current one;
 * null when none is given but the person's latest consent already covers the current version;
 * else 422. A profile saved under an older version must consent again before the next write.
 */
export async function profileConsent(app: FastifyInstance, userId: string, given: PrivacyConsentBody | undefined): Promise<string | null> {
  if (given !== undefined) {
    if (!isConsentCurrent(given.version)) throw privacyConsentRequired(true)
    return given.version
  }
  const latest = await app.repos.privacy.latestConsent(userId, 'PROFILE')
  if (latest && isConsentCurrent(latest.version)) return null
  throw privacyConsentRequired(latest !== null)
}

/** A family member's data needs its own consent, given with each member added: the current version, else 422. */
export function familyMemberConsent(given: PrivacyConsentBody | undefined): string {
  if (given === undefined) throw privacyConsentRequired(false)
  if (!isConsentCurrent(given.version)) throw privacyConsentRequired(true)
  return given.version
}

/**
 * POST /api/filings and 变更: a filing hands the filer's 实名信息 to the agency, so the filer's
 * latest consent must name the notice in force (个人信息保护法 第十四条: a changed way of handling
 * needs consent again), else 422 PRIVACY_CONSENT_REQUIRED. An account without 实名信息 passes here
 * (the filing itself answers PROFILE_REQUIRED).
 */
export async function assertFilingConsent(app: Pick<FastifyInstance, 'repos'>, userId: string): Promise<void> {
  if (!(await app.repos.profiles.findByUserId(userId))) return
  const latest = await app.repos.privacy.latestConsent(userId, 'PROFILE')
  assertFilerConsent(latest?.version ?? null)
}

/**
 * The rule of assertFilingConsent over a consent already read: `latestVersion` is the version of
 * the filer's latest standing PROFILE consent (null: none). 422 PRIVACY_CONSENT_REQUIRED unless
 * it names the notice in force.
 */
export function assertFilerConsent(latestVersion: string | null): void {
  if (latestVersion !== null && isConsentCurrent(latestVersion)) return
  throw privacyConsentRequired(latestVersion !== null, FILING_MESSAGE)
}
