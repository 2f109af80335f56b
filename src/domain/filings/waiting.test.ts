import { waitingOnPerson, type WaitingItem } from './waiting'
import type { FilingView } from './filing-view'
import { UNVERIFIED_REVIEW_NOTE } from '@/domain/verification/notes'
import type { VerificationStatus } from '@/domain/verification/status'
import type { WaitingInvitationView } from '@/domain/family/views'

const invitation = (over: Partial<WaitingInvitationView> = {}): WaitingInvitationView => ({
  id: 'a1', proxyName: '王*', proxyFullName: '王丽', proxyKin: '女儿', callerNeeds: [],
  memberName: '张*华', relationLabel: '父母', memberInsuredRegion: '440300', memberInsuranceType: 'EMPLOYEE', expiresAt: '2026-12-08T02:00:00.000Z', status: 'PENDING_INVITE', emergency: null,
  ...over,
})

describe('waitingOnPerson: an invitation waiting on the person (issue 13)', () => {
  it('says in plain words whose request it is, first of all cards', () => {
    const items = waitingOnPerson([], [{ key: 'self', whose: '您', admittedOn: '2026-11-29' }], [invitation()])
    expect(items.map((i) => [i.kind, i.key])).toEqual([['INVITATION', 'a1'], ['EMERGENCY_DRAFT', 'self']])
    expect(items[0]).toEqual({
      kind: 'INVITATION',
      key: 'a1',
      title: '您的女儿 王丽 请您同意她替您办理备案',
      detail: '同意以后，她可以用自己的手机替您办理异地就医备案、查看办理进度；随时可以撤销。',
      action: '去看看，同意',
    })
  })

  it('a stay looked up before anyone’s 实名信息, whose not said yet: the card names nobody (a trial: nothing led back to it)', () => {
    const [card] = waitingOnPerson([], [{ key: 'self', whose: '您', admittedOn: '2026-12-04', whoseUnknown: true }])
    expect(card).toEqual({
      kind: 'EMERGENCY_DRAFT',
      key: 'self',
      title: '刚才查的急诊住院，备案还没办完',
      detail: '12 月 4 日入院，补办备案有期限，越早交越好。点下面接着办，能看到截止日期。',
      action: '接着办急诊备案',
    })
  })

  it('sent for an emergency stay: the card says by when, before what agreeing allows (a trial)', () => {
    const emergency = { admittedOn: '2026-12-02', mode: 'WINDOW' as const, deadline: '2026-12-09', closed: false }
    expect(waitingOnPerson([], [], [invitation({ emergency })])[0].detail).toBe(
      '她在替您补办急诊住院（12 月 2 日入院）的备案，要在 2026 年 12 月 9 日 24:00 前办好：您同意了才能提交，请尽早同意。同意以后，她可以用自己的手机替您办理异地就医备案、查看办理进度；随时可以撤销。',
    )
  })

  it.each([
    ['儿子', '张伟', '您的儿子 张伟 请您同意他替您办理备案'],
    ['亲属', '李四', '您的亲属 李四 请您同意对方替您办理备案'],
  ])('kin %s, name %s → %s', (proxyKin, proxyFullName, title) => {
    expect(waitingOnPerson([], [], [invitation({ proxyKin, proxyFullName })])[0].title).toBe(title)
  })

  it('no invitations, no card', () => {
    expect(waitingOnPerson([], [])).toEqual([])
  })
})

