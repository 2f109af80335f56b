import type { FilingView } from './filing-view'

/**
 * Whose filings a new filing is checked against: the caller themselves, or a family member the
 * caller files for, known by name and masked ID number (FamilyMemberView.idNumberMasked, the same
 * maskIdNumber as FilingView.subject.idNumberMasked).
 */
export type NoticeSubject = { self: true } | { self: false; name: string; idNumberMasked: string }

/**
 * The caller's filings (GET /api/filings) that are for `subject`: for oneself, those filed for
 * oneself and those others made for one (filedBy.self false: the list holds only filings the
 * caller made or that were made for the caller); for a family member, those the caller made for
 * that person. Filings others made for the member are not in the caller's list (privacy, SPEC §7).
 */
export function filingsForSubject(filings: readonly FilingView[], subject: NoticeSubject): FilingView[] {
  if (subject.self) return filings.filter((f) => f.filedBySelf || !f.filedBy.self)
  return filings.filter(
    (f) => f.filedBy.self && !f.filedBySelf && f.subject.idNumberMasked === subject.idNumberMasked && f.subject.name === subject.name,
  )
}

/** A family member as the caller's list names them (FamilyMemberView's id, name and masked ID number). */
export interface KnownMember {
  id: string
  name: string
  idNumberMasked: string
}

/**
 * The person a filing in the caller's list is for, as the flows choose them (the inverse of
 * filingsForSubject): the caller ({ self: true }) for a filing of their own or one made for them;
 * the family member the caller filed it for ({ memberId }), known by name and masked ID number;
 * null when that member is no longer among `members` (removed, or the list is not read yet).
 */
export function subjectOfFiling(
  filing: Pick<FilingView, 'filedBySelf' | 'filedBy' | 'subject'>,
  members: readonly KnownMember[],
): { self: true } | { self: false; memberId: string } | null {
  if (filing.filedBySelf || !filing.filedBy.self) return { self: true }
  const member = members.find((m) => m.name === filing.subject.name && m.idNumberMasked === filing.subject.idNumberMasked)
  return member ? { self: false, memberId: member.id } : null
}
