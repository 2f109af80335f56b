import Taro from '@tarojs/taro'
import { createJSONStorage, type StateStorage } from 'zustand/middleware'

/**
 * zustand's storage on top of Taro's synchronous storage (wx storage in the mini-program,
 * localStorage in H5). A missing key must read as null, or createJSONStorage breaks.
 */
const taroStateStorage: StateStorage = {
  getItem: (key) => (Taro.getStorageSync(key) as string | '') || null,
  setItem: (key, value) => Taro.setStorageSync(key, value),
  removeItem: (key) => Taro.removeStorageSync(key),
}

export const taroStorage = createJSONStorage(() => taroStateStorage)
