import { readStoredItem } from '@/stores/taro-storage'
import { PROFILE_DRAFT_KEY, profileSavedIn } from './saved-profile-state'

/**
 * Whether this phone has saved the person's 实名信息 (the 实名信息 form's store, Taro storage, read
 * by the platform's own reader: localStorage in H5, without Taro's storage module): the home tile
 * then offers to look at it rather than "第一次用先填".
 */
export function profileSaved(): boolean {
  return profileSavedIn(readStoredItem(PROFILE_DRAFT_KEY))
}
