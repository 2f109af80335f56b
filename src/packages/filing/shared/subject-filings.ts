import { useCallback, useState } from 'react'
import type { FamilyMemberView } from '@/domain/family'
import { filingsForSubject, type FilingView, type NoticeSubject } from '@/domain/filings'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import { memberKey } from '@/hooks/use-subject'
import { listFilings } from '@/services/filings'
import { ensureSession } from '@/services/session'
import type { SubjectKey } from '@/stores/use-filing-draft-store'

/** The chosen person as the notice matches filings, or null while a member is not loaded. */
function noticeSubject(key: SubjectKey, members: readonly FamilyMemberView[]): (NoticeSubject & { name?: string }) | null {
  if (key === 'self') return { self: true }
  const member = members.find((m) => memberKey(m.id) === key)
  return member ? { self: false, name: member.name, idNumberMasked: member.idNumberMasked } : null
}

/**
 * The chosen person's filings from the caller's own 我的备案 list (GET /api/filings, read each
 * time the page shows; filingsForSubject), or null while not read, when the list cannot be read
 * (offline: the server still checks at 提交) or while a member is not loaded.
 * @param subjectKey 'self' or 'member:<id>'
 * @param members the caller's family members (for a member's name and masked ID number)
 */
export function useSubjectFilings(subjectKey: SubjectKey, members: readonly FamilyMemberView[]): FilingView[] | null {
  const [filings, setFilings] = useState<FilingView[] | null>(null)
  const load = useCallback(
    () =>
      ensureSession()
        .then(listFilings)
        .then(({ filings: list }) => setFilings(list))
        .catch(() => undefined),
    [],
  )
  useLoadOnShow(load)
  const subject = noticeSubject(subjectKey, members)
  return filings && subject ? filingsForSubject(filings, subject) : null
}
