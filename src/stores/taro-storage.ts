import Taro from '@tarojs/taro'
import { createJSONStorage, type StateStorage } from 'zustand/middleware'

/**
 * zustand's storage on top of Taro's synchronous storage (wx storage in the mini-program,
 * localStorage in H5). A missing key must read as null, or createJSONStorage breaks.
 */
/** What Taro's synchronous storage keeps under `key`, or null when nothing is kept. */
export function readStoredItem(key: string): string | null {
  return (Taro.getStorageSync(key) as string | '') || null
}

const taroStateStorage: StateStorage = {
  getItem: (key) => readStoredItem(key),
  setItem: (key, value) => Taro.setStorageSync(key, value),
  removeItem: (key) => Taro.removeStorageSync(key),
}

export const taroStorage = createJSONStorage(() => taroStateStorage)
