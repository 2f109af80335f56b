import { useCallback, useState } from 'react'
import { statusOf } from '@/components/subject-chooser'
import { checkOnlyWords, type CheckOnlyWords } from '@/domain/family'
import { listFamilyMembers } from '@/services/family'
import { ensureSession } from '@/services/session'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import type { SubjectKey } from '@/stores/use-filing-draft-store'

/** Where a CheckOnlyWords button leads for the member `id`. */
export function consentUrlOf(words: Pick<CheckOnlyWords, 'way'>, id: string): string {
  return words.way === 'FAMILY_LIST' ? '/packages/family/pages/list/index' : `/packages/family/pages/authorize/index?id=${encodeURIComponent(id)}`
}

/**
 * For a draft of a family member's (`key` 'member:<id>'): what still stands before it may be filed,
 * as checkOnlyWords says it for the member's authorisation now (read each time the page is shown),
 * and where its button leads (`url`); null for one's own draft, a member who has authorised the
 * filer, or while not known (offline: the server refuses a filing without it, 403 PROXY_NOT_AUTHORIZED).
 * `now`: the instant an invitation's expiry is judged at.
 */
export function useMemberConsent(key: SubjectKey, now: Date): (CheckOnlyWords & { url: string }) | null {
  const [waiting, setWaiting] = useState<(CheckOnlyWords & { url: string }) | null>(null)
  const id = key === 'self' ? null : key.slice('member:'.length)
  const load = useCallback(async () => {
    if (id === null) return setWaiting(null)
    try {
      await ensureSession()
      const { members } = await listFamilyMembers()
      const m = members.find((x) => x.id === id)
      if (!m || m.canFile) return setWaiting(null)
      const words = checkOnlyWords(m.name, statusOf(m, now), m.authorization?.reasons ?? [], m.authorization?.memberVerifying ?? false)
      setWaiting({ ...words, url: consentUrlOf(words, m.id) })
    } catch {
      // Offline or refused: 提交 is left to the server's answer.
    }
  }, [id, now])
  useLoadOnShow(load)
  return waiting
}