describe('waitingOnPerson: an emergency started and not sent (SPEC §6)', () => {
  // A trial: 王建国's stay was 视同已备案 (江苏, 002 第八条(五), 第三十七条), yet the home page said
  // 王建国的急诊补办备案还没提交 … 补办备案有期限，越早交越好.
  // columns: what the flow concluded, the card's kind (none: no card), words it must not say
  it.each<[string, 'DEEMED_FILED' | 'COVERED' | null | undefined, WaitingItem['kind'] | null]>([
    ['something to file', null, 'EMERGENCY_DRAFT'],
    ['a draft saved before the field existed', undefined, 'EMERGENCY_DRAFT'],
    ['the 参保地 deems an emergency filed (002 第三十七条)', 'DEEMED_FILED', 'EMERGENCY_DEEMED'],
    ['a filing the person holds covers the stay (003 第九条; 002 第十三条)', 'COVERED', null],
  ])('%s → %s', (_why, nothingToFile, kind) => {
    const items = waitingOnPerson([], [{ key: 'member:m1', whose: '王建国', admittedOn: '2026-11-29', nothingToFile }])
    expect(items.map((i) => i.kind)).toEqual(kind ? [kind] : [])
    if (kind === 'EMERGENCY_DEEMED') {
      expect(items[0]).toEqual({
        kind: 'EMERGENCY_DEEMED',
        key: 'member:m1',
        title: '王建国这次急诊住院视同已备案，不用补办',
        detail: '11 月 29 日入院。不用交什么，出院时直接用医保结算；跟医院怎么说，点下面再看一遍。',
        action: '看跟医院怎么说',
      })
    }
    if (kind !== 'EMERGENCY_DRAFT') expect(JSON.stringify(items)).not.toMatch(/还没提交|有期限|越早/)
  })
})

describe('waitingOnPerson: the proxy’s side, a member who has not agreed yet', () => {
  const member = (id: string, status: 'PENDING_INVITE' | 'ACTIVE' | 'EXPIRED') => ({
    id, name: '张建华', idNumberMasked: '1101**********002X', relation: 'PARENT' as const, relationLabel: '父母', kin: '父亲',
    phoneMasked: '139****5678', phone: '13912345678', insuredRegion: '440300', insuranceType: 'EMPLOYEE' as const,
    authorization: { id: `a-${id}`, method: 'INVITATION' as const, status, expiresAt: '2026-12-08T02:00:00.000Z', reasons: [] },
    canFile: status === 'ACTIVE',
  })

  it('an invitation sent for his emergency stay: the card says by when it must be filed and the other way (a trial); past the deadline, nothing urged', () => {
    const sent = member('m1', 'PENDING_INVITE')
    const emergency = { admittedOn: '2026-12-02', mode: 'WINDOW' as const, deadline: '2026-12-09', closed: false }
    const [card] = waitingOnPerson([], [], [], [{ ...sent, authorization: { ...sent.authorization, emergency } }])
    expect(card.detail).toBe(
      '邀请已发出，请张建华用自己的手机打开邀请，点“同意”后您才能替张建华办理。张建华的急诊补办备案要在 2026 年 12 月 9 日 24:00 前提交，同意前提交不了；等不及的话，可以改交一份签了字的授权委托书。',
    )
    // It opens his stay, not 家人代办 (a trial).
    expect(card).toMatchObject({ action: '去看这次急诊补办', opensEmergency: true })
    const [late] = waitingOnPerson([], [], [], [{ ...sent, authorization: { ...sent.authorization, emergency: { ...emergency, closed: true } } }])
    expect(late.detail).toBe('邀请已发出，请张建华用自己的手机打开邀请，点“同意”后您才能替张建华办理。')
    expect(late.action).toBe('去家人代办看看')
    expect(late.opensEmergency).toBeUndefined()
  })

  it('a card for a pending invitation only, after the person’s own cards', () => {
    const items = waitingOnPerson([], [], [invitation()], [member('m1', 'PENDING_INVITE'), member('m2', 'ACTIVE'), member('m3', 'EXPIRED')])
    expect(items.map((i) => [i.kind, i.key])).toEqual([['INVITATION', 'a1'], ['AWAITING_MEMBER', 'm1']])
    expect(items[1]).toEqual({
      kind: 'AWAITING_MEMBER',
      key: 'm1',
      title: '等待父亲张建华同意',
      detail: '邀请已发出，请张建华用自己的手机打开邀请，点“同意”后您才能替张建华办理。',
      action: '去家人代办看看',
    })
  })

  // A trial: while the father's 实人认证 photos waited for staff, the card still said 等待…同意.
  it('the member’s 实人认证 photos wait for staff: the card says so, what comes next and how long — not 等待…同意', () => {
    const m = member('m1', 'PENDING_INVITE')
    const items = waitingOnPerson([], [], [], [{ ...m, authorization: { ...m.authorization, memberVerifying: true } }])
    expect(items).toEqual([
      {
        kind: 'AWAITING_MEMBER',
        key: 'm1',
        title: '父亲张建华的实人认证正在等工作人员核对',
        detail: '张建华已经上传了实人认证的照片，工作人员正在核对，一般 1 个工作日。核对通过后，请张建华再打开邀请点“同意”，您就能替张建华办理了。您现在不用做什么，邀请也不用重新发。',
        action: '去家人代办看看',
      },
    ])
    expect(JSON.stringify(items)).not.toContain('等待')
  })

  // A trial: an approved letter had a card; a refused one none, its reason three taps away.
  it('a 授权委托书 staff refused: a card with the reason, leading to upload a new one', () => {
    const refused = { ...member('m4', 'ACTIVE'), authorization: { id: 'a-m4', method: 'DOCUMENT' as const, status: 'REJECTED' as const, expiresAt: null, reasons: ['委托人身份证号和身份证不一致'] }, canFile: false }
    const items = waitingOnPerson([], [], [], [member('m1', 'PENDING_INVITE'), refused])
    expect(items.map((i) => [i.kind, i.key])).toEqual([['AWAITING_MEMBER', 'm1'], ['LETTER_REJECTED', 'm4']])
    expect(items[1]).toEqual({
      kind: 'LETTER_REJECTED',
      key: 'm4',
      title: '父亲张建华的授权委托书没有通过审核',
      detail: '原因：委托人身份证号和身份证不一致。请按原因改好，重新上传；通过后才能替张建华办理。',
      action: '去重新上传',
    })
  })

  // A trial: a pending invitation had a card, a 授权委托书 waiting for staff none.
  it('a 授权委托书 waiting for staff: a card that says nothing is to be done, before a refused one', () => {
    const letter = (id: string, status: 'PENDING_REVIEW' | 'REJECTED') => ({
      ...member(id, 'ACTIVE'),
      authorization: { id: `a-${id}`, method: 'DOCUMENT' as const, status, expiresAt: null, reasons: status === 'REJECTED' ? ['看不清签名'] : [] },
      canFile: false,
    })
    const invited = { ...member('m6', 'PENDING_INVITE'), authorization: { ...member('m6', 'PENDING_INVITE').authorization, status: 'PENDING_REVIEW' as const } }
    const items = waitingOnPerson([], [], [], [letter('m4', 'REJECTED'), letter('m5', 'PENDING_REVIEW'), invited as never])
    expect(items.map((i) => [i.kind, i.key])).toEqual([['LETTER_IN_REVIEW', 'm5'], ['LETTER_REJECTED', 'm4']])
    expect(items[0]).toEqual({
      kind: 'LETTER_IN_REVIEW',
      key: 'm5',
      title: '父亲张建华的授权委托书正在审核',
      detail: '工作人员正在看您上传的授权委托书，您不用再做什么。审核通过后，首页会告诉您，就能替张建华办理了。',
      action: '去家人代办看看',
    })
  })
})

