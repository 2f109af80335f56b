import { useEffect } from 'react'
import { useRouter } from '@tarojs/taro'
import { useFamilyMembers } from '@/hooks/use-family-members'
import { memberKey, useSubject } from '@/hooks/use-subject'
import type { SubjectKey } from '@/stores/use-filing-draft-store'
import { useMeOnShow } from '@/hooks/use-me-on-show'
import { useMeStore } from '@/stores/use-me-store'

/**
 * Whom a filing flow's first step files for (ordinary and emergency): the account (read again each
 * time the page shows, e.g. back from 实名信息), the family members, and the chosen subject.
 * Opened with `?member=<id>` (from 家人代办), the flow files for that member; with `?whom=self`, for
 * the account's own person.
 * `subjectKey`/`setSubject` come from the flow's draft store.
 */
export function useFlowSubject(subjectKey: SubjectKey, setSubject: (key: SubjectKey) => void) {
  const me = useMeStore((s) => s.me)
  const meLoading = useMeStore((s) => s.loading)
  const { params } = useRouter()
  const subject = useSubject(subjectKey)
  const { members } = useFamilyMembers()

  // Opened from 家人代办 for one member: file for them. Opened with ?whom=self (from a page where
  // 为我自己 was the answer already): for oneself, whoever this flow was for last time.
  useEffect(() => {
    if (params.member) setSubject(memberKey(params.member))
    else if (params.whom === 'self') setSubject('self')
  }, [params.member, params.whom, setSubject])

  useMeOnShow()

  return { me, meLoading, profile: me?.profile ?? null, subject, members }
}
