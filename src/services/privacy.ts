import type { PrivacyNotice } from '@/domain/privacy'
import { request } from './http'

/** The 隐私保护指引 in force (no login needed). */
export const fetchPrivacyNotice = () => request<PrivacyNotice>('/api/privacy-notice', { anonymous: true })

/** What DELETE /api/me removed and kept. */
export interface DeletionResult {
  deleted: { profile: boolean; familyMembers: number; uploads: number }
  kept: { filings: number; familyMembers: number }
}

/** Withdraws consent and deletes the person's data on the server; filings stay as the agency's record. */
export const deleteMyData = () => request<DeletionResult>('/api/me', { method: 'DELETE' })

/** The code the server answers when personal data comes without consent to the current notice. */
export const PRIVACY_CONSENT_REQUIRED = 'PRIVACY_CONSENT_REQUIRED'
