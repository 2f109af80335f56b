import type { Profile, ProfileInput } from '@/domain/validation/profile'
import type { VerificationRequestBody, VerificationView } from '@/domain/verification'
import { request } from './http'

export interface StoredProfile extends Profile {
  updatedAt: string
  /** The area the 参保地 code reads as (a district's code as its city); absent in a copy persisted by an older app. */
  insuredArea?: { code: string; name: string; fromDistrict: boolean; label: string }
}

/** The latest consent to the 隐私保护指引 for one's own 实名信息 (GET /api/me). */
export interface PrivacyConsentView {
  version: string
  at: string
}

export interface Me {
  user: { id: string }
  profile: StoredProfile | null
  /** Always in the server's answer; optional because a copy persisted by an older app lacks it. */
  privacyConsent?: PrivacyConsentView | null
  /** 实人认证; absent only in a copy persisted by an older version of the app. */
  verification?: VerificationView
}

export const fetchMe = () => request<Me>('/api/me')

/**
 * Sends exactly the fields of the contract: the server refuses unknown ones (API.md).
 * `consentVersion`: the 隐私保护指引 version the person has just agreed to on this page (sent
 * as privacyConsent); null when their consent to the current version is already on record.
 */
export const saveProfile = ({ name, idNumber, phone, insuredRegion, insuranceType }: ProfileInput, consentVersion: string | null = null) =>
  request<{ profile: StoredProfile; verification: VerificationView }>('/api/me/profile', {
    method: 'PUT',
    data: {
      name, idNumber, phone, insuredRegion, insuranceType,
      ...(consentVersion === null ? {} : { privacyConsent: { version: consentVersion } }),
    },
  })

/** 实人认证: a face result for the server to check with WeChat, or the three photos for staff. */
export const submitVerification = (body: VerificationRequestBody) =>
  request<{ verification: VerificationView }>('/api/me/verification', { method: 'POST', data: body })
