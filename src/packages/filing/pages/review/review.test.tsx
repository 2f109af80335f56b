import TestUtils from '@tarojs/test-utils-react'
import { waitFor } from '@testing-library/react'
import { emptyFilingDraft, useFilingDraftStore, type FilingDraft } from '@/stores/use-filing-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { useSubjectsStore } from '@/stores/use-subjects-store'
import { setClock } from '@/lib/clock'
import FilingReview from './index'

import { fetchMe } from '@/services/me'

jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
jest.mock('@/services/filings', () => ({ createFiling: jest.fn() }))

// A fresh user's trial: the 请核对 page promised "马上出结果" to a filer who had not passed 实人认证,
// whose filing then waited for staff. The promise is made only to a verified filer (issue 11).
const PROFILE = {
  name: '李娟', idNumber: '360102198503150026', phone: '13912345678', insuredRegion: '360100',
  insuranceType: 'RESIDENT' as const, birthDate: '1985-03-15', sex: 'F' as const, updatedAt: '2026-11-23T10:00:00+08:00',
}

function withReviewDraft() {
  const draft: FilingDraft = {
    ...emptyFilingDraft(), step: 'review', type: 'LONG_TERM_RESIDENT', destination: '441700', startDate: '2026-12-01',
    phone1: '13912345678', addressAtDestination: '阳江市江城区东风路 8 号',
  }
  useFilingDraftStore.setState({ subject: 'self', drafts: { self: draft } })
}

type Status = 'VERIFIED' | 'UNVERIFIED' | 'PENDING'
const verification = (status: Status) => ({ status, statusLabel: status, method: null, at: null, reason: null, conflict: null })
const mockedMe = fetchMe as jest.MockedFunction<typeof fetchMe>

/** The account on the phone and, unless told otherwise, the same from GET /api/me when the page shows. */
function withMe(status: Status, profile = PROFILE, serverStatus: Status = status) {
  useMeStore.setState({ me: { user: { id: 'u1' }, profile, verification: verification(status) }, loading: false, error: null })
  mockedMe.mockReset().mockResolvedValue({ user: { id: 'u1' }, profile, verification: verification(serverStatus) })
}

describe('请核对 page: what happens after 提交', () => {
  it.each([
    ['VERIFIED', '提交后马上出结果，不用等审核。'],
    // H5 (these tests' platform): 实人认证 is ID photos checked by staff, no quicker than the review.
    ['UNVERIFIED', '您还没有完成实人认证：提交后由工作人员审核，审核时一并核对身份（一般 1 个工作日），您不用再做什么。'],
    // A fresh user's trial: "还没有完成" to a man whose photos waited for staff read as "send them again".
    ['PENDING', '您的实人认证照片已提交，正在等工作人员核对（一般 1 个工作日）。照片核对通过，这份备案就跟着办好。'],
  ] as const)('a filer whose 实人认证 is %s reads "%s"', async (status, line) => {
    withMe(status)
    withReviewDraft()
    await new TestUtils().mount(FilingReview, {})
    await waitFor(() => expect(document.getElementById('review-instant')).not.toBeNull())
    expect(document.getElementById('review-instant')?.textContent).toBe(line)
  })

  it('reads the 实人认证 status again when shown: approved since the phone last asked → 马上出结果', async () => {
    withMe('PENDING', PROFILE, 'VERIFIED')
    withReviewDraft()
    await new TestUtils().mount(FilingReview, {})
    await waitFor(() => expect(document.getElementById('review-instant')?.textContent).toBe('提交后马上出结果，不用等审核。'))
    expect(mockedMe).toHaveBeenCalled()
  })
})

describe('请核对 page: filing for a family member', () => {
  it('an unverified proxy reads that it is her own 实人认证 the filing waits for', async () => {
    withMe('UNVERIFIED')
    useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '张建华', relationLabel: '父母', insuredRegion: '360100' } as never } })
    withReviewDraft()
    useFilingDraftStore.setState((s) => ({ subject: 'member:m1', drafts: { 'member:m1': s.drafts.self! } }))
    await new TestUtils().mount(FilingReview, {})
    await waitFor(() => expect(document.getElementById('review-instant')).not.toBeNull())
    expect(document.getElementById('review-instant')?.textContent).toBe('您（办理人）自己还没有完成实人认证：提交后由工作人员审核，审核时一并核对身份（一般 1 个工作日），您不用再做什么。')
  })

  it('a proxy whose photos wait for staff reads that they wait, not that she has not verified', async () => {
    withMe('PENDING')
    useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '张建华', relationLabel: '父母', insuredRegion: '360100' } as never } })
    withReviewDraft()
    useFilingDraftStore.setState((s) => ({ subject: 'member:m1', drafts: { 'member:m1': s.drafts.self! } }))
    await new TestUtils().mount(FilingReview, {})
    await waitFor(() => expect(document.getElementById('review-instant')).not.toBeNull())
    expect(document.getElementById('review-instant')?.textContent).toBe('您（办理人）的实人认证照片已提交，正在等工作人员核对（一般 1 个工作日）。照片核对通过，这份备案就跟着办好。')
  })
})