describe('waitingOnPerson: filings that wait only on the caller’s own 实人认证', () => {
  const waiting = (over: Partial<FilingView> = {}): FilingView =>
    ({
      id: 'f1', status: 'UNDER_REVIEW', typeName: '其他临时外出就医人员', filedBySelf: true,
      filedBy: { self: true, nameMasked: '王*福' }, subject: { name: '王德福', idNumberMasked: '4502**********0017' },
      timeline: [
        { status: 'SUBMITTED', label: '已提交', at: '2026-12-02T13:10:00.000Z', note: null },
        { status: 'UNDER_REVIEW', label: '审核中', at: '2026-12-02T13:10:00.000Z', note: UNVERIFIED_REVIEW_NOTE },
      ],
      ...over,
    }) as FilingView

  it('one card, after the others, leading to 实人认证: the filing is done the moment it passes', () => {
    expect(waitingOnPerson([waiting()], [], [], [], 'UNVERIFIED')).toEqual([
      {
        kind: 'VERIFY', key: 'verification', title: '您的其他临时外出就医人员备案在等您做实人认证',
        detail: '做完实人认证，备案马上办好；不做的话，要等工作人员核对。', action: '去做实人认证',
      },
    ])
    expect(waitingOnPerson([waiting(), waiting({ id: 'f2' })], [], [], [], 'UNVERIFIED')[0]?.title).toBe('2 份备案在等您做实人认证')
    expect(waitingOnPerson([waiting({ filedBySelf: false, subject: { name: '张桂芳', idNumberMasked: '' } })], [], [], [], 'UNVERIFIED')[0]?.title).toBe(
      '张桂芳的其他临时外出就医人员备案在等您做实人认证',
    )
    expect(waitingOnPerson([waiting()], [], [], [], 'REJECTED')[0]?.detail).toBe('上次的照片没有通过，请按提示重新认证。认证通过，备案马上办好。')
  })

  // A fresh trial: the card's only link, "去做实人认证", read as a task beside the result page's
  // "您不用再做什么". In H5 the review checks identity itself (initialFilingStatus: staff may approve
  // an unverified filer's filing), so 实人认证 is optional there: the card says so, and what it brings.
  it('in H5 (ID photos, checked by staff in about the review\'s time) the card says nothing is asked, and 实人认证 is optional', () => {
    expect(waitingOnPerson([waiting()], [], [], [], 'UNVERIFIED', 'ID_PHOTOS')).toEqual([
      {
        kind: 'VERIFY', key: 'verification', title: '您的其他临时外出就医人员备案在等工作人员核对身份',
        detail: '您不用再做什么：工作人员核对好身份，备案就生效。', action: '可选：做实人认证，以后办备案不用再等核对',
        // Drawn plain (a trial: a card that asks nothing wore a big orange button).
        asksNothing: true,
      },
    ])
    expect(waitingOnPerson([waiting(), waiting({ id: 'f2' })], [], [], [], 'UNVERIFIED', 'ID_PHOTOS')[0]?.title).toBe('2 份备案在等工作人员核对身份')
    const [rejected] = waitingOnPerson([waiting()], [], [], [], 'REJECTED', 'ID_PHOTOS')
    expect(rejected?.detail).toBe('您不用再做什么：工作人员核对好身份，备案就生效。上次的实人认证照片没有通过。')
    expect(rejected?.action).toBe('可选：重新上传照片，以后办备案不用再等核对')
    expect(rejected?.detail).not.toContain('马上')
  })

  // A trial: once the photos were sent the card went, and the filing seemed to vanish from home.
  it.each(['FACE', 'ID_PHOTOS'] as const)('while the photos wait for staff (%s), the card says so and leads to the progress', (means) => {
    expect(waitingOnPerson([waiting()], [], [], [], 'PENDING', means)).toEqual([
      {
        kind: 'VERIFY', key: 'verification', title: '您的其他临时外出就医人员备案在等工作人员核对身份',
        detail: '您的实人认证照片正在核对，核对通过，这份备案就跟着办好，不用再做什么。', action: '查看实人认证进度',
        asksNothing: true,
      },
    ])
  })

  // case | filings | the caller's 实人认证 | cards
  it.each<[string, FilingView[], VerificationStatus | null, number]>([
    ['verified (a reviewer holds it)', [waiting()], 'VERIFIED', 0],
    ['status not known', [waiting()], null, 0],
    ['made by someone else for the caller', [waiting({ filedBy: { self: false, nameMasked: '刘*军' } })], 'UNVERIFIED', 0],
    ['in review for another reason (an emergency)', [waiting({ timeline: [{ status: 'UNDER_REVIEW', label: '审核中', at: '', note: null }] })], 'UNVERIFIED', 0],
    ['a reviewer sent it back since (补充材料 is its card)', [waiting({ status: 'NEEDS_MATERIALS' })], 'UNVERIFIED', 0],
    ['no filing, 实人认证 not done', [], 'UNVERIFIED', 0],
    ['no filing, photos checked', [], 'VERIFIED', 0],
  ])('%s', (_, filings, verification, count) => {
    expect(waitingOnPerson(filings, [], [], [], verification).filter((i) => i.kind === 'VERIFY')).toHaveLength(count)
  })

  it('photos sent and no filing waiting on them: a calm card that they are being checked (a trial: the home page said nothing)', () => {
    expect(waitingOnPerson([], [], [], [], 'PENDING', 'ID_PHOTOS')).toEqual([
      {
        kind: 'VERIFY',
        key: 'verification',
        title: '您的实人认证照片正在核对',
        detail: '工作人员一般 1 个工作日内核对好，您不用再做什么，也不用重新拍。核对好以后，办备案不用再等核对身份。',
        action: '查看实人认证进度',
        asksNothing: true,
      },
    ])
  })

  // A trial: a father who had opened his son's invitation was told only 办备案不用再等核对身份.
  it('photos sent for an invitation opened on this phone: the card says its 同意 comes next, naming who asks', () => {
    const [card] = waitingOnPerson([], [], [], [], 'PENDING', 'ID_PHOTOS', { proxyKin: '儿子', proxyFullName: '王强' })
    expect(card.detail).toBe('工作人员一般 1 个工作日内核对好，您不用再做什么，也不用重新拍。核对好以后，这里会出现您儿子 王强的邀请，点“同意”，他就能替您办备案了。')
    expect(waitingOnPerson([], [], [], [], 'PENDING', 'ID_PHOTOS', { proxyKin: '女儿', proxyFullName: '王丽' })[0].detail).toMatch(/点“同意”，她就能替您办备案了。$/)
    // Checked since, or never sent: no card for it (the invitation's own card comes once checked).
    expect(waitingOnPerson([], [], [], [], 'VERIFIED', 'ID_PHOTOS', { proxyKin: '儿子', proxyFullName: '王强' })).toEqual([])
  })
})

