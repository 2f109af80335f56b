import type { Profile, ProfileInput } from '../domain/validation/profile'
import type { VerificationRequestBody, VerificationView } from '../domain/verification'
import { request } from './http'

export interface StoredProfile extends Profile {
  updatedAt: string
}

export interface Me {
  user: { id: string }
  profile: StoredProfile | null
  /** 实人认证; absent only in a copy persisted by an older version of the app. */
  verification?: VerificationView
}

export const fetchMe = () => request<Me>('/api/me')

/** Sends exactly the fields of the contract: the server refuses unknown ones (API.md). */
export const saveProfile = ({ name, idNumber, phone, insuredRegion, insuranceType }: ProfileInput) =>
  request<{ profile: StoredProfile; verification: VerificationView }>('/api/me/profile', {
    method: 'PUT',
    data: { name, idNumber, phone, insuredRegion, insuranceType },
  })

/** 实人认证: a face result for the server to check with WeChat, or the three photos for staff. */
export const submitVerification = (body: VerificationRequestBody) =>
  request<{ verification: VerificationView }>('/api/me/verification', { method: 'POST', data: body })
