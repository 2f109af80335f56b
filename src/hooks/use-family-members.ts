import { useCallback, useState } from 'react'
import type { FamilyMemberView } from '@/domain/family'
import { listFamilyMembers } from '@/services/family'
import { ensureSession } from '@/services/session'
import { useSubjectsStore } from '@/stores/use-subjects-store'
import { useLoadOnShow } from './use-load-on-show'

/** The caller's family members (家人代办), loaded when the page is shown; each is remembered for offline drafts. */
export function useFamilyMembers(): { members: FamilyMemberView[]; loaded: boolean } {
  const [members, setMembers] = useState<FamilyMemberView[]>([])
  const [loaded, setLoaded] = useState(false)
  const remember = useSubjectsStore((s) => s.remember)
  // Reloaded each time the page is shown again (a member added or authorised meanwhile).
  const load = useCallback(
    () =>
      ensureSession()
        .then(listFamilyMembers)
        .then(({ members: list }) => {
          list.forEach(remember)
          setMembers(list)
        })
        .catch(() => undefined) // offline: only "myself" is offered
        .finally(() => setLoaded(true)),
    [remember],
  )
  useLoadOnShow(load)
  return { members, loaded }
}
