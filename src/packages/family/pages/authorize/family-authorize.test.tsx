import Taro from '@tarojs/taro'
import { waitFor } from '@testing-library/react'
import { getAuthorizationLetter, listFamilyMembers, requestAuthorization } from '@/services/family'
import { ApiError } from '@/services/api-error'
import { uploadMaterial } from '@/services/filings'
import { fetchMe } from '@/services/me'
import { setClock } from '@/lib/clock'
import { useMeStore } from '@/stores/use-me-store'
import { useSentInvitationsStore } from '@/stores/use-sent-invitations-store'
import { emptyEmergencyDraft, useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { click, mount, text, unmount } from '@tests/helpers/page'
import { authorizationView, memberView, setRouterParams } from '../../shared/test-fixtures'
import FamilyAuthorize from './index'

jest.mock('@/services/family', () => ({ listFamilyMembers: jest.fn(), requestAuthorization: jest.fn(), getAuthorizationLetter: jest.fn() }))
jest.mock('@/services/filings', () => ({ uploadMaterial: jest.fn() }))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

const mockedList = listFamilyMembers as jest.MockedFunction<typeof listFamilyMembers>
const mockedRequest = requestAuthorization as jest.MockedFunction<typeof requestAuthorization>
const mockedUpload = uploadMaterial as jest.MockedFunction<typeof uploadMaterial>
const mockedLetter = getAuthorizationLetter as jest.MockedFunction<typeof getAuthorizationLetter>


const PATH = '/packages/family/pages/accept/index?token=tok-1'
async function mountPage(params: Record<string, string> = { id: 'm1' }) {
  setRouterParams(params, '/packages/family/pages/authorize/index')
  await mount(FamilyAuthorize)
}

beforeEach(() => {
  // Before the invitations' 2026-12-08, whatever day the tests run.
  setClock(new Date('2026-12-04T10:00:00+08:00'))
  useSentInvitationsStore.setState({ sent: {} })
  useEmergencyDraftStore.setState({ subject: 'self', drafts: {} })
  useMeStore.setState({ me: null, loading: false, error: null })
  ;(fetchMe as jest.Mock).mockReset().mockResolvedValue({ user: { id: 'u1' }, profile: null })
  mockedList.mockReset().mockResolvedValue({ members: [memberView({ id: 'm1' })] })
  mockedRequest.mockReset()
  mockedUpload.mockReset()
  // Unless a test says, the server's letter cannot be read: the page keeps its own, with a blank.
  mockedLetter.mockReset().mockRejectedValue(new Error('offline'))
  jest.spyOn(Taro, 'setClipboardData').mockImplementation(() => Promise.resolve({ errMsg: 'setClipboardData:ok' }) as never)
})

afterEach(() => {
  unmount()
  setClock(null)
})

describe('请家人授权', () => {
  it('shows the server’s 授权委托书, the member’s ID number filled in from the stored record, to copy', async () => {
    const served = ['授权委托书', '', '委托人（参保人）：张建华', '身份证号：11010519491231002X', '受托人（代办人）：李梅', '身份证号：440300195501011236'].join('\n')
    mockedLetter.mockResolvedValue({ text: served })
    await mountPage({ id: 'm1', method: 'DOCUMENT' })
    await waitFor(() => expect(text('letter-template')).toContain('身份证号：11010519491231002X'))
    expect(mockedLetter).toHaveBeenCalledWith('m1')
    expect(text('letter-template')).not.toContain('委托人照身份证填写')
    click('copy-template')
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: served })
  })

  it('creates an invitation and shows its link to copy', async () => {
    mockedRequest.mockResolvedValue({
      authorization: authorizationView({ expiresAt: '2026-12-08T02:00:00.000Z' }),
      invitation: { token: 'tok-1', path: PATH, expiresAt: '2026-12-08T02:00:00.000Z' },
    })
    await mountPage()
    await waitFor(() => expect(document.getElementById('invite')).not.toBeNull())
    expect(document.body.textContent).toContain('查看依据')
    // Off the weapp the family member confirms with ID photos that staff check: not called 最快.
    expect(text('method-INVITATION')).toContain('发邀请，让家人在自己的手机上确认')
    expect(text('method-INVITATION')).not.toContain('最快')
    click('invite')
    await waitFor(() => expect(mockedRequest).toHaveBeenCalledWith('m1', { method: 'INVITATION' }))
    await waitFor(() => expect(text('invitation-link')).toContain(PATH))
    expect(text('invitation-ready')).toContain('2026 年 12 月 8 日 10:00 前有效')
    // The outcome is said under the button, in a live region there from the start: not a toast,
    // which lay over the platform's own 内容已复制 (a new user's trial).
    const done = document.getElementById('copy-link-done')
    expect(done?.getAttribute('aria-live')).toBe('polite')
    expect(done?.textContent).toBe('')
    click('copy-link')
    // A message with the link, not the bare address (a trial): whom it is for, what to do, until when.
    expect(text('copy-link')).toBe('复制邀请（带链接）')
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: expect.stringMatching(new RegExp(`^张建华，您好。我要替您办异地就医备案，请您用自己的手机打开下面的链接，看一看，点“同意”（2026 年 12 月 8 日 10:00 前有效）：\n.*${PATH.replace(/[?]/g, '\\?')}$`)) })
    await waitFor(() => expect(text('copy-link-done')).toBe('✓ 邀请和链接已复制，可以粘贴到微信里发给家人'))
    expect(document.querySelector('.nut-toast')?.textContent ?? '').not.toContain('已复制')
  })

  /** An emergency draft with an admission date under `subject`, then 生成邀请 on the page. */
  async function inviteWithEmergencyOf(subject: 'member:m1' | 'self') {
    const expiresAt = '2026-12-08T02:00:00.000Z'
    mockedRequest.mockResolvedValue({ authorization: authorizationView({ expiresAt }), invitation: { token: 'tok-1', path: PATH, expiresAt } })
    useEmergencyDraftStore.setState({ subject, drafts: { [subject]: { ...emptyEmergencyDraft(), admittedOn: '2026-12-02' } } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('invite')).not.toBeNull())
    click('invite')
    await waitFor(() => expect(document.getElementById('invitation-ready')).not.toBeNull())
  }

  it('an emergency filing begun for the member: after the invitation, the way back to it and what its deadline means', async () => {
    await inviteWithEmergencyOf('member:m1')
    // The invitation carries the stay, so the member reads its deadline when he opens it (a trial).
    expect(mockedRequest).toHaveBeenCalledWith('m1', { method: 'INVITATION', emergencyAdmittedOn: '2026-12-02' })
    await waitFor(() => expect(document.getElementById('invitation-emergency')).not.toBeNull())
    expect(text('invitation-emergency')).toContain('补办有截止日期，不会因为等同意往后推')
    expect(text('invitation-emergency')).toContain('可以改交一份签了字的授权委托书')
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    click('invitation-back-to-emergency')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/start/index?member=m1' }))
  })

  it('no emergency begun for the member (only one for herself): nothing about it', async () => {
    await inviteWithEmergencyOf('self')
    expect(document.getElementById('invitation-emergency')).toBeNull()
    expect(mockedRequest).toHaveBeenCalledWith('m1', { method: 'INVITATION' })
  })

  it('an admission day the server refuses (a stale draft): the invitation is made without it, not lost', async () => {
    const expiresAt = '2026-12-08T02:00:00.000Z'
    mockedRequest
      .mockRejectedValueOnce(new ApiError(422, 'VALIDATION_FAILED', '请检查填写的内容', { emergencyAdmittedOn: '入院日期不能晚于今天' }))
      .mockResolvedValue({ authorization: authorizationView({ expiresAt }), invitation: { token: 'tok-1', path: PATH, expiresAt } })
    useEmergencyDraftStore.setState({ subject: 'member:m1', drafts: { 'member:m1': { ...emptyEmergencyDraft(), admittedOn: '2026-12-09' } } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('invite')).not.toBeNull())
    click('invite')
    await waitFor(() => expect(document.getElementById('invitation-ready')).not.toBeNull())
    expect(mockedRequest).toHaveBeenLastCalledWith('m1', { method: 'INVITATION' })
  })

  // A trial: a daughter who left the page could only make a new link, voiding the one her mother had.
  it('the link made on this phone is shown again while the member has yet to answer it; a newer one made elsewhere is not', async () => {
    const expiresAt = '2026-12-08T02:00:00.000Z'
    mockedRequest.mockResolvedValue({ authorization: authorizationView({ expiresAt }), invitation: { token: 'tok-1', path: PATH, expiresAt } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('invite')).not.toBeNull())
    click('invite')
    await waitFor(() => expect(text('invitation-link')).toContain(PATH))
    unmount()

    // Back later: the server still waits on that invitation.
    mockedList.mockResolvedValue({ members: [memberView({ id: 'm1', authorization: authorizationView({ status: 'PENDING_INVITE', expiresAt }) })] })
    await mountPage()
    await waitFor(() => expect(document.getElementById('invitation-link')).not.toBeNull())
    expect(text('invitation-link')).toContain(PATH)
    expect(text('invitation-ready')).toContain('2026 年 12 月 8 日 10:00 前有效')
    expect(document.getElementById('authorize-pending-invite')).toBeNull()
    expect(document.getElementById('invite')).toBeNull()
    unmount()

    // Another invitation since (another phone): this link no longer works, so it is not shown.
    mockedList.mockResolvedValue({
      members: [memberView({ id: 'm1', authorization: authorizationView({ status: 'PENDING_INVITE', expiresAt: '2026-12-09T02:00:00.000Z' }) })],
    })
    await mountPage()
    await waitFor(() => expect(document.getElementById('authorize-pending-invite')).not.toBeNull())
    expect(document.getElementById('invitation-link')).toBeNull()
    expect(text('invite')).toBe('重新发送邀请')
  })

  /** The proxy, whose 实人认证 is `status`, makes an invitation. */
  async function inviteAs(status: 'UNVERIFIED' | 'REJECTED' | 'PENDING' | 'VERIFIED') {
    ;(fetchMe as jest.Mock).mockResolvedValue({
      user: { id: 'u1' }, profile: null,
      verification: { status, statusLabel: status, method: null, at: null, reason: null, conflict: null },
    })
    mockedRequest.mockResolvedValue({
      authorization: authorizationView({ expiresAt: '2026-12-08T02:00:00.000Z' }),
      invitation: { token: 'tok-1', path: PATH, expiresAt: '2026-12-08T02:00:00.000Z' },
    })
    await mountPage()
    await waitFor(() => expect(document.getElementById('invite')).not.toBeNull())
    click('invite')
  }

  // A trial: the daughter learned only after her mother agreed that her own 实人认证 was still to do.
  it.each([
    ['UNVERIFIED', '您可以先做好您本人的实人认证（上传身份证照片，工作人员核对一般 1 个工作日）。做好以后，', true],
    ['REJECTED', '您可以先做好您本人的实人认证', true],
    ['PENDING', '您本人的实人认证照片正在核对。核对通过后，', false],
  ] as const)('while the member has yet to agree, a proxy whose 实人认证 is %s is told what hers would change', async (status, words, button) => {
    await inviteAs(status)
    await waitFor(() => expect(document.getElementById('invitation-verify-self')).not.toBeNull())
    expect(text('invitation-verify-self')).toContain(words)
    expect(text('invitation-verify-self')).toContain('办的备案，提交就能办好')
    expect(document.getElementById('invitation-verify-self-go') !== null).toBe(button)
    if (button) {
      jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
      click('invitation-verify-self-go')
      // With the member: after the photos, 实人认证 leads back here, where the invitation and the stay are.
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/profile/pages/verify/index?for=proxy&id=m1' })
    }
  })

  it('a verified proxy is not asked to verify again', async () => {
    await inviteAs('VERIFIED')
    await waitFor(() => expect(text('invitation-link')).toContain(PATH))
    expect(document.getElementById('invitation-verify-self')).toBeNull()
  })

  it('sends the signed letter and the ID photo for review', async () => {
    jest.spyOn(Taro, 'chooseMedia')
      .mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'letter.jpg' }] } as never)
      .mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'id.jpg' }] } as never)
    mockedUpload
      .mockResolvedValueOnce({ id: 'up-letter', kind: 'JPEG', size: 1000, purpose: 'AUTHORIZATION_LETTER' })
      .mockResolvedValueOnce({ id: 'up-id', kind: 'JPEG', size: 1000, purpose: 'ID_DOCUMENT' })
    mockedRequest.mockResolvedValue({ authorization: authorizationView({ method: 'DOCUMENT', status: 'PENDING_REVIEW' }), invitation: null })
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    await mountPage({ id: 'm1', method: 'DOCUMENT' })
    await waitFor(() => expect(document.getElementById('letter-template')).not.toBeNull())
    expect(text('letter-template')).toContain('委托人（参保人）：张建华')
    // Without the server's letter, the member's number is written in by hand (the app has only a masked copy), and the letter says so.
    expect(text('letter-template')).toContain('身份证号：____________________（委托人照身份证填写）')

    // Not both yet: nothing is sent.
    click('submit-document')
    expect(mockedRequest).not.toHaveBeenCalled()

    click('pick-AUTHORIZATION_LETTER')
    await waitFor(() => expect(document.getElementById('remove-up-letter')).not.toBeNull())
    click('pick-ID_DOCUMENT')
    await waitFor(() => expect(document.getElementById('remove-up-id')).not.toBeNull())
    expect(mockedUpload).toHaveBeenCalledWith('letter.jpg', 'AUTHORIZATION_LETTER')
    expect(mockedUpload).toHaveBeenCalledWith('id.jpg', 'ID_DOCUMENT')

    expect(scroll).not.toHaveBeenCalled()
    const announce = document.getElementById('authorize-announce')
    expect(announce?.textContent).toBe('')
    click('submit-document')
    await waitFor(() =>
      expect(mockedRequest).toHaveBeenCalledWith('m1', { method: 'DOCUMENT', letterUploadId: 'up-letter', idPhotoUploadId: 'up-id' }),
    )
    await waitFor(() => expect(text('document-submitted')).toContain('工作人员审核，一般 1 个工作日；通过后就能代办。'))
    // 已提交 is said once, in the title (trial: "已提交 ✓ 已提交，…").
    expect(text('document-submitted').split('已提交')).toHaveLength(2)
    // A trial: 提交审核 is at the foot of a long page, and 已提交 ✓ opened above the top edge, with
    // only 返回家人列表 in view. The page now shows it from its top, in the live region that was
    // already there (a screen reader reads it out).
    await waitFor(() => expect(scroll).toHaveBeenCalledWith({ scrollTop: 0, duration: 0 }))
    expect(document.getElementById('authorize-announce')).toBe(announce)
    expect(announce?.getAttribute('aria-live')).toBe('polite')
    expect(announce?.getAttribute('role')).toBe('status')
    expect(announce?.textContent).toContain('已提交 ✓')
    expect(document.getElementById('submit-document')).toBeNull()
    expect(text('authorize-done')).toBe('返回家人列表')
  })

  it('says so when the member is already authorised', async () => {
    mockedList.mockResolvedValue({ members: [memberView({ id: 'm1', authorization: authorizationView({ status: 'ACTIVE' }), canFile: true })] })
    await mountPage()
    await waitFor(() => expect(text('authorize-active')).toContain('已授权'))
    expect(document.getElementById('invite')).toBeNull()
  })
})
