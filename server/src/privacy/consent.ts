import type { FastifyInstance } from 'fastify'
import {
  PRIVACY_CONSENT_REQUIRED_MESSAGE,
  PRIVACY_NOTICE_VERSION,
  isConsentCurrent,
} from '../../../src/domain/privacy'
import { AppError } from '../errors'

/** What a write of personal data carries to say the person agreed (PUT /api/me/profile, POST /api/family-members). */
export interface PrivacyConsentBody {
  version: string
}

/**
 * 422 PRIVACY_CONSENT_REQUIRED: personal data without consent to the 隐私保护指引 in force
 * (个人信息保护法 第二十八条, 第二十九条). `privacyNoticeVersion` names the version to agree to,
 * so the app can show the consent step again.
 */
export function privacyConsentRequired(stale: boolean): AppError {
  const message = stale
    ? '《隐私保护指引》已经更新了。请先看一下新的指引，勾选同意后再保存；不同意也可以用“进度查询”。'
    : PRIVACY_CONSENT_REQUIRED_MESSAGE
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
