import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import { acceptInvitation, getInvitation } from '../../../../services/family'
import { invitationView, setRouterParams } from '../../shared/test-fixtures'
import AcceptInvitation from './index'

jest.mock('../../../../services/family', () => ({ getInvitation: jest.fn(), acceptInvitation: jest.fn() }))
jest.mock('../../../../services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

const mockedGet = getInvitation as jest.MockedFunction<typeof getInvitation>
const mockedAccept = acceptInvitation as jest.MockedFunction<typeof acceptInvitation>
const { ApiError } = jest.requireActual('../../../../services/api-error')

const text = (id: string) => document.getElementById(id)?.textContent ?? ''
const click = (id: string) => {
  const el = document.getElementById(id)
  if (!el) throw new Error(`no element #${id}`)
  fireEvent.click(el)
}

let mounted: TestUtils | null = null

async function mountPage(params: Record<string, string> = { token: 'tok-1' }) {
  setRouterParams(params, '/packages/family/pages/accept/index')
  mounted = new TestUtils()
  await mounted.mount(AcceptInvitation, {})
}

beforeEach(() => {
  mockedGet.mockReset().mockResolvedValue(invitationView())
  mockedAccept.mockReset()
  jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'reLaunch:ok' }))
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
})

afterEach(() => {
  mounted?.unmout()
  mounted = null
  document.body.innerHTML = ''
  jest.restoreAllMocks()
})

describe('确认授权 (the family member’s own account)', () => {
  it('says who asks and what it allows, and accepts on 同意', async () => {
    mockedAccept.mockResolvedValue(invitationView({ status: 'ACTIVE' }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('accept-invitation')).not.toBeNull())
    expect(mockedGet).toHaveBeenCalledWith('tok-1')
    // The member is the filer's 父母, so the filer is the member's 子女.
    expect(text('invitation')).toContain('张*（您的子女）请您确认：让 TA 替您办理异地就医备案，并查看办理进度')
    expect(text('invitation')).toContain('随时可以撤销')

    click('accept-invitation')
    await waitFor(() => expect(mockedAccept).toHaveBeenCalledWith('tok-1'))
    await waitFor(() => expect(text('invitation-accepted')).toContain('已同意 ✓'))
  })

  it('不同意 simply goes home', async () => {
    await mountPage()
    await waitFor(() => expect(document.getElementById('decline-invitation')).not.toBeNull())
    click('decline-invitation')
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
    expect(mockedAccept).not.toHaveBeenCalled()
  })

  it('asks for 实名信息 first when the account has none', async () => {
    mockedAccept.mockRejectedValue(new ApiError(422, 'PROFILE_REQUIRED', '请先在“我的”里填写您本人的实名信息（姓名、身份证号、参保地），再来确认授权'))
    await mountPage()
    await waitFor(() => expect(document.getElementById('accept-invitation')).not.toBeNull())
    click('accept-invitation')
    await waitFor(() => expect(text('accept-needs-profile')).toContain('请先在“我的”里填写您本人的实名信息'))
    click('accept-go-profile')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/profile/pages/edit/index' })
  })

  it('sends an unverified member to 实人认证 first (issue 11)', async () => {
    mockedAccept.mockRejectedValue(
      new ApiError(422, 'VERIFICATION_REQUIRED', '确认授权前，请先在“实人认证”里确认是您本人（刷脸或上传身份证照片），认证后再打开这个邀请确认'),
    )
    await mountPage()
    await waitFor(() => expect(document.getElementById('accept-invitation')).not.toBeNull())
    click('accept-invitation')
    await waitFor(() => expect(text('accept-needs-profile')).toContain('请先在“实人认证”里确认是您本人'))
    click('accept-go-verify')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/profile/pages/verify/index' })
  })

  it('says plainly when the invitation is for someone else', async () => {
    mockedAccept.mockRejectedValue(
      new ApiError(422, 'INVITATION_NOT_FOR_YOU', '这个邀请是给 张*华 的，和您的实名信息对不上；请让本人用自己的微信打开这个邀请'),
    )
    await mountPage()
    await waitFor(() => expect(document.getElementById('accept-invitation')).not.toBeNull())
    click('accept-invitation')
    await waitFor(() => expect(text('invitation-problem')).toContain('这个邀请是给 张*华 的'))
    expect(document.getElementById('accept-invitation')).toBeNull()
  })

  it('says plainly when the invitation is gone (404)', async () => {
    mockedGet.mockRejectedValue(new ApiError(404, 'INVITATION_NOT_FOUND', '这个邀请已失效'))
    await mountPage()
    await waitFor(() => expect(text('invitation-problem')).toContain('邀请已经失效'))
    click('accept-home')
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })

  it('shows 已同意 again when the member opens an invitation they already accepted', async () => {
    mockedGet.mockResolvedValue(invitationView({ status: 'ACTIVE' }))
    await mountPage()
    await waitFor(() => expect(text('invitation-accepted')).toContain('已同意'))
  })
})
