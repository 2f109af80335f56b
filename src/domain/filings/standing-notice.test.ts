import type { FilingView } from './filing-view'
import { subjectOfFiling } from './filings-for-subject'
import { draftDuplicateOf, filingsForSubject, standingNotice } from './standing-notice'

// Trial: 王大爷 learnt of his standing filing only from the 409 at the last tap. The first step
// now says what stands, and the duplicate rule the server applies (findDuplicateFiling) says
// which of those a new filing of the chosen type would duplicate.
const TODAY = '2026-12-02'

function view(overrides: Partial<FilingView>): FilingView {
  return {
    id: 'f1', number: 'YD20261202ABCDEF', type: 'LONG_TERM_RESIDENT', typeName: '异地长期居住人员', status: 'UNDER_REVIEW', statusLabel: '审核中',
    basis: 'COMMITMENT', registration: 'NEW', emergency: null, review: null,
    subject: { name: '王建国', idNumberMasked: '360102********0011' }, filedBySelf: true, filedBy: { self: true, nameMasked: '王*国' },
    destination: { province: '440000', city: '440100', name: '广东省广州市' }, startDate: TODAY, endDate: null, validFrom: null, validTo: null,
    validityExplanation: '', contacts: { phone1: '13912345678', phone2: null, addressAtDestination: '广州' }, chronicDiseaseHospital: null,
    multiPlace: false, insuredRegion: '360100', admittedOn: null, materials: [], commitment: null, supersedes: null, supersededBy: null,
    createdAt: '2026-12-02T02:00:00Z', timeline: [], actions: { canCancel: true, canChange: true, firstAllowedOn: null, explanation: '' }, citations: [],
    ...overrides,
  }
}

describe('filingsForSubject', () => {
  const own = view({ id: 'own' })
  const madeForMe = view({ id: 'for-me', filedBySelf: false, filedBy: { self: false, nameMasked: '王*' } })
  const forFather = view({ id: 'father', filedBySelf: false, subject: { name: '王大山', idNumberMasked: '360102********0033', relationLabel: '父母' } })
  const forMother = view({ id: 'mother', filedBySelf: false, subject: { name: '李秀英', idNumberMasked: '360102********0044', relationLabel: '父母' } })
  const all = [own, madeForMe, forFather, forMother]

  it('for oneself: filed for oneself, or made for one by someone else', () => {
    expect(filingsForSubject(all, { self: true }).map((f) => f.id)).toEqual(['own', 'for-me'])
  })

  it('for a family member: those the caller made for that person (name and masked ID number)', () => {
    expect(filingsForSubject(all, { self: false, name: '王大山', idNumberMasked: '360102********0033' }).map((f) => f.id)).toEqual(['father'])
    expect(filingsForSubject(all, { self: false, name: '王大山', idNumberMasked: '360102********0099' })).toEqual([])
  })

  // A cancelled emergency filing's 重新办 starts the flow for the person it was for (filingsForSubject backwards).
  it.each<[string, ReturnType<typeof subjectOfFiling>]>([
    // filing | the person its flow is for
    ['own', { self: true }],
    ['for-me', { self: true }],
    ['father', { self: false, memberId: 'm-father' }],
    // 李秀英 was removed from the family list: nobody to choose.
    ['mother', null],
  ])('subjectOfFiling(%s)', (id, expected) => {
    const members = [
      { id: 'm-father', name: '王大山', idNumberMasked: '360102********0033' },
      { id: 'm-other', name: '李秀英', idNumberMasked: '360102********0099' },
    ]
    expect(subjectOfFiling(all.find((f) => f.id === id)!, members)).toEqual(expected)
  })
})

