import type { FilingSubject } from '@/domain/filings'
import type { InsuranceType } from '@/domain/validation/profile'
import type { SubjectKey } from '@/stores/use-filing-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { useSubjectsStore } from '@/stores/use-subjects-store'

/** The person a filing is for: oneself (实名信息) or a family member (家人代办). */
export interface SubjectInfo {
  key: SubjectKey
  self: boolean
  name: string
  /** 参保地: whose profile's rules apply. */
  insuredRegion: string
  /** 险种 (004 表8), shown on 请核对; absent for a member this phone kept from before it was known. */
  insuranceType?: InsuranceType
  /** The default contact phone: the insured person's own (for a family member, the member's, not the filer's). */
  phone: string
  /** For a family member: the filer's own phone, offered as the second contact; null for oneself. */
  filerPhone: string | null
  relationLabel: string | null
  /** For a family member: what they are to the filer, by their sex (母亲; kinOfMember); null for oneself. */
  kin: string | null
  /** How the API names the subject (API.md POST /api/filings `subject`). */
  apiSubject: FilingSubject
}

export const memberKey = (id: string): SubjectKey => `member:${id}`

/**
 * The subject behind a draft's key, or null while it is not known yet (no 实名信息, or a family
 * member this phone has not loaded).
 */
export function useSubject(key: SubjectKey): SubjectInfo | null {
  const profile = useMeStore((s) => s.me?.profile ?? null)
  const member = useSubjectsStore((s) => (key === 'self' ? undefined : s.members[key.slice('member:'.length)]))
  if (!profile) return null
  if (key === 'self') {
    return { key, self: true, name: profile.name, insuredRegion: profile.insuredRegion, insuranceType: profile.insuranceType, phone: profile.phone, filerPhone: null, relationLabel: null, kin: null, apiSubject: { self: true } }
  }
  if (!member) return null
  return {
    key,
    self: false,
    name: member.name,
    insuredRegion: member.insuredRegion,
    insuranceType: member.insuranceType,
    phone: member.phone ?? '',
    filerPhone: profile.phone,
    relationLabel: member.relationLabel,
    // Remembered before the server answered `kin`: the relation's label.
    kin: member.kin ?? member.relationLabel,
    apiSubject: { familyMemberId: member.id },
  }
}

/**
 * A contact phone as 请核对 shows it when a proxy files (a trial: the daughter could not tell whose
 * number was whose): `138…（母亲王秀英的）` for the member's own, `139…（您的）` for the filer's;
 * any other second number (`index` 1: 备用电话) `136…（备用）`; any other first number as it is.
 */
export function whosePhone(phone: string, subject: Pick<SubjectInfo, 'self' | 'name' | 'kin' | 'phone' | 'filerPhone'>, index = 0): string {
  if (!subject.self && phone === subject.phone) return `${phone}（${subject.kin ?? ''}${subject.name}的）`
  if (!subject.self && phone === subject.filerPhone) return `${phone}（您的）`
  // The second number of anyone else (a trial: 王大爷 could not tell his own from his son's).
  return index === 1 ? `${phone}（备用）` : phone
}

/**
 * 请核对's 联系电话 line: the filled numbers, each marked as `whosePhone` marks it, joined by '，'.
 */
export function contactPhonesLine(phone1: string, phone2: string, subject: Pick<SubjectInfo, 'self' | 'name' | 'kin' | 'phone' | 'filerPhone'>): string {
  return [phone1, phone2].filter(Boolean).map((phone, i) => whosePhone(phone, subject, i)).join('，')
}

/**
 * How a question names the person it is about: `selfWord` ('您', or '' where the question needs no
 * subject) when filing for oneself or before anyone is chosen; the member's name when a proxy files
 * for them, so "医院让张建华住院了吗？" is not read as being about the proxy.
 */
export function aboutWhom(subject: Pick<SubjectInfo, 'self' | 'name'> | null, selfWord: string): string {
  return subject && !subject.self ? subject.name : selfWord
}
