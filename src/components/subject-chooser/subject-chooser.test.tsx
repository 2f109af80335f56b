import { click, mount, text, unmount } from '@tests/helpers/page'
import { LETTER_UNDER_REVIEW_DETAIL, type AuthorizationView, type FamilyMemberView } from '@/domain/family'
import SubjectChooser, { type SubjectChooserProps } from '.'

const NOW = new Date('2026-12-02T02:00:00Z')

function member(id: string, authorization: Partial<AuthorizationView> | null, canFile = false): FamilyMemberView {
  return {
    id, name: '王建国', idNumberMasked: '4201**********1238', relation: 'PARENT', relationLabel: '父母', kin: '父亲',
    phoneMasked: '139****5678', phone: '13912345678', insuredRegion: '420100', insuranceType: 'RESIDENT',
    authorization: authorization === null
      ? null
      : { id: `a-${id}`, method: 'DOCUMENT', status: 'PENDING_REVIEW', expiresAt: null, reasons: [], ...authorization },
    canFile,
  }
}

async function mountChooser(members: FamilyMemberView[], extra: Partial<SubjectChooserProps> = {}) {
  const props = { selfName: '王丽', members, selected: 'self' as const, onChoose: jest.fn(), onManageFamily: jest.fn(), now: NOW, ...extra } satisfies SubjectChooserProps
  await mount(SubjectChooser, props)
  return props
}

afterEach(() => unmount())

describe('SubjectChooser (为谁备案): what it says under a family member', () => {
  // A fresh user's trial: 王丽's 授权委托书 for her father waited for staff, and the chooser said
  // "还没有授权：点这里去请家人确认" while the 家人代办 list said 审核中.
  it('a 授权委托书 waiting for staff: 审核中, and that she can file once it is approved, as the 家人代办 list says', async () => {
    const props = await mountChooser([member('m1', { status: 'PENDING_REVIEW' })])
    expect(text('subject-m1-note')).toBe(`审核中：${LETTER_UNDER_REVIEW_DETAIL}`)
    expect(text('subject-m1-note')).toBe('审核中：授权委托书已提交，工作人员审核通过后就能代办')
    expect(text('subject-m1-note')).not.toContain('还没有授权')
    // Not chosen: tapping leads to 家人代办, where the letter's state shows.
    click('subject-m1')
    expect(props.onChoose).not.toHaveBeenCalled()
    expect(props.onManageFamily).toHaveBeenCalledTimes(1)
  })

  // columns: member | the note under them
  it.each<[string, FamilyMemberView, string]>([
    ['no authorisation asked for', member('m1', null), '还没有授权：点这里去请家人确认'],
    ['an invitation not yet accepted', member('m1', { method: 'INVITATION', status: 'PENDING_INVITE', expiresAt: '2026-12-05T00:00:00Z' }), '等家人确认：邀请已发出，家人在自己的手机上点“同意”后就能代办'],
    ['an invitation past its time', member('m1', { method: 'INVITATION', status: 'PENDING_INVITE', expiresAt: '2026-12-01T00:00:00Z' }), '邀请已过期：点这里重新发邀请'],
    // A trial: the member had sent her 实人认证 photos, and the chooser still said 等家人确认.
    [
      'an invitation whose member’s 实人认证 waits for staff',
      member('m1', { method: 'INVITATION', status: 'PENDING_INVITE', expiresAt: '2026-12-05T00:00:00Z', memberVerifying: true }),
      '实人认证核对中：工作人员核对通过、家人点了“同意”后就能代办',
    ],
    ['a letter staff refused', member('m1', { status: 'REJECTED', reasons: ['签名看不清'] }), '授权委托书没有通过审核：点这里看原因，改好后重新上传'],
    ['an authorisation revoked', member('m1', { status: 'REVOKED' }), '授权已撤销：点这里重新授权'],
    ['an active authorisation', member('m1', { status: 'ACTIVE' }, true), '已授权，可以代办'],
  ])('%s', async (_what, m, note) => {
    await mountChooser([m])
    expect(text('subject-m1-note')).toBe(note)
  })

  it('a member with an active authorisation is chosen on tap', async () => {
    const m = member('m1', { status: 'ACTIVE' }, true)
    const props = await mountChooser([m])
    click('subject-m1')
    expect(props.onChoose).toHaveBeenCalledWith('member:m1', m)
  })

  it('checkOnly (the emergency check): a member who has not authorised yet may be chosen, to look things up; the note says filing waits for them', async () => {
    const m = member('m1', { method: 'INVITATION', status: 'PENDING_INVITE', expiresAt: '2026-12-05T00:00:00Z' })
    const props = await mountChooser([m], { checkOnly: true })
    expect(text('subject-m1-note')).toBe('等家人确认：可以先替家人看看，提交要等家人同意')
    expect(document.getElementById('subject-m1')!.getAttribute('role')).toBe('radio')
    click('subject-m1')
    expect(props.onChoose).toHaveBeenCalledWith('member:m1', m)
    expect(props.onManageFamily).not.toHaveBeenCalled()
  })

  it('checkOnly, a 授权委托书 with staff: the note says it waits for the review, not for the member’s 同意 (a trial)', async () => {
    await mountChooser([member('m1', { method: 'DOCUMENT', status: 'PENDING_REVIEW' })], { checkOnly: true })
    expect(text('subject-m1-note')).toBe('审核中：可以先替家人看看，授权委托书审核通过后才能提交')
  })
})
