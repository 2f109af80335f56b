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

export const saveProfile = (input: ProfileInput) =>
  request<{ profile: StoredProfile }>('/api/me/profile', { method: 'PUT', data: input })