// A fresh trial: a daughter filed for her father (家人代办, his authorisation); on his own phone the
// home page said nothing while it was in review. The card says who filed it, and that he need do nothing.
describe('waitingOnPerson: a filing a family member made for the caller, in review', () => {
  const forHim = (over: Partial<FilingView> = {}): FilingView =>
    ({
      id: 'f9', status: 'UNDER_REVIEW', typeName: '异地长期居住人员', filedBySelf: false,
      filedBy: { self: false, nameMasked: '李*梅', name: '李红梅', kin: '子女' }, subject: { name: '李建国', idNumberMasked: '4502**********0017' },
      timeline: [{ status: 'UNDER_REVIEW', label: '审核中', at: '2026-12-02T13:10:00.000Z', note: null }],
      review: null,
      ...over,
    }) as FilingView

  it('one card a filing, last, naming who filed it; nothing asked, the way to its details', () => {
    expect(waitingOnPerson([forHim()], [], [], [], null)).toEqual([
      {
        kind: 'FILED_FOR_YOU', key: 'f9', title: '您的子女李红梅替您办的异地长期居住人员备案正在审核',
        detail: '您不用做什么。工作人员审核通过后备案就生效，首页会告诉您。', action: '查看这份备案',
      },
    ])
    // Without the full name (not the proxy he authorised by name): the masked one.
    expect(waitingOnPerson([forHim({ filedBy: { self: false, nameMasked: '李*梅' } })], [])[0]?.title).toBe('李*梅替您办的异地长期居住人员备案正在审核')
  })

  // case | the filing | cards
  it.each<[string, Partial<FilingView>, WaitingItem['kind'][]]>([
    ['submitted, not yet in review', { status: 'SUBMITTED' }, ['FILED_FOR_YOU']],
    ['approved (its good news tells it)', { status: 'APPROVED' }, []],
    ['sent back for 补充材料: that card, naming him 您', { status: 'NEEDS_MATERIALS' }, ['MATERIALS']],
    ['filed by the caller for a family member: their own in-review card', { filedBy: { self: true, nameMasked: '李*梅' } }, ['IN_REVIEW']],
    ['filed by the caller for themselves: their own in-review card', { filedBySelf: true, filedBy: { self: true, nameMasked: '李*国' } }, ['IN_REVIEW']],
    ['filed by the caller and waiting on their own 实人认证: the 实人认证 card covers it', { filedBySelf: true, filedBy: { self: true, nameMasked: '李*国' }, timeline: [{ status: 'UNDER_REVIEW', label: '审核中', at: '2026-12-02T13:10:00.000Z', note: UNVERIFIED_REVIEW_NOTE }] }, []],
  ])('%s', (_, over, kinds) => {
    expect(waitingOnPerson([forHim(over)], [], [], [], null).map((i) => i.kind)).toEqual(kinds)
  })

  // A fresh trial: a filing waiting on his daughter's ID photos said 工作人员审核通过后.
  it('waiting on the filer’s 实人认证, says it waits on the filer’s identity, not on a reviewer', () => {
    const waiting = forHim({ timeline: [{ status: 'UNDER_REVIEW', label: '审核中', at: '2026-12-02T13:10:00.000Z', note: UNVERIFIED_REVIEW_NOTE }] })
    expect(waitingOnPerson([waiting], [])[0]?.detail).toBe('您不用做什么。等您的子女李红梅的身份核对好，备案就生效，首页会告诉您。')
  })

  // A fresh trial: a father's own emergency filing in review showed nothing on his home page.
  it('the caller’s own filing in review: a card that asks nothing, naming whose', () => {
    // An emergency filing is named as its flow names it, 急诊补办 (a trial read 异地急诊（抢救）人员 as rescue staff).
    const own = forHim({ filedBySelf: true, filedBy: { self: true, nameMasked: '李*国' }, type: 'EMERGENCY', typeName: '异地急诊（抢救）人员' })
    expect(waitingOnPerson([own], [])).toEqual([
      { kind: 'IN_REVIEW', key: 'f9', title: '您的急诊补办备案正在审核', detail: '现在不用做什么。审核好了首页会告诉您；要补什么、改什么，也会在这里说。', action: '查看这份备案' },
    ])
    expect(waitingOnPerson([forHim({ filedBy: { self: true, nameMasked: '李*梅' } })], [])[0]?.title).toBe('李建国的异地长期居住人员备案正在审核')
  })

  // A trial: asked for his daughter's ID, the father's card sent him to 去补充材料 as if it were his.
  it('his 补充材料 card says who filed it and can add it all, and leads to which, if any, are his', () => {
    const review = { decision: 'REQUEST_MATERIALS' as const, reasons: [], missingItems: ['代办人的有效身份证件'], corrections: [], decidedAt: '2026-12-03T02:00:00.000Z' }
    expect(waitingOnPerson([forHim({ status: 'NEEDS_MATERIALS', review })], [])).toEqual([
      {
        kind: 'MATERIALS', key: 'f9', title: '您的子女李红梅替您办的异地长期居住人员备案要补充材料',
        detail: '工作人员列出了 1 项要补的材料（代办人的有效身份证件），您的子女李红梅可以用自己的手机补齐；您要做什么，点下面看。', action: '看看要补什么',
      },
    ])
    // A question only: his to answer as much as hers, as before.
    const question = { ...review, missingItems: ['为什么到广州就医？'] }
    expect(waitingOnPerson([forHim({ status: 'NEEDS_MATERIALS', review: question })], [])[0]?.title).toBe('您的异地长期居住人员备案：审核员有个问题要您回答')
  })
})

