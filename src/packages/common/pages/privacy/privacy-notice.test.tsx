import Taro from '@tarojs/taro'
import { fireEvent, waitFor } from '@testing-library/react'
import { request } from '@/services/http'
import { useMeStore } from '@/stores/use-me-store'
import { EMPTY_PROFILE_DRAFT, useProfileDraftStore } from '@/stores/use-profile-draft-store'
import { useSessionStore } from '@/stores/use-session-store'
import { useSettingsStore } from '@/stores/use-settings-store'
import { mount, unmount } from '@tests/helpers/page'
import PrivacyNoticePage from './index'

// The 隐私保护指引 page: the server's notice, and 撤回同意并删除我的信息 through a plain confirm.
jest.mock('@/services/http', () => ({ request: jest.fn(), upload: jest.fn(), onUnauthorized: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

const { PRIVACY_NOTICE } = jest.requireActual('@/domain/privacy')
const { ApiError } = jest.requireActual('@/services/api-error')
const mockedRequest = request as jest.MockedFunction<typeof request>

// A notice as a newer server might serve it: the page shows the server's, not the bundled copy.
const SERVED = {
  version: '2027-01-15',
  text: { ...PRIVACY_NOTICE.text, effectiveOn: '2027-01-15', sections: [...PRIVACY_NOTICE.text.sections, { id: 'later', title: '以后新增的一段', paragraphs: ['（新增的一段）'] }] },
}
let deleteAnswer: () => Promise<unknown>

function server(path: string, opts: { method?: string } = {}): Promise<unknown> {
  const method = opts.method ?? 'GET'
  if (method === 'GET' && path === '/api/privacy-notice') return Promise.resolve(SERVED)
  if (method === 'DELETE' && path === '/api/me') return deleteAnswer()
  return Promise.reject(new Error(`unexpected ${method} ${path}`))
}

const byId = (id: string) => document.getElementById(id)
const deletes = () => mockedRequest.mock.calls.filter(([, opts]) => opts?.method === 'DELETE')
beforeEach(async () => {
  deleteAnswer = async () => ({ deleted: { profile: true, familyMembers: 1, uploads: 2 }, kept: { filings: 2, familyMembers: 0 } })
  mockedRequest.mockReset().mockImplementation(server as typeof request)
  useSessionStore.setState({ token: 'old-token', userId: 'u1' })
  useMeStore.setState({ me: { user: { id: 'u1' }, profile: null, privacyConsent: { version: '2026-12-01', at: '2026-11-30T01:00:00.000Z' } } })
  useProfileDraftStore.setState({ draft: { ...EMPTY_PROFILE_DRAFT, name: '张建华' }, touched: {}, dirty: true })
  useSettingsStore.setState({ elder: true })
  jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'reLaunch:ok' }))
  await mount(PrivacyNoticePage)
})

afterEach(() => {
  unmount()
  useSettingsStore.setState({ elder: false })
})

describe('隐私保护指引 page', () => {
  it('shows the notice the server serves, section by section, with its version', async () => {
    await waitFor(() => expect(byId('privacy-version')?.textContent).toBe('2027 年 1 月 15 日起施行（版本 2027-01-15）'))
    expect(byId('privacy-collected')!.textContent).toContain('身份证号码')
    expect(byId('privacy-retention')!.textContent).toContain('第五十八条')
    expect(byId('privacy-verification')!.textContent).toContain('不保存您的人脸照片')
    expect(byId('privacy-later')!.textContent).toContain('（新增的一段）')
  })

  it('deletes only after a confirm that says what goes and what stays; then nothing personal is left on the phone', async () => {
    fireEvent.click(byId('privacy-delete')!)
    await waitFor(() => expect(byId('privacy-delete-dialog')).not.toBeNull())
    const said = byId('privacy-delete-dialog')!.textContent
    expect(said).toContain('将删除：您的实名信息；您添加的家人，和发出的邀请、授权；还没用在备案里的照片')
    expect(said).toContain('会保留：已经提交的备案和它们的材料')
    expect(said).toContain('删除后不能恢复')
    expect(deletes()).toEqual([])

    fireEvent.click(byId('privacy-delete-confirm')!)
    await waitFor(() => expect(byId('privacy-deleted')).not.toBeNull())
    expect(deletes()).toEqual([['/api/me', { method: 'DELETE' }]])
    expect(byId('privacy-deleted')!.textContent).toContain('已提交的 2 份备案作为医保经办机构的档案保留')
    expect(useSessionStore.getState().token).toBeNull()
    expect(useMeStore.getState().me).toBeNull()
    expect(useProfileDraftStore.getState().draft).toEqual(EMPTY_PROFILE_DRAFT)
    expect(Taro.getStorageSync('beian-profile-draft')).toBeFalsy()
    // 长辈模式 is a setting of the phone, not personal data: it stays.
    expect(useSettingsStore.getState().elder).toBe(true)
    fireEvent.click(byId('privacy-home')!)
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })

  it('不删了 keeps everything; a failed delete says so and keeps everything too', async () => {
    fireEvent.click(byId('privacy-delete')!)
    await waitFor(() => expect(byId('privacy-delete-dialog')).not.toBeNull())
    fireEvent.click(byId('privacy-delete-keep')!)
    expect(deletes()).toEqual([])

    deleteAnswer = async () => {
      throw new ApiError(0, 'NETWORK', '网络不太好，没有连上服务器。您填的内容已保存，请稍后再点一次。')
    }
    fireEvent.click(byId('privacy-delete')!)
    await waitFor(() => expect(byId('privacy-delete-confirm')).not.toBeNull())
    fireEvent.click(byId('privacy-delete-confirm')!)
    await waitFor(() => expect(byId('privacy-delete-error')?.textContent).toContain('网络不太好'))
    expect(useSessionStore.getState().token).toBe('old-token')
    expect(useProfileDraftStore.getState().draft.name).toBe('张建华')
  })
})
