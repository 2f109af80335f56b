import Taro from '@tarojs/taro'
import { fireEvent, waitFor } from '@testing-library/react'
import { idCheckChar } from '@/domain/validation/id-number'
import { request } from '@/services/http'
import { useConsentDraftStore } from '@/stores/use-consent-draft-store'
import { EMPTY_PROFILE_DRAFT, useProfileDraftStore } from '@/stores/use-profile-draft-store'
import { mount, unmount } from '@tests/helpers/page'
import { reopenApp } from '@tests/helpers/reopen'
import ProfileEdit from './index'

// The separate consent before the first 实名信息 (个人信息保护法 第二十八条, 第二十九条). The http
// service is the mock: what the page would send over the wire is what these tests see.
jest.mock('@/services/http', () => ({ request: jest.fn(), upload: jest.fn(), onUnauthorized: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

const { ApiError } = jest.requireActual('@/services/api-error')
const { PRIVACY_NOTICE } = jest.requireActual('@/domain/privacy')
const mockedRequest = request as jest.MockedFunction<typeof request>

const VALID_ID = '11010519491231002' + idCheckChar('11010519491231002')
const DRAFT = { name: '张建华', idNumber: VALID_ID, phone: '13812345678', insuredRegion: '441700', insuranceType: 'RESIDENT' as const }
const SAVED = { ...DRAFT, birthDate: '1949-12-31', sex: 'M', updatedAt: '2026-11-30T10:00:00+08:00' }

type Consent = { version: string; at: string } | null
let consentOnRecord: Consent = null
let putAnswer: () => Promise<unknown> = async () => ({ profile: SAVED })

function server(path: string, opts: { method?: string } = {}): Promise<unknown> {
  const method = opts.method ?? 'GET'
  if (method === 'GET' && path === '/api/privacy-notice') return Promise.resolve(PRIVACY_NOTICE)
  if (method === 'GET' && path === '/api/me') return Promise.resolve({ user: { id: 'u1' }, profile: null, privacyConsent: consentOnRecord })
  if (method === 'PUT' && path === '/api/me/profile') return putAnswer()
  return Promise.reject(new Error(`unexpected ${method} ${path}`))
}

const puts = () => mockedRequest.mock.calls.filter(([, opts]) => opts?.method === 'PUT')
const byId = (id: string) => document.getElementById(id)
function click(id: string) {
  const el = byId(id)
  if (!el) throw new Error(`no element #${id}`)
  fireEvent.click(el)
}

async function mountPage() {
  await mount(ProfileEdit)
  await waitFor(() => expect(mockedRequest).toHaveBeenCalledWith('/api/me'))
}

beforeEach(() => {
  consentOnRecord = null
  putAnswer = async () => ({ profile: SAVED })
  useProfileDraftStore.setState({ draft: { ...DRAFT }, touched: {}, dirty: true })
  mockedRequest.mockReset().mockImplementation(server as typeof request)
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
  jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'reLaunch:ok' }))
})

afterEach(() => {
  unmount()
  useProfileDraftStore.setState({ draft: EMPTY_PROFILE_DRAFT, touched: {}, dirty: false })
})

