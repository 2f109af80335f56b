import { PROFILE_DRAFT_KEY, profileSavedIn } from './saved-profile-state'

/**
 * H5: saved-profile.ts read straight from localStorage, in Taro's H5 shape (`{"data": value}`, as
 * stores/taro-storage.h5.ts writes it), without Taro's storage module on the home page (README
 * "Measured"). Storage unreadable: not saved.
 */
export function profileSaved(): boolean {
  try {
    const item: unknown = JSON.parse(localStorage.getItem(PROFILE_DRAFT_KEY) ?? '')
    return item !== null && typeof item === 'object' && profileSavedIn(typeof (item as { data?: unknown }).data === 'string' ? (item as { data: string }).data : null)
  } catch {
    return false
  }
}
