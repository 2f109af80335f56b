import type { AuthorizationMethod, AuthorizationStatus } from '@/domain/family/authorization'
import type { FamilyMemberView } from '@/domain/family/views'
import type { FilingView } from './filing-view'
import { GOOD_NEWS_DAYS, goodNews, notToldTwice } from './good-news'
import type { WaitingItem } from './waiting'

/** The fields goodNews reads, the rest of a FilingView left out. */
const filing = (over: Partial<FilingView> = {}): FilingView =>
  ({
    id: 'f1', number: 'YD20261202ABCDEF', typeName: '异地长期居住人员', status: 'APPROVED', filedBySelf: true,
    subject: { name: '王建国', idNumberMasked: '4201**********1238' },
    destination: { province: '440000', city: '440100', name: '广东省广州市' },
    review: { decision: 'APPROVE', reasons: [], missingItems: [], decidedAt: '2026-12-02T03:00:00.000Z' },
    ...over,
  }) as FilingView

/** A member whose authorisation is `method`: `at` is a 授权委托书's decidedAt, or an invitation's acceptedAt (its decidedAt stays null). */
const member = (status: AuthorizationStatus, at: string | null, method: AuthorizationMethod = 'DOCUMENT'): FamilyMemberView => ({
  id: 'm1', name: '王建国', idNumberMasked: '4201**********1238', relation: 'PARENT', relationLabel: '父母', kin: '父亲',
  phoneMasked: '138****1111', phone: '13800001111', insuredRegion: '420100', insuranceType: 'EMPLOYEE', canFile: status === 'ACTIVE',
  authorization:
    method === 'DOCUMENT'
      ? { id: 'a1', method, status, expiresAt: null, reasons: [], decidedAt: at, acceptedAt: null }
      : { id: 'a1', method, status, expiresAt: '2026-12-09T03:00:00.000Z', reasons: [], decidedAt: null, acceptedAt: at },
})

const DECIDED = '2026-12-02T03:00:00.000Z'
const at = (ms: number) => new Date(Date.parse(DECIDED) + ms)
const HOUR = 3_600_000

