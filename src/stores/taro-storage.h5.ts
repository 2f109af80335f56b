import { createJSONStorage, type StateStorage } from 'zustand/middleware'

/**
 * H5: zustand's storage on the browser's localStorage, written exactly as Taro's H5 storage
 * writes it (`{"data": value}` under the same key, @tarojs/taro-h5 api/storage), so anything read
 * through Taro.getStorageSync agrees — without Taro's storage module and its argument checks on the
 * home page (README "Measured"). A missing key, or one not in that shape, reads as null (as
 * Taro.getStorageSync's '' does in taro-storage.ts), or createJSONStorage breaks.
 */
const localStateStorage: StateStorage = {
  getItem: (key) => readStoredItem(key),
  setItem: (key, value) => localStorage.setItem(key, JSON.stringify({ data: value })),
  removeItem: (key) => localStorage.removeItem(key),
}

/** What Taro.getStorageSync would answer for `key`, read straight from localStorage; null when nothing (or not Taro's shape) is kept. */
export function readStoredItem(key: string): string | null {
  try {
    const item: unknown = JSON.parse(localStorage.getItem(key) ?? '')
    if (item && typeof item === 'object' && Object.prototype.hasOwnProperty.call(item, 'data')) {
      return ((item as { data: unknown }).data as string | '') || null
    }
  } catch {
    // not JSON: as Taro, nothing stored
  }
  return null
}

export const taroStorage = createJSONStorage(() => localStateStorage)
