import type { Profile, ProfileInput } from '../domain/validation/profile'
import { request } from './http'

export interface StoredProfile extends Profile {
  updatedAt: string
}

export interface Me {
  user: { id: string }
  profile: StoredProfile | null
}

export const fetchMe = () => request<Me>('/api/me')

/** Sends exactly the fields of the contract: the server refuses unknown ones (API.md). */
export const saveProfile = ({ name, idNumber, phone, insuredRegion, insuranceType }: ProfileInput) =>
  request<{ profile: StoredProfile }>('/api/me/profile', {
    method: 'PUT',
    data: { name, idNumber, phone, insuredRegion, insuranceType },
  })