describe('goodNews: a good outcome is told once on the home page (备案成功, 授权委托书已通过)', () => {
  it('a reviewed filing approved: 您的备案已通过 with its number, leading to 查看', () => {
    expect(goodNews([filing()], [], [], at(HOUR))).toEqual([
      {
        kind: 'FILING_APPROVED', key: 'f1', seenKey: 'FILING_APPROVED:f1',
        title: '您的异地长期居住人员备案已通过（YD20261202ABCDEF）',
        detail: '备案成功（广东省广州市）。有效期和看病时要注意的事，在备案详情里。',
        action: '查看',
      },
    ])
  })

  // A trial: 您的备案已通过：异地急诊（抢救）人员 read as about rescue staff; the emergency flow says 急诊补办.
  it('an emergency filing is named 急诊补办, as its flow names it', () => {
    const emergency = filing({ type: 'EMERGENCY', typeName: '异地急诊（抢救）人员' })
    expect(goodNews([emergency], [], [], at(HOUR))[0]?.title).toBe('您的急诊补办备案已通过（YD20261202ABCDEF）')
  })

  it('a filing made for a parent names the parent to the proxy, and says 您 to the parent', () => {
    const proxyReads = filing({ filedBySelf: false, filedBy: { self: true, nameMasked: '王*' } })
    expect(goodNews([proxyReads], [], [], at(HOUR))[0]?.title).toBe('王建国的异地长期居住人员备案已通过（YD20261202ABCDEF）')
    const parentReads = filing({ filedBySelf: false, filedBy: { self: false, nameMasked: '王*' } })
    expect(goodNews([parentReads], [], [], at(HOUR))[0]?.title).toBe('您的异地长期居住人员备案已通过（YD20261202ABCDEF）')
    // And who filed it for them, by the name they authorised (a trial: a father was not told).
    const named = filing({ filedBySelf: false, filedBy: { self: false, nameMasked: '王*', name: '王丽', kin: '子女' } })
    expect(goodNews([named], [], [], at(HOUR))[0]?.detail).toMatch(/^备案成功（.+，由您的子女王丽代办）。/)
    expect(goodNews([proxyReads], [], [], at(HOUR))[0]?.detail).not.toContain('代办')
  })

  it('a 授权委托书 accepted: the proxy may file now, leading to 去办理', () => {
    expect(goodNews([], [member('ACTIVE', DECIDED)], [], at(HOUR))).toEqual([
      { kind: 'LETTER_APPROVED', key: 'm1', seenKey: 'LETTER_APPROVED:a1', title: '王建国的授权委托书已通过', detail: '现在可以替王建国办理备案了。', action: '去办理', opens: 'FILING' },
    ])
  })

  it('an invitation the parent said 同意 to on their own phone: the proxy is told, in kin words, leading to 去办理', () => {
    expect(goodNews([], [member('ACTIVE', DECIDED, 'INVITATION')], [], at(HOUR))).toEqual([
      { kind: 'INVITATION_ACCEPTED', key: 'm1', seenKey: 'INVITATION_ACCEPTED:a1', title: '父亲王建国已同意让您代办', detail: '现在可以替王建国办理备案了。', action: '去办理', opens: 'FILING' },
    ])
  })

  // A trial: the daughter had looked up her father's emergency stay before he agreed; 去办理 then
  // opened 我要备案's type chooser, and no card named the stay.
  it('a stay looked up for the member before they agreed: the card leads back to it, naming the admission', () => {
    for (const method of ['INVITATION', 'DOCUMENT'] as const) {
      const [card] = goodNews([], [member('ACTIVE', DECIDED, method)], [], at(HOUR), [{ memberId: 'm1', admittedOn: '2026-12-03' }])
      expect(card).toMatchObject({
        detail: '现在可以替王建国办理备案了。您替王建国查过的急诊住院（12 月 3 日入院）接着办就行，答过的都还在。补办有期限，越早交越好。',
        action: '接着办急诊备案',
        opens: 'EMERGENCY',
      })
    }
    // Another member's stay: not this card's.
    expect(goodNews([], [member('ACTIVE', DECIDED)], [], at(HOUR), [{ memberId: 'm9', admittedOn: '2026-12-03' }])[0]?.opens).toBe('FILING')
  })

  // A trial: 等待…同意 said by when the stay must be filed; 已同意让您代办, when she had to act, did not.
  it('the invitation was sent for that stay: the card still says by when; past it, nothing urged', () => {
    const sentFor = (over: object) => {
      const m = member('ACTIVE', DECIDED, 'INVITATION')
      return { ...m, authorization: { ...m.authorization!, emergency: { admittedOn: '2026-12-03', mode: 'WINDOW' as const, deadline: '2026-12-10', closed: false, ...over } } }
    }
    const checked = [{ memberId: 'm1', admittedOn: '2026-12-03' }]
    expect(goodNews([], [sentFor({})], [], at(HOUR), checked)[0]?.detail).toBe(
      '现在可以替王建国办理备案了。您替王建国查过的急诊住院（12 月 3 日入院）接着办就行，答过的都还在。要在 2026 年 12 月 10 日 24:00 前提交。',
    )
    expect(goodNews([], [sentFor({ mode: 'BEFORE_DISCHARGE', deadline: null })], [], at(HOUR), checked)[0]?.detail).toMatch(/要在出院结算前提交。$/)
    expect(goodNews([], [sentFor({ closed: true })], [], at(HOUR), checked)[0]?.detail).toMatch(/答过的都还在。$/)
    // Sent for another stay: this one's deadline is not known to the card, its urgency is.
    expect(goodNews([], [sentFor({ admittedOn: '2026-11-20' })], [], at(HOUR), checked)[0]?.detail).toMatch(/答过的都还在。补办有期限，越早交越好。$/)
  })

  // A trial: 父亲已同意让您代办 — 去办理 stayed after she had filed for him by 我要备案.
  it('an authorisation’s 去办理 card goes once the proxy has filed for the member since; an older filing for him does not count', () => {
    const forHim = (createdAt: string) => filing({ id: 'f2', status: 'UNDER_REVIEW', review: null, filedBySelf: true, createdAt })
    for (const method of ['INVITATION', 'DOCUMENT'] as const) {
      const m = member('ACTIVE', DECIDED, method)
      expect(goodNews([forHim(at(2 * HOUR).toISOString())], [m], [], at(3 * HOUR))).toEqual([])
      expect(goodNews([forHim(at(-HOUR).toISOString())], [m], [], at(3 * HOUR)).map((n) => n.kind)).toEqual([method === 'INVITATION' ? 'INVITATION_ACCEPTED' : 'LETTER_APPROVED'])
      // Someone else's filing (another person) leaves it.
      const other = filing({ id: 'f3', status: 'UNDER_REVIEW', review: null, subject: { name: '王建国', idNumberMasked: '1101**********0021' }, createdAt: at(2 * HOUR).toISOString() })
      expect(goodNews([other], [m], [], at(3 * HOUR))).toHaveLength(1)
    }
  })

  // case | filings | members | seen | hours after the decision | cards
  it.each<[string, FilingView[], FamilyMemberView[], string[], number, number]>([
    ['instant 即时办结 (no review): told on its result page', [filing({ review: null })], [], [], 1, 0],
    ['still under review', [filing({ status: 'UNDER_REVIEW', review: null })], [], [], 1, 0],
    ['approved then cancelled', [filing({ status: 'CANCELLED' })], [], [], 1, 0],
    ['already opened on this phone', [filing()], [member('ACTIVE', DECIDED)], ['FILING_APPROVED:f1', 'LETTER_APPROVED:a1'], 1, 0],
    ['just before the 7 days end', [filing()], [member('ACTIVE', DECIDED)], [], GOOD_NEWS_DAYS * 24 - 1, 2],
    ['7 days after the decision: no nagging', [filing()], [member('ACTIVE', DECIDED)], [], GOOD_NEWS_DAYS * 24, 0],
    ['a letter refused', [], [member('REJECTED', DECIDED)], [], 1, 0],
    ['a letter waiting', [], [member('PENDING_REVIEW', null)], [], 1, 0],
    ['an invitation not yet answered', [], [member('PENDING_INVITE', null, 'INVITATION')], [], 1, 0],
    ['an invitation accepted, the card opened', [], [member('ACTIVE', DECIDED, 'INVITATION')], ['INVITATION_ACCEPTED:a1'], 1, 0],
    ['an invitation accepted 7 days ago', [], [member('ACTIVE', DECIDED, 'INVITATION')], [], GOOD_NEWS_DAYS * 24, 0],
    ['an invitation accepted, then revoked', [], [member('REVOKED', DECIDED, 'INVITATION')], [], 1, 0],
    ['an invitation accepted before acceptedAt was recorded', [], [member('ACTIVE', null, 'INVITATION')], [], 1, 0],
  ])('%s', (_, filings, members, seen, hours, count) => {
    expect(goodNews(filings, members, seen, at(hours * HOUR))).toHaveLength(count)
  })

  it('does not change what it is given', () => {
    const filings = [filing()]
    const seen = ['x']
    const copy = JSON.stringify([filings, seen])
    goodNews(filings, [], seen, at(HOUR))
    expect(JSON.stringify([filings, seen])).toBe(copy)
  })
})

