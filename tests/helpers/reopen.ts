import Taro from '@tarojs/taro'

/** A zustand store persisted to Taro storage under `key` (src/stores), of state S. */
interface PersistedStore<S> {
  getInitialState: () => S
  setState: (state: S, replace: true) => unknown
  persist: { rehydrate: () => Promise<void> | void }
}

/**
 * The app closed and opened again, for one persisted store: its memory is emptied (back to its
 * first state, which would write that state to storage too), the phone's storage is put back as it
 * was, and the store reads it again. Returns what storage held under `key`, parsed
 * (`{ state, version }`), for the test to check what was kept.
 */
export async function reopenApp<S>(store: PersistedStore<S>, key: string): Promise<{ state: Record<string, unknown>; version: number }> {
  const kept = Taro.getStorageSync(key) as string
  store.setState(store.getInitialState(), true)
  Taro.setStorageSync(key, kept)
  await store.persist.rehydrate()
  return JSON.parse(kept)
}
