import Taro from '@tarojs/taro'
import { act, fireEvent, waitFor } from '@testing-library/react'
import { registerPrivacyAuthorization, type PrivacyApi } from '@/lib/privacy/wechat-privacy'
import { usePrivacyPromptStore, type PrivacyResolve } from '@/stores/use-privacy-prompt-store'
import { mount, unmount } from '@tests/helpers/page'
import PrivacyPrompt from './index'

// WeChat's onNeedPrivacyAuthorization (base library ≥ 2.32.3): the listener registered at launch
// is called here as WeChat would call it, with a resolve to record what the app answers.
type Listener = Parameters<NonNullable<PrivacyApi['onNeedPrivacyAuthorization']>>[0]

let listener: Listener | null = null
const api: PrivacyApi = { onNeedPrivacyAuthorization: (l) => { listener = l } }
const byId = (id: string) => document.getElementById(id)

async function ask(referrer: string): Promise<jest.MockedFunction<PrivacyResolve>> {
  const resolve = jest.fn() as jest.MockedFunction<PrivacyResolve>
  act(() => listener!(resolve, { referrer }))
  await waitFor(() => expect(byId('privacy-prompt')).not.toBeNull())
  return resolve
}

beforeEach(async () => {
  listener = null
  usePrivacyPromptStore.setState({ referrer: null, resolve: null })
  expect(registerPrivacyAuthorization(api)).toBe(true)
  await mount(PrivacyPrompt)
})

afterEach(() => unmount())

describe('onNeedPrivacyAuthorization', () => {
  it('shows nothing until WeChat asks; an older WeChat without the API is left to ask by itself', () => {
    expect(byId('privacy-prompt')).toBeNull()
    expect(registerPrivacyAuthorization({})).toBe(false)
  })

  it('names the API that asked, reports the dialog shown, and agrees from the agreePrivacyAuthorization button', async () => {
    const resolve = await ask('chooseMedia')
    expect(byId('privacy-prompt-api')!.textContent).toBe('接下来要拍照或从相册选择照片（上传证明材料）。用之前，请您阅读并同意《隐私保护指引》。')
    expect(resolve.mock.calls).toEqual([[{ event: 'exposureAuthorization' }]])
    const agree = byId('privacy-prompt-agree')!
    expect(agree.getAttribute('open-type') ?? (agree as unknown as { openType?: string }).openType).toBe('agreePrivacyAuthorization')

    // WeChat fires bindagreeprivacyauthorization on that button; only then may resolve say agree.
    fireEvent(agree, new Event('agreeprivacyauthorization', { bubbles: true }))
    await waitFor(() => expect(resolve).toHaveBeenCalledTimes(2))
    expect(resolve.mock.calls[1]).toEqual([{ buttonId: 'privacy-prompt-agree', event: 'agree' }])
    await waitFor(() => expect(byId('privacy-prompt')).toBeNull())
  })

  it('不同意 answers disagree (the API then fails with "privacy permission is not authorized")', async () => {
    const resolve = await ask('saveImageToPhotosAlbum')
    expect(byId('privacy-prompt-api')!.textContent).toContain('把备案回执保存到相册')
    fireEvent.click(byId('privacy-prompt-disagree')!)
    await waitFor(() => expect(byId('privacy-prompt')).toBeNull())
    expect(resolve.mock.calls).toEqual([[{ event: 'exposureAuthorization' }], [{ event: 'disagree' }]])
  })

  it('a second request while one waits refuses the first and shows the second', async () => {
    const first = await ask('setClipboardData')
    const second = await ask('chooseMedia')
    expect(first.mock.calls).toEqual([[{ event: 'exposureAuthorization' }], [{ event: 'disagree' }]])
    expect(second.mock.calls).toEqual([[{ event: 'exposureAuthorization' }]])
    expect(byId('privacy-prompt-api')!.textContent).toContain('拍照或从相册选择照片')
  })

  it('opens WeChat’s own notice where it can, ours otherwise', async () => {
    await ask('setClipboardData')
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
    const original = Taro.openPrivacyContract
    ;(Taro as { openPrivacyContract?: unknown }).openPrivacyContract = undefined
    try {
      fireEvent.click(byId('privacy-prompt-notice')!)
      expect(navigate).toHaveBeenCalledWith({ url: '/packages/common/pages/privacy/index' })
      const open = jest.fn()
      ;(Taro as { openPrivacyContract?: unknown }).openPrivacyContract = open
      fireEvent.click(byId('privacy-prompt-notice')!)
      expect(open).toHaveBeenCalledTimes(1)
    } finally {
      ;(Taro as { openPrivacyContract?: unknown }).openPrivacyContract = original
    }
  })
})