describe('notToldTwice: one card for a stay the good news leads back to', () => {
  const draft = (key: string): WaitingItem => ({ kind: 'EMERGENCY_DRAFT', key, title: '王建国的急诊补办备案还没提交', detail: '', action: '接着办急诊备案' })
  const other: WaitingItem = { kind: 'AWAITING_MEMBER', key: 'm1', title: '', detail: '', action: '' }

  // A trial: after the father agreed, 已同意让您代办 and 急诊补办备案还没提交 both said 接着办急诊备案.
  it('the member’s stay card gives way to the news that leads to it; other cards, and other stays, stay', () => {
    const news = goodNews([], [member('ACTIVE', DECIDED, 'INVITATION')], [], at(HOUR), [{ memberId: 'm1', admittedOn: '2026-12-03' }])
    expect(news[0]?.opens).toBe('EMERGENCY')
    expect(notToldTwice([draft('member:m1'), draft('member:m2'), draft('self'), other], news)).toEqual([draft('member:m2'), draft('self'), other])
  })

  it('news that opens 我要备案, or none (the card seen), leaves the stay’s card', () => {
    const plain = goodNews([], [member('ACTIVE', DECIDED, 'INVITATION')], [], at(HOUR))
    expect(plain[0]?.opens).toBe('FILING')
    expect(notToldTwice([draft('member:m1')], plain)).toEqual([draft('member:m1')])
    expect(notToldTwice([draft('member:m1')], [])).toEqual([draft('member:m1')])
  })
})