// A trial: the card said 2 items where the 补充材料 page listed 3 (the corrections were not counted).
describe('waitingOnPerson: 补充材料 counts the materials and the corrections asked for', () => {
  const asking = (missingItems: string[], corrections: Array<'addressAtDestination' | 'phone1' | 'phone2'>): FilingView =>
    ({
      id: 'f1', status: 'NEEDS_MATERIALS', typeName: '异地急诊（抢救）人员', filedBySelf: true,
      filedBy: { self: true, nameMasked: '王*福' }, subject: { name: '王德福', idNumberMasked: '4502**********0017' },
      review: { decision: 'REQUEST_MATERIALS', reasons: [], missingItems, corrections, decidedAt: '2026-12-02T13:10:00.000Z' },
      contacts: { phone1: '13812345678', phone2: null, addressAtDestination: '阳江市江城区东风路 8 号' },
      timeline: [],
    }) as unknown as FilingView
  it.each<[string[], Array<'addressAtDestination' | 'phone1' | 'phone2'>, string]>([
    [['入院记录', '诊断证明'], [], '工作人员列出了 2 项要补的材料（入院记录、诊断证明），补齐后才能继续审核。'],
    [['入院记录', '诊断证明'], ['addressAtDestination'], '工作人员列出了 3 项要补的材料和要改正的内容（入院记录、诊断证明、外地住址），补齐后才能继续审核。'],
    // More than 3: counted, not listed (the page lists them).
    [['入院记录', '诊断证明', '门诊病历'], ['phone1'], '工作人员列出了 4 项要补的材料和要改正的内容，补齐后才能继续审核。'],
    // Corrections only: no photo, 改好 (a trial: 要补充材料 while the page said 不用拍照).
    [[], ['phone1'], '不用拍照。工作人员列出了 1 项要改正的内容（联系电话），在备案页面里改好后才能继续审核。'],
    // Typed fields only are named (a trial: 1 项要填写的内容 told a daughter nothing of what to ask her father).
    [[], ['phone1', 'addressAtDestination'], '不用拍照。工作人员列出了 2 项要改正的内容（联系电话、外地住址），在备案页面里改好后才能继续审核。'],
    // A question beside them is counted apart, as the reviewer's message does (a trial: 3 项 against its 请补充 2 项).
    [['入院记录', '急诊诊断证明上看不清医院公章：请补拍入院记录', '请说明：发病时在阳江住在哪里'], [], '工作人员列出了 2 项要补的材料，还有 1 个问题要您回答，补齐、答完后才能继续审核。'],
  ])('%j and %j', (missingItems, corrections, detail) => {
    expect(waitingOnPerson([asking(missingItems, corrections)], [])[0]).toMatchObject({ kind: 'MATERIALS', detail })
  })

  it('corrections only: the card is named for them, and its button says 去改正', () => {
    expect(waitingOnPerson([asking([], ['phone1', 'addressAtDestination'])], [])[0]).toMatchObject({
      title: '您的异地急诊（抢救）人员备案要改正填写的内容',
      action: '去改正',
    })
    const forHim = { ...asking([], ['phone1']), filedBySelf: false, filedBy: { self: false, nameMasked: '王*梅', kin: '女儿' } } as unknown as FilingView
    const card = waitingOnPerson([forHim], [])[0]!
    expect(card.detail).toContain('可以用自己的手机改好')
    expect(card.action).toBe('看看要改什么')
  })

  // A trial: the card said 去改正 for a 外地住址 the emergency form never asked for; the page said 填好.
  it('only fields the filing left empty: 填写, not 改正, on the card, its button and its deadline', () => {
    const empty = { ...asking([], ['addressAtDestination']), contacts: { phone1: '13812345678', phone2: null, addressAtDestination: '' }, emergency: { deadline: '2026-12-09' } } as unknown as FilingView
    expect(waitingOnPerson([empty], [])[0]).toMatchObject({
      title: '您的异地急诊（抢救）人员备案要填写缺少的内容',
      detail: '不用拍照。工作人员列出了 1 项要填写的内容（外地住址），在备案页面里填好后才能继续审核。请在 2026 年 12 月 9 日 24:00 前填好。',
      action: '去填写',
    })
    const forHim = { ...empty, filedBySelf: false, filedBy: { self: false, nameMasked: '王*梅', kin: '女儿' } } as unknown as FilingView
    const card = waitingOnPerson([forHim], [])[0]!
    expect(card.detail).toBe('工作人员列出了 1 项要填写的内容（外地住址），王*梅可以用自己的手机填好；您要做什么，点下面看。请在 2026 年 12 月 9 日 24:00 前填好。')
    expect(card.action).toBe('看看要填什么')
    // A filled field asked with it is still 改正.
    const both = { ...empty, review: { ...empty.review, corrections: ['addressAtDestination', 'phone1'] } } as unknown as FilingView
    expect(waitingOnPerson([both], [])[0]).toMatchObject({ action: '去改正' })
  })

  // A trial: the date was only on the filing's page.
  it.each<[string[], string]>([
    [['为什么到广州就医？'], '不用补材料，在备案页面里看问题，写下您的回答就行，回答后才能继续审核。请在 2026 年 12 月 9 日 24:00 前回答。'],
    [['入院记录'], '工作人员列出了 1 项要补的材料（入院记录），补齐后才能继续审核。请在 2026 年 12 月 9 日 24:00 前补齐。'],
  ])('an emergency filing’s card says by when (%j)', (missingItems, detail) => {
    const emergency = { ...asking(missingItems, []), emergency: { deadline: '2026-12-09' } } as unknown as FilingView
    expect(waitingOnPerson([emergency], [])[0]).toMatchObject({ kind: 'MATERIALS', detail })
  })
})