describe('实名信息: consent before anything is sent', () => {
  it('shows the consent step, not the form, and sends nothing until the box is ticked and 同意并继续 tapped', async () => {
    await mountPage()
    await waitFor(() => expect(byId('privacy-consent')).not.toBeNull())
    expect(byId('profile-save')).toBeNull()
    expect(byId('privacy-consent')!.textContent).toContain('身份证号')
    expect(byId('privacy-consent-check')!.getAttribute('aria-checked')).toBe('false')

    // 同意并继续 without the tick: a plain nudge, still no form.
    click('privacy-consent-agree')
    await waitFor(() => expect(byId('privacy-consent-nudge')?.textContent).toBe('请先点一下上面的方框，打上 ✓ 表示同意。'))
    expect(byId('profile-save')).toBeNull()

    // The notice itself is one tap away.
    click('privacy-consent-notice')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/common/pages/privacy/index' })
    expect(puts()).toEqual([])
  })

  it('refusing keeps the person on the page, says what still works, and sends nothing', async () => {
    await mountPage()
    await waitFor(() => expect(byId('privacy-consent')).not.toBeNull())
    click('privacy-consent-refuse')
    await waitFor(() => expect(byId('privacy-consent-refused')).not.toBeNull())
    expect(byId('privacy-consent-refused')!.textContent).toContain('我们不会保存您的任何信息')
    expect(byId('privacy-consent-refused')!.textContent).toContain('用备案号查办理进度')
    click('privacy-consent-status')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/status/pages/lookup/index' })
    click('privacy-consent-home')
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
    expect(byId('profile-save')).toBeNull()
    expect(puts()).toEqual([])
  })

  it('after consent the form appears, and the save carries the version agreed to', async () => {
    await mountPage()
    await waitFor(() => expect(byId('privacy-consent')).not.toBeNull())
    click('privacy-consent-check')
    await waitFor(() => expect(byId('privacy-consent-check')!.getAttribute('aria-checked')).toBe('true'))
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    click('privacy-consent-agree')
    await waitFor(() => expect(byId('profile-save')).not.toBeNull())
    expect(byId('privacy-consent')).toBeNull()
    // The form is shown from its top (姓名), not from where 同意并继续 was.
    await waitFor(() => expect(scroll).toHaveBeenCalledWith({ scrollTop: 0, duration: 0 }))

    click('profile-save')
    await waitFor(() => expect(puts()).toHaveLength(1))
    expect(puts()[0]).toEqual([
      '/api/me/profile',
      {
        method: 'PUT',
        data: { ...DRAFT, privacyConsent: { version: '2026-12-01' } },
      },
    ])
    await waitFor(() => expect(byId('profile-saved')).not.toBeNull())
  })

  it('agreed, then the app closed before 保存: the form comes back without asking again, and the save still carries the consent', async () => {
    await mountPage()
    await waitFor(() => expect(byId('privacy-consent')).not.toBeNull())
    click('privacy-consent-check')
    await waitFor(() => expect(byId('privacy-consent-check')!.getAttribute('aria-checked')).toBe('true'))
    click('privacy-consent-agree')
    await waitFor(() => expect(byId('profile-save')).not.toBeNull())
    expect(puts()).toEqual([])

    // Closed: the page goes, the in-memory store is emptied, then read back from the phone's storage.
    unmount()
    const kept = await reopenApp(useConsentDraftStore, 'beian-consent-draft')
    expect(kept.state.agreed).toEqual({ PROFILE: '2026-12-01' })

    await mountPage()
    await waitFor(() => expect(byId('profile-save')).not.toBeNull())
    expect(byId('privacy-consent')).toBeNull()
    click('profile-save')
    await waitFor(() => expect(puts()).toHaveLength(1))
    expect(puts()[0]![1]).toEqual({ method: 'PUT', data: { ...DRAFT, privacyConsent: { version: '2026-12-01' } } })
    // Saved: the server's record counts from now on; the phone keeps no agreement of its own.
    await waitFor(() => expect(byId('profile-saved')).not.toBeNull())
    expect(useConsentDraftStore.getState().agreed).toEqual({})
    expect(byId('privacy-consent')).toBeNull()
  })

  it('with consent to the current version on record: the form at once, and no consent resent', async () => {
    consentOnRecord = { version: '2026-12-01', at: '2026-11-30T02:00:00.000Z' }
    await mountPage()
    await waitFor(() => expect(byId('profile-save')).not.toBeNull())
    expect(byId('privacy-consent')).toBeNull()
    click('profile-save')
    await waitFor(() => expect(puts()).toHaveLength(1))
    expect(puts()[0]![1]).toEqual({ method: 'PUT', data: DRAFT })
  })

  it('consent to an older version on record: the step shows again', async () => {
    consentOnRecord = { version: '2026-01-01', at: '2026-01-01T02:00:00.000Z' }
    await mountPage()
    await waitFor(() => expect(byId('privacy-consent')).not.toBeNull())
    expect(byId('profile-save')).toBeNull()
  })

  it('the server answering PRIVACY_CONSENT_REQUIRED brings the step back with its message, and keeps the draft', async () => {
    consentOnRecord = { version: '2026-12-01', at: '2026-11-30T02:00:00.000Z' }
    putAnswer = async () => {
      throw new ApiError(422, 'PRIVACY_CONSENT_REQUIRED', '《隐私保护指引》已经更新了。请先看一下新的指引，勾选同意后再保存。')
    }
    await mountPage()
    await waitFor(() => expect(byId('profile-save')).not.toBeNull())
    click('profile-save')
    await waitFor(() => expect(byId('privacy-consent-reason')?.textContent).toBe('《隐私保护指引》已经更新了。请先看一下新的指引，勾选同意后再保存。'))
    expect(byId('profile-save')).toBeNull()
    expect(useProfileDraftStore.getState().draft).toEqual(DRAFT)
  })
})
