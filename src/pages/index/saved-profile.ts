import Taro from '@tarojs/taro'
import { PROFILE_DRAFT_KEY, profileSavedIn } from './saved-profile-state'

/**
 * Whether this phone has saved the person's 实名信息 (the 实名信息 form's store, Taro storage): the
 * home tile then offers to look at it rather than "第一次用先填" (H5: saved-profile.h5.ts).
 */
export function profileSaved(): boolean {
  return profileSavedIn((Taro.getStorageSync(PROFILE_DRAFT_KEY) as string | '') || null)
}
