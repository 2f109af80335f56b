import Taro from '@tarojs/taro'
import { fireEvent, waitFor } from '@testing-library/react'
import { idCheckChar } from '@/domain/validation/id-number'
import { request } from '@/services/http'
import { useConsentDraftStore } from '@/stores/use-consent-draft-store'
import { EMPTY_FAMILY_DRAFT, useFamilyDraftStore } from '@/stores/use-family-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { mount, unmount } from '@tests/helpers/page'
import { reopenApp } from '@tests/helpers/reopen'
import { memberView } from '../../shared/test-fixtures'
import FamilyAdd from './index'

// A family member's data needs its own consent, before the form (个人信息保护法 第二十九条).
// The http service is the mock: nothing reaches it before consent.
jest.mock('@/services/http', () => ({ request: jest.fn(), upload: jest.fn(), onUnauthorized: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

const { PRIVACY_NOTICE } = jest.requireActual('@/domain/privacy')
const mockedRequest = request as jest.MockedFunction<typeof request>

const FATHER_ID = '11010519491231002' + idCheckChar('11010519491231002')
const OWN_ID = '36010219800315002' + idCheckChar('36010219800315002')
const DRAFT = { name: '张建华', idNumber: FATHER_ID, relation: 'PARENT', phone: '13912345678', insuredRegion: '450200', insuranceType: 'RESIDENT' }
const ME = {
  user: { id: 'u1' },
  profile: { name: '张丽', idNumber: OWN_ID, phone: '13812345678', insuredRegion: '360100', insuranceType: 'EMPLOYEE', birthDate: '1980-03-15', sex: 'F', updatedAt: '2026-11-20T09:00:00+08:00' },
  // Consent for one's own 实名信息 does not cover a family member.
  privacyConsent: { version: '2026-12-01', at: '2026-11-20T01:00:00.000Z' },
}

function server(path: string, opts: { method?: string } = {}): Promise<unknown> {
  const method = opts.method ?? 'GET'
  if (method === 'GET' && path === '/api/privacy-notice') return Promise.resolve(PRIVACY_NOTICE)
  if (method === 'GET' && path === '/api/me') return Promise.resolve(ME)
  if (method === 'POST' && path === '/api/family-members') return Promise.resolve(memberView({ id: 'new-1' }))
  return Promise.reject(new Error(`unexpected ${method} ${path}`))
}

const posts = () => mockedRequest.mock.calls.filter(([, opts]) => opts?.method === 'POST')
const byId = (id: string) => document.getElementById(id)
function click(id: string) {
  const el = byId(id)
  if (!el) throw new Error(`no element #${id}`)
  fireEvent.click(el)
}

beforeEach(async () => {
  useFamilyDraftStore.setState({ draft: { ...EMPTY_FAMILY_DRAFT, ...DRAFT }, touched: {} })
  useMeStore.setState({ me: null, loading: false, error: null })
  mockedRequest.mockReset().mockImplementation(server as typeof request)
  jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'redirectTo:ok' }))
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
  await mount(FamilyAdd)
  await waitFor(() => expect(mockedRequest).toHaveBeenCalledWith('/api/me'))
})

afterEach(() => {
  unmount()
  useFamilyDraftStore.setState({ draft: EMPTY_FAMILY_DRAFT, touched: {} })
})

describe('添加家人: a separate consent first', () => {
  it('shows the family consent, even with the own consent on record, and sends nothing before it', async () => {
    await waitFor(() => expect(byId('privacy-consent')).not.toBeNull())
    expect(byId('privacy-consent')!.textContent).toContain('已经征得家人本人同意')
    expect(byId('family-submit')).toBeNull()
    click('privacy-consent-agree')
    await waitFor(() => expect(byId('privacy-consent-nudge')).not.toBeNull())
    click('privacy-consent-refuse')
    await waitFor(() => expect(byId('privacy-consent-refused')).not.toBeNull())
    expect(byId('family-submit')).toBeNull()
    expect(posts()).toEqual([])
  })

  it('after consent, the member goes with privacyConsent of the version agreed to', async () => {
    await waitFor(() => expect(byId('privacy-consent')).not.toBeNull())
    click('privacy-consent-check')
    click('privacy-consent-agree')
    await waitFor(() => expect(byId('family-submit')).not.toBeNull())
    click('family-submit')
    await waitFor(() => expect(posts()).toHaveLength(1))
    const [path, opts] = posts()[0]!
    expect(path).toBe('/api/family-members')
    expect(opts!.data).toEqual({ ...DRAFT, privacyConsent: { version: '2026-12-01' } })
    expect(opts!.headers!['Idempotency-Key']).toMatch(/^family-/)
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/family/pages/authorize/index?id=new-1' }))
    // Added: the next family member is asked afresh (the agreement was for this one).
    expect(useConsentDraftStore.getState().agreed).toEqual({})
  })

  it('agreed, then the app closed before 提交: the form comes back without asking again', async () => {
    await waitFor(() => expect(byId('privacy-consent')).not.toBeNull())
    click('privacy-consent-check')
    click('privacy-consent-agree')
    await waitFor(() => expect(byId('family-submit')).not.toBeNull())

    unmount()
    const kept = await reopenApp(useConsentDraftStore, 'beian-consent-draft')
    expect(kept.state.agreed).toEqual({ FAMILY_MEMBER: '2026-12-01' })
    await mount(FamilyAdd)
    await waitFor(() => expect(byId('family-submit')).not.toBeNull())
    expect(byId('privacy-consent')).toBeNull()
    click('family-submit')
    await waitFor(() => expect(posts()).toHaveLength(1))
    expect(posts()[0]![1]!.data).toEqual({ ...DRAFT, privacyConsent: { version: '2026-12-01' } })
  })
})