describe('请核对 page: the summary', () => {
  it('filing for her father, the daughter reads whose each phone number is', async () => {
    withMe('VERIFIED')
    useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '张建华', relationLabel: '父母', kin: '父亲', insuredRegion: '360100', phone: '13800001111', insuranceType: 'EMPLOYEE' } as never } })
    withReviewDraft()
    useFilingDraftStore.setState((s) => ({ subject: 'member:m1', drafts: { 'member:m1': { ...s.drafts.self!, phone1: '13800001111', phone2: PROFILE.phone } } }))
    await new TestUtils().mount(FilingReview, {})
    await waitFor(() => expect(document.getElementById('review-summary')).not.toBeNull())
    const summary = document.getElementById('review-summary')!.textContent
    expect(summary).toContain('13800001111（父亲张建华的），13912345678（您的）')
    expect(summary).toContain('张建华（父亲，由您代办）')
    // The form's 险种, his (the member record's), not hers (城乡居民医保).
    expect(summary).toContain('险种职工医保')
    expect(document.getElementById('declaration-who')!.textContent).toBe('由您（办理人）承诺：您替父亲张建华填写、提交，下面的“我”就是您。')
  })

  it('filing for herself: her number as it is, a second one marked 备用', async () => {
    withMe('VERIFIED')
    withReviewDraft()
    await new TestUtils().mount(FilingReview, {})
    await waitFor(() => expect(document.getElementById('review-summary')).not.toBeNull())
    expect(document.getElementById('review-summary')!.textContent).toContain('13912345678')
    expect(document.getElementById('review-summary')!.textContent).not.toContain('（您的）')
    expect(document.getElementById('review-summary')!.textContent).toContain('险种城乡居民医保')
    expect(document.getElementById('declaration-who')).toBeNull()
  })

  it('filing for himself with a second number: 备用 says which is which', async () => {
    withMe('VERIFIED')
    withReviewDraft()
    useFilingDraftStore.getState().update({ phone2: '13612345678' })
    await new TestUtils().mount(FilingReview, {})
    await waitFor(() => expect(document.getElementById('review-summary')).not.toBeNull())
    expect(document.getElementById('review-summary')!.textContent).toContain('13912345678，13612345678（备用）')
  })

  it('names the 参保地 as a place, e.g. 黑龙江省哈尔滨市', async () => {
    const profile = { ...PROFILE, insuredRegion: '230100' }
    withMe('VERIFIED', profile)
    withReviewDraft()
    await new TestUtils().mount(FilingReview, {})
    await waitFor(() => expect(document.getElementById('review-summary')).not.toBeNull())
    const rows = Array.from(document.querySelectorAll('#review-summary .review__row')).map((r) => r.textContent)
    expect(rows).toContain('参保地黑龙江省哈尔滨市')
    // Written as every view writes a 备案地 (destinationLabel), not as the picker shows it.
    expect(rows).toContain('备案地广东省阳江市')
  })
})

// A trial: an unverified father read 开始日期 2026-12-01 on 请核对 as the day it would hold; sent, it
// waited for staff and held from the day they approved it. Before 提交 it says what its pages will.
describe('请核对 page: the dates, as they will hold', () => {
  beforeEach(() => setClock(new Date('2026-11-29T02:00:00Z')))
  afterEach(() => setClock(null))
  const rows = () => Array.from(document.querySelectorAll('#review-summary .review__row')).map((r) => r.textContent)

  it('verified, instant: the start and end picked are the validity', async () => {
    withMe('VERIFIED')
    withReviewDraft()
    await new TestUtils().mount(FilingReview, {})
    await waitFor(() => expect(rows()).toContain('开始日期2026 年 12 月 1 日'))
    expect(rows().some((r) => r?.startsWith('申请的有效期'))).toBe(false)
  })

  it.each([
    ['long-term, start ahead', {}, '申请的有效期审核通过那天起生效，最早从 2026 年 12 月 1 日起，长期有效'],
    ['temporary: its end may move later with a late approval', { type: 'OTHER_TEMPORARY' as const, endDate: '2027-06-01' },
      '申请的有效期审核通过那天起生效，最早从 2026 年 12 月 1 日起，至少到 2027 年 6 月 1 日'],
    ['a 补办 during a stay: from the admission', { startDate: '2026-11-27', inHospital: 'YES' as const, admittedOn: '2026-11-27' },
      '申请的有效期审核通过后生效，从入院那天（2026 年 11 月 27 日）算起，长期有效'],
  ])('unverified, it waits for staff: %s', async (_what, change, row) => {
    withMe('UNVERIFIED')
    withReviewDraft()
    const draft = useFilingDraftStore.getState().drafts.self as FilingDraft
    useFilingDraftStore.setState({ drafts: { self: { ...draft, ...change } } })
    await new TestUtils().mount(FilingReview, {})
    await waitFor(() => expect(rows()).toContain(row))
    expect(rows().some((r) => r?.startsWith('开始日期'))).toBe(false)
    expect(rows().some((r) => r?.startsWith('您选的开始日期'))).toBe(false)
  })

  it('unverified, the start picked is today: the date picked is shown beside the validity (a trial: it disappeared)', async () => {
    withMe('UNVERIFIED')
    withReviewDraft()
    const draft = useFilingDraftStore.getState().drafts.self as FilingDraft
    useFilingDraftStore.setState({ drafts: { self: { ...draft, startDate: '2026-11-29' } } })
    await new TestUtils().mount(FilingReview, {})
    await waitFor(() => expect(rows()).toContain('申请的有效期审核通过那天起生效，长期有效'))
    expect(rows()).toContain('您选的开始日期2026 年 11 月 29 日（今天）')
  })
})

