import Taro from '@tarojs/taro'
import { waitFor } from '@testing-library/react'
import { downloadUpload, uploadMaterial } from '@/services/filings'
import { forgetShownPhotos } from '@/hooks/use-shown-photos'
import { fetchMe, submitVerification } from '@/services/me'
import { useMeStore } from '@/stores/use-me-store'
import { useVerificationDraftStore } from '@/stores/use-verification-draft-store'
import { click, mount, text, unmount } from '@tests/helpers/page'
import { setRouterParams } from '@/packages/mine/shared/test-fixtures'
import VerifyPage from './index'
import { PURPOSES } from '../../shared/purposes'

jest.mock('@/services/filings', () => ({ uploadMaterial: jest.fn(), downloadUpload: jest.fn() }))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), submitVerification: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

const mockedFetchMe = fetchMe as jest.MockedFunction<typeof fetchMe>
const mockedSubmit = submitVerification as jest.MockedFunction<typeof submitVerification>
const mockedUpload = uploadMaterial as jest.MockedFunction<typeof uploadMaterial>

const UNVERIFIED = { status: 'UNVERIFIED', statusLabel: '未认证', method: null, at: null, reason: null, conflict: null } as const
const ME = {
  user: { id: 'u1' },
  profile: {
    name: '李秀英', idNumber: '110105194912310021', phone: '13800000000', insuredRegion: '450206', insuranceType: 'EMPLOYEE' as const,
    updatedAt: '2026-11-30T00:00:00.000Z',
  },
  verification: UNVERIFIED,
}

const SLOTS = ['ID_CARD_FRONT', 'ID_CARD_BACK', 'ID_CARD_HOLDING'] as const

beforeEach(() => {
  Taro.removeStorageSync('beian-verification-draft')
  useVerificationDraftStore.setState({ photos: {} })
  useMeStore.setState({ me: null, loading: false, error: null })
  mockedFetchMe.mockReset().mockResolvedValue(ME as never)
  mockedSubmit.mockReset()
  mockedUpload.mockReset().mockImplementation((_path, purpose) => Promise.resolve({ id: `up-${purpose}`, kind: 'JPEG', size: 1000, purpose }))
  jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:photo' }] } as never)
})

afterEach(() => unmount())

