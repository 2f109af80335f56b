import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

interface SettingsState {
  /** 长辈模式: larger type and tap targets, fewer items per screen, plainer words. */
  elder: boolean
  setElder: (elder: boolean) => void
}

/** Settings of this phone, kept across restarts. */
export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      elder: false,
      setElder: (elder) => set({ elder }),
    }),
    { name: 'beian-settings', version: 1, storage: taroStorage, partialize: (s) => ({ elder: s.elder }) },
  ),
)

/** Whether 长辈模式 is on (one value per selector). */
export const useElderMode = () => useSettingsStore((s) => s.elder)
