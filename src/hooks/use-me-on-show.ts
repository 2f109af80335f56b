import { useLoadOnShow } from '@/hooks/use-load-on-show'
import { useMeStore } from '@/stores/use-me-store'

/**
 * Reads the person (GET /api/me through the me store) when the page first appears and each time
 * it is shown again: the copy kept on the phone may be older than staff's decision on their
 * 实人认证 photos (trial: 我的备案 kept saying 去实人认证 after the approval).
 */
export function useMeOnShow(): void {
  useLoadOnShow(useMeStore((s) => s.load))
}