describe('实人认证 by photos (H5)', () => {
  it('keeps the three uploaded photos across a reload, like the filing materials draft', async () => {
    await mount(VerifyPage)
    await waitFor(() => expect(document.getElementById('pick-ID_CARD_FRONT')).not.toBeNull())
    for (const slot of SLOTS) {
      click(`pick-${slot}`)
      await waitFor(() => expect(text(`slot-${slot}`)).toContain('✓ 已上传'))
    }
    const kept = JSON.parse(Taro.getStorageSync('beian-verification-draft') || '{}')
    expect(kept.state.photos.ID_CARD_HOLDING).toEqual({ id: 'up-ID_CARD_HOLDING', localPath: 'blob:photo' })

    // Reload: the page again, from what was kept on the phone, in a new launch: the kept blob paths
    // are gone; the photos are fetched again from the server (a trial: broken pictures), and one
    // that cannot be is said in words.
    unmount({ restoreMocks: false })
    forgetShownPhotos()
    ;(downloadUpload as jest.Mock).mockImplementation((id: string) => (id === 'up-ID_CARD_FRONT' ? Promise.resolve('blob:fetched-again') : Promise.reject(new Error('offline'))))
    await useVerificationDraftStore.persist.rehydrate()
    await mount(VerifyPage)
    await waitFor(() => expect(document.getElementById('slot-ID_CARD_FRONT')).not.toBeNull())
    for (const slot of SLOTS) expect(text(`slot-${slot}`)).toContain('✓ 已上传')
    await waitFor(() => expect(document.querySelector('#slot-ID_CARD_FRONT img, #slot-ID_CARD_FRONT taro-image-core')?.getAttribute('src')).toBe('blob:fetched-again'))
    await waitFor(() => expect(text('slot-ID_CARD_BACK-saved')).toBe('照片已经传好了，这里暂时显示不出来，不用重新拍。'))
    expect(document.querySelector('#slot-ID_CARD_BACK taro-image-core, #slot-ID_CARD_BACK img')).toBeNull()
    expect(text('verify-send-photos')).toBe('交给工作人员核对')
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    const status = document.getElementById('verify-status')
    expect(status?.getAttribute('aria-live')).toBe('polite')
    expect(status?.getAttribute('role')).toBe('status')

    // Handed to staff: the kept photos go.
    mockedSubmit.mockResolvedValue({ verification: { ...UNVERIFIED, status: 'PENDING', statusLabel: '等待人工核对', method: 'STAFF' } })
    mockedFetchMe.mockResolvedValue({ ...ME, verification: { ...UNVERIFIED, status: 'PENDING', statusLabel: '等待人工核对', method: 'STAFF' } } as never)
    click('verify-send-photos')
    await waitFor(() => expect(mockedSubmit).toHaveBeenCalledWith({
      provider: 'STAFF', idFrontUploadId: 'up-ID_CARD_FRONT', idBackUploadId: 'up-ID_CARD_BACK', holdingUploadId: 'up-ID_CARD_HOLDING',
    }))
    await waitFor(() => expect(text('verify-status')).toContain('照片已经交给工作人员核对'))
    // A trial: the send button is at the foot of the photos, and 实人认证：等待人工核对 opened cut
    // off at the top. The page now shows the outcome from its top, in the live region it was in.
    await waitFor(() => expect(scroll).toHaveBeenCalledWith({ scrollTop: 0, duration: 0 }))
    expect(document.getElementById('verify-status')).toBe(status)
    expect(text('verify-status')).toContain('实人认证：等待人工核对')
    expect(useVerificationDraftStore.getState().photos).toEqual({})
    // What happens next, and the way on: not only 返回.
    expect(text('verify-next')).toContain('一般 1 个工作日')
    expect(text('verify-next')).toContain('现在就可以接着办备案')
    expect(text('verify-continue')).toBe('接着办备案')
  })

  it.each([
    ['filing', '回到备案，接着办', '/packages/filing/pages/start/index'],
    ['emergency', '回到急诊备案，接着办', '/packages/emergency/pages/start/index'],
    // From a filing waiting on it (the result page, the home card): back to that filing, not a new one.
    ['waiting', '查看我的备案', '/packages/mine/pages/list/index'],
  ])('opened from a flow (?for=%s), the photos sent: leads back to it, as 实名信息 does', async (forParam, label, url) => {
    setRouterParams({ for: forParam })
    const pending = { ...UNVERIFIED, status: 'PENDING', statusLabel: '等待人工核对', method: 'STAFF' }
    mockedFetchMe.mockResolvedValue({ ...ME, verification: pending } as never)
    const forward = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    await mount(VerifyPage)
    await waitFor(() => expect(document.getElementById('verify-continue')).not.toBeNull())
    expect(text('verify-continue')).toBe(label)
    expect(text('verify-while-pending')).toBe(
      forParam === 'waiting' ? PURPOSES.waiting.whilePending : '不用在这里等，现在就可以接着办备案；核对通过以前办的备案，核对通过后就跟着办好。',
    )
    expect(document.getElementById('verify-back')).not.toBeNull()
    click('verify-continue')
    await waitFor(() => expect(forward).toHaveBeenCalledWith({ url }))
    setRouterParams({})
  })

  it('opened from an invitation (?for=invitation), the photos sent: 回到邀请 goes back to that invitation, token and all (new-user trial)', async () => {
    setRouterParams({ for: 'invitation' })
    const pending = { ...UNVERIFIED, status: 'PENDING', statusLabel: '等待人工核对', method: 'STAFF' }
    mockedFetchMe.mockResolvedValue({ ...ME, verification: pending } as never)
    const stack = [
      { route: 'pages/index/index', options: {} },
      { route: 'packages/family/pages/accept/index', options: { token: 'inv-token-1' } },
      { route: 'packages/profile/pages/verify/index', options: { for: 'invitation' } },
    ]
    jest.spyOn(Taro, 'getCurrentPages').mockImplementation(() => stack as never)
    const back = jest.spyOn(Taro, 'navigateBack').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    const forward = jest.spyOn(Taro, 'navigateTo')
    await mount(VerifyPage)
    await waitFor(() => expect(document.getElementById('verify-continue')).not.toBeNull())
    expect(text('verify-continue')).toBe('回到邀请')
    // Not 接着办备案: he came to agree to an invitation, which waits for staff as he does.
    expect(text('verify-while-pending')).toContain('核对通过以前，还不能点“同意”')
    expect(text('verify-next')).not.toContain('接着办备案')
    click('verify-continue')
    await waitFor(() => expect(back).toHaveBeenCalledWith({ delta: 1 }))
    expect(forward).not.toHaveBeenCalled()
    setRouterParams({})
  })

  it.each([
    ['open in the stack: back to it', true, { delta: 1 }, null],
    ['after a reload: opened again for the member it carries', false, null, '/packages/family/pages/authorize/index?id=m1'],
  ] as const)('opened from 请家人授权 (?for=proxy), the photos sent: 回到请家人授权, %s (a trial: 回到家人列表 led away from the stay)', async (_case, inStack, delta, url) => {
    setRouterParams({ for: 'proxy', id: 'm1' })
    const pending = { ...UNVERIFIED, status: 'PENDING', statusLabel: '等待人工核对', method: 'STAFF' }
    mockedFetchMe.mockResolvedValue({ ...ME, verification: pending } as never)
    const self = { route: 'packages/profile/pages/verify/index', options: { for: 'proxy', id: 'm1' } }
    const stack = inStack ? [{ route: 'pages/index/index', options: {} }, { route: 'packages/family/pages/authorize/index', options: { id: 'm1' } }, self] : [self]
    jest.spyOn(Taro, 'getCurrentPages').mockImplementation(() => stack as never)
    const back = jest.spyOn(Taro, 'navigateBack').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    const forward = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    await mount(VerifyPage)
    await waitFor(() => expect(document.getElementById('verify-continue')).not.toBeNull())
    expect(text('verify-continue')).toBe('回到请家人授权')
    expect(text('verify-while-pending')).toBe(PURPOSES.proxy.whilePending)
    click('verify-continue')
    if (delta) {
      await waitFor(() => expect(back).toHaveBeenCalledWith(delta))
      expect(forward).not.toHaveBeenCalled()
    } else await waitFor(() => expect(forward).toHaveBeenCalledWith({ url }))
    setRouterParams({})
  })

  it('after a reload (the invitation no longer in the stack), 回到邀请 opens it again from the token it carries (new-user trial)', async () => {
    setRouterParams({ for: 'invitation', token: 'inv-token-1' })
    const pending = { ...UNVERIFIED, status: 'PENDING', statusLabel: '等待人工核对', method: 'STAFF' }
    mockedFetchMe.mockResolvedValue({ ...ME, verification: pending } as never)
    // A reload in H5 (or WeChat reopening the page on its own): 实人认证 is the only page.
    jest.spyOn(Taro, 'getCurrentPages').mockImplementation(() => [{ route: 'packages/profile/pages/verify/index', options: { for: 'invitation', token: 'inv-token-1' } }] as never)
    const forward = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    await mount(VerifyPage)
    await waitFor(() => expect(document.getElementById('verify-continue')).not.toBeNull())
    click('verify-continue')
    await waitFor(() => expect(forward).toHaveBeenCalledWith({ url: '/packages/family/pages/accept/index?token=inv-token-1' }))
    setRouterParams({})
  })
})
