import { useEffect, useState } from 'react'
import type { FamilyMemberView } from '../domain/family'
import { listFamilyMembers } from '../services/family'
import { ensureSession } from '../services/session'
import { useSubjectsStore } from '../stores/use-subjects-store'

/** The caller's family members (家人代办), loaded once per page; each is remembered for offline drafts. */
export function useFamilyMembers(): { members: FamilyMemberView[]; loaded: boolean } {
  const [members, setMembers] = useState<FamilyMemberView[]>([])
  const [loaded, setLoaded] = useState(false)
  const remember = useSubjectsStore((s) => s.remember)
  useEffect(() => {
    let alive = true
    ensureSession()
      .then(listFamilyMembers)
      .then(({ members: list }) => {
        if (!alive) return
        list.forEach(remember)
        setMembers(list)
      })
      .catch(() => undefined) // offline: only "myself" is offered
      .finally(() => alive && setLoaded(true))
    return () => {
      alive = false
    }
  }, [remember])
  return { members, loaded }
}