describe('standingNotice (SPEC §7 重复备案, before the person starts)', () => {
  const standing = view({})
  const ended = view({ id: 'old', status: 'CANCELLED', statusLabel: '已取消' })

  it('is null when nothing stands', () => {
    expect(standingNotice([ended], { today: TODAY, type: null })).toBeNull()
    expect(standingNotice([], { today: TODAY, type: 'LONG_TERM_RESIDENT' })).toBeNull()
  })

  it('before a type is chosen: what stands, and that a change is a 变更', () => {
    expect(standingNotice([standing, ended], { today: TODAY, type: null })).toEqual({
      lead: '您已经有 1 条正在办理或已经生效的备案：',
      items: [{ id: 'f1', place: '去广东省广州市', line: '异地长期居住人员，审核中，备案号 YD20261202ABCDEF', conflicts: null, lockNote: null }],
      advice: '同一种备案、同一个地方只能有一条。要改地方或日期，请打开已有的备案办理变更，不用重新办。',
    })
  })

  it('the same type: that place would be refused, as the server would', () => {
    const notice = standingNotice([standing], { today: TODAY, type: 'LONG_TERM_RESIDENT' })!
    expect(notice.items[0]!.conflicts).toBe(true)
    expect(notice.advice).toBe('您选的“异地长期居住人员”，去广东省广州市的已经有了，再办一条会被退回。要改地方或日期，请打开它办理变更，不用重新办。')
  })

  // A trial: told to 办理变更 of a filing on a 承诺书, which cannot be changed for 6 months.
  it('a clash on a 承诺书 still locked: from when it can be changed, and whom to ask before', () => {
    const locked = view({
      status: 'APPROVED', statusLabel: '备案成功', validFrom: TODAY,
      actions: { canCancel: false, canChange: false, firstAllowedOn: '2027-06-02', explanation: '' },
    })
    const notice = standingNotice([locked], { today: TODAY, type: 'LONG_TERM_RESIDENT' })!
    expect(notice.items[0]!.lockNote).toBe('按个人承诺书办理，2027 年 6 月 2 日起才能变更或取消')
    expect(notice.advice).toBe(
      '您选的“异地长期居住人员”，去广东省广州市的已经有了，再办一条会被退回。它是按个人承诺书办理，2027 年 6 月 2 日起才能变更或取消；确有客观原因要提前改的，请联系参保地医保经办机构。',
    )
    expect(notice.advice).not.toContain('请打开它办理变更')
  })

  it('another type: no conflict (another type does not duplicate)', () => {
    const notice = standingNotice([standing], { today: TODAY, type: 'REFERRAL' })!
    expect(notice.items[0]!.conflicts).toBe(false)
    expect(notice.advice).toMatch(/^同一种备案、同一个地方只能有一条。/)
  })

  it('an approved filing past its validity no longer stands', () => {
    const lapsed = view({ type: 'OTHER_TEMPORARY', status: 'APPROVED', statusLabel: '备案成功', validFrom: '2026-06-01', validTo: '2026-11-30' })
    expect(standingNotice([lapsed], { today: TODAY, type: 'OTHER_TEMPORARY' })).toBeNull()
  })

  it('for a family member: says whose', () => {
    expect(standingNotice([standing], { today: TODAY, type: null, subjectName: '王大山' })!.lead).toBe('您替王大山办的备案里，有 1 条正在办理或已经生效：')
  })
})

describe('draftDuplicateOf (trial: a draft refused as a duplicate was offered back with 继续填写)', () => {
  const standing = view({ id: 'gz' })
  const draft = { type: 'LONG_TERM_RESIDENT' as const, destinationProvince: '440000', destinationCity: '440100', startDate: TODAY }

  it('the standing filing of the same type and place', () => {
    expect(draftDuplicateOf([standing], draft, TODAY)?.id).toBe('gz')
  })

  it('none for another place, another type, or a filing no longer standing', () => {
    expect(draftDuplicateOf([standing], { ...draft, destinationCity: '440300' }, TODAY)).toBeUndefined()
    expect(draftDuplicateOf([standing], { ...draft, type: 'REFERRAL' }, TODAY)).toBeUndefined()
    expect(draftDuplicateOf([view({ status: 'CANCELLED', statusLabel: '已取消' })], draft, TODAY)).toBeUndefined()
  })
})
