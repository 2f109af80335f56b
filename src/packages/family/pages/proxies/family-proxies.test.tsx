import { waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { listProxies, listWaitingInvitations, revokeProxy } from '@/services/family'
import { click, mount, text, unmount } from '@tests/helpers/page'
import { fetchMe } from '@/services/me'
import { useSettingsStore } from '@/stores/use-settings-store'
import MyProxies from './index'
import { useSubjectsStore } from '@/stores/use-subjects-store'

jest.mock('@/services/family', () => ({ listProxies: jest.fn(), listWaitingInvitations: jest.fn(), revokeProxy: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn() }))

const mockedList = listProxies as jest.MockedFunction<typeof listProxies>
const mockedRevoke = revokeProxy as jest.MockedFunction<typeof revokeProxy>
const mockedWaiting = listWaitingInvitations as jest.MockedFunction<typeof listWaitingInvitations>
const mockedMe = fetchMe as jest.MockedFunction<typeof fetchMe>
const me = (status: 'VERIFIED' | 'PENDING' | 'UNVERIFIED') =>
  ({ user: { id: 'u-dad' }, profile: null, verification: { status, statusLabel: '', method: null, at: null, reason: null, conflict: null } }) as unknown as Awaited<ReturnType<typeof fetchMe>>


const DAUGHTER = { authorizationId: 'a1', proxyName: '王*', proxyFullName: '王丽', proxyKin: '女儿', relationLabel: '父母', since: '2026-11-23T02:00:00Z' }

beforeEach(() => {
  mockedList.mockReset()
  mockedRevoke.mockReset()
  mockedWaiting.mockReset().mockResolvedValue({ invitations: [] })
  mockedMe.mockReset().mockResolvedValue(me('VERIFIED'))
})

afterEach(() => unmount({ restoreMocks: false }))

describe('谁可以替我办', () => {
  it('lists who may file for me, and revokes after the confirm dialog', async () => {
    mockedList.mockResolvedValueOnce({ proxies: [DAUGHTER] }).mockResolvedValue({ proxies: [] })
    mockedRevoke.mockResolvedValue(undefined)
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('proxy-a1')).not.toBeNull())
    // Her full name and his word for her, as on the invitation page (issue 13 item 7), not '王*'.
    expect(text('proxy-a1')).toContain('您的女儿 王丽')
    expect(text('proxy-a1')).not.toContain('王*')
    expect(text('proxy-a1')).toContain('2026 年 11 月 23 日 起可以替您办理')
    expect(document.body.textContent).toContain('撤销以后，这位家人就不能再替您办理，也看不到您的备案了')

    click('revoke-a1')
    await waitFor(() => expect(document.getElementById('revoke-confirm')).not.toBeNull())
    expect(mockedRevoke).not.toHaveBeenCalled()
    click('revoke-confirm')
    await waitFor(() => expect(mockedRevoke).toHaveBeenCalledWith('a1'))
    await waitFor(() => expect(document.getElementById('proxies-empty')).not.toBeNull())
    // Nobody now: the older person reads how to ask a child to file for him (issue 13 item 9).
    // In H5 (these tests' build) there is no WeChat to open: the site's address, and a link (a trial).
    expect(text('proxies-how')).toBe(`1. 请子女用他们自己的手机，在浏览器里打开 ${window.location.origin}（就是您现在看的这个网页），点“家人代办”，再点“添加家人”，填上您的姓名和身份证号。`)
    expect(text('proxies-how-invite')).toBe('2. 子女会把一个邀请链接发给您（用微信、短信都行）。您点开链接，看清是谁，再点“同意”。')
    expect(text('proxies-empty')).not.toContain('微信里打开')
    expect(mockedList).toHaveBeenCalledTimes(2)
    expect(document.getElementById('proxy-a1')).toBeNull()
  })

  it('keeps the proxy when the person changes their mind', async () => {
    mockedList.mockResolvedValue({ proxies: [DAUGHTER] })
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('revoke-a1')).not.toBeNull())
    click('revoke-a1')
    await waitFor(() => expect(document.getElementById('revoke-keep')).not.toBeNull())
    click('revoke-keep')
    expect(mockedRevoke).not.toHaveBeenCalled()
    expect(document.getElementById('proxy-a1')).not.toBeNull()
  })

  it('an invitation that waits on me is shown first, with the way to it; nobody may file for me yet (new-user trial)', async () => {
    mockedList.mockResolvedValue({ proxies: [] })
    mockedWaiting.mockResolvedValue({
      invitations: [{
        id: 'a9', proxyName: '张*', proxyFullName: '张丽', proxyKin: '女儿', callerNeeds: ['VERIFICATION'], memberName: '张*华',
        relationLabel: '父母', memberInsuredRegion: '440300', memberInsuranceType: 'EMPLOYEE', expiresAt: '2026-12-08T02:00:00Z', status: 'PENDING_INVITE', emergency: null,
      }],
    })
    const forward = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('waiting-a9')).not.toBeNull())
    expect(text('waiting-a9')).toContain('您的女儿 张丽')
    expect(text('waiting-a9')).toContain('2026 年 12 月 8 日 前有效')
    expect(document.getElementById('proxies-empty')).not.toBeNull()
    click('open-waiting-a9')
    await waitFor(() => expect(forward).toHaveBeenCalledWith({ url: '/packages/family/pages/accept/index?invitation=a9' }))
    forward.mockRestore()
  })

  it('before 实人认证 has passed, says why no invitation is listed and where to find it (new-user trial)', async () => {
    mockedList.mockResolvedValue({ proxies: [] })
    mockedMe.mockResolvedValue(me('PENDING'))
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('proxies-invitations-after-verify')).not.toBeNull())
    const note = text('proxies-invitations-after-verify')
    expect(note).toContain('要等您的实人认证通过以后才会列在这里')
    expect(note).toContain('您的照片正在等工作人员核对')
    expect(note).toContain('一般 1 个工作日，通过以后再来这里看')
    // Nothing to do but wait: no way round to 实人认证; the steps to ask a child are for those
    // nobody has invited yet (a trial read them as "start over").
    expect(document.getElementById('proxies-go-verify')).toBeNull()
    expect(text('proxies-how-intro')).toContain('如果家人还没有发邀请给您')
    expect(document.getElementById('proxies-empty')).not.toBeNull()
  })

  it('not verified at all: says so, with the way to 实人认证', async () => {
    mockedList.mockResolvedValue({ proxies: [] })
    mockedMe.mockResolvedValue(me('UNVERIFIED'))
    const forward = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('proxies-go-verify')).not.toBeNull())
    // Not "an invitation will appear": nobody may have sent one, so the steps to ask a child stay.
    expect(text('proxies-invitations-after-verify')).toContain('已经收到家人邀请的，请先做实人认证')
    expect(document.getElementById('proxies-how')).not.toBeNull()
    // The steps first, the note after them (a trial: the note on top pushed them off the first screen).
    const html = document.body.innerHTML
    expect(html.indexOf('id="proxies-how"')).toBeLessThan(html.indexOf('id="proxies-invitations-after-verify"'))
    click('proxies-go-verify')
    await waitFor(() => expect(forward).toHaveBeenCalledWith({ url: '/packages/profile/pages/verify/index' }))
    forward.mockRestore()
  })

  // 长辈模式's 家人代办 tile leads here: an older person filing for a spouse must still find the family list.
  it('leads to one’s own family list, for filing for a family member (比如老伴)', async () => {
    mockedList.mockResolvedValue({ proxies: [] })
    mockedMe.mockResolvedValue(me('VERIFIED'))
    const forward = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('proxies-open-family')).not.toBeNull())
    expect(text('proxies-file-for-family')).toBe('是您要替家人（父母、老伴）办备案？去“家人代办”，替家人办 ›')
    // First on the page, before the how-to for being helped (a trial: a daughter read it as a dead end).
    const html = document.body.innerHTML
    expect(html.indexOf('id="proxies-file-for-family"')).toBeLessThan(html.indexOf('id="proxies-empty"'))
    click('proxies-open-family')
    await waitFor(() => expect(forward).toHaveBeenCalledWith({ url: '/packages/family/pages/list/index' }))
    forward.mockRestore()
  })

  // Outside 长辈模式 (家人代办 → 谁可以替我办？) nothing speaks to an older person first.
  it('outside 长辈模式, no lead for the older person', async () => {
    mockedList.mockResolvedValue({ proxies: [] })
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('proxies-empty')).not.toBeNull())
    expect(document.getElementById('proxies-for-elder')).toBeNull()
  })

  it('says nothing of 实人认证 once it has passed, or when the account could not be read', async () => {
    mockedList.mockResolvedValue({ proxies: [] })
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('proxies-empty')).not.toBeNull())
    expect(document.getElementById('proxies-invitations-after-verify')).toBeNull()
    unmount({ restoreMocks: false })
    mockedMe.mockRejectedValue(new Error('offline'))
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('proxies-empty')).not.toBeNull())
    expect(document.getElementById('proxies-invitations-after-verify')).toBeNull()
  })

  it('a refused read of the invitations still lists who may file for me', async () => {
    mockedList.mockResolvedValue({ proxies: [DAUGHTER] })
    mockedWaiting.mockRejectedValue(new Error('offline'))
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('proxy-a1')).not.toBeNull())
    expect(document.getElementById('proxies-waiting')).toBeNull()
  })
})

// 长辈模式's 家人代办 tile opens this page for the older person's own task (a trial: it opened on the
// question for a son or daughter holding the phone, 是您要替家人办备案？).
describe('谁可以替我办 in 长辈模式 (家人代办 in 长辈模式)', () => {
  beforeEach(() => useSettingsStore.setState({ elder: true }))
  afterEach(() => useSettingsStore.setState({ elder: false }))

  it('nobody yet: speaks to the older person first — show this to your child, who files for you once you agree — in 长辈模式 sizes', async () => {
    mockedList.mockResolvedValue({ proxies: [] })
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('proxies-empty')).not.toBeNull())
    expect(text('proxies-for-elder')).toBe(
      '让子女帮您办备案子女可以用他们自己的手机替您办异地就医备案，只要您同意（授权）一下。您不会弄也没关系：把这一页给子女看，照下面做就行。',
    )
    expect(document.querySelector('.page-root--elder #proxies-for-elder')).not.toBeNull()
    const html = document.body.innerHTML
    // The older person's lead first, then the proxy's question (a trial: a daughter in 长辈模式 found
    // it below the fold, under steps written for her father), then how a child asks.
    expect(html.indexOf('id="proxies-for-elder"')).toBeLessThan(html.indexOf('id="proxies-file-for-family"'))
    expect(html.indexOf('id="proxies-file-for-family"')).toBeLessThan(html.indexOf('id="proxies-how"'))
    expect(html.indexOf('id="proxies-how"')).toBeLessThan(html.indexOf('id="proxies-home"'))
  })

  // A trial: a daughter who turned on large type for her own eyes found her family list only at the very bottom.
  it('on a phone that has added family, the way to file for them comes first', async () => {
    useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '张建国', relationLabel: '父母', kin: '父亲', insuredRegion: '450200' } } })
    mockedList.mockResolvedValue({ proxies: [] })
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('proxies-empty')).not.toBeNull())
    expect(text('proxies-file-for-family')).toBe('您在这个手机上添加过家人。要替家人（父母、老伴）办备案，点下面：去“家人代办”，替家人办 ›')
    const html = document.body.innerHTML
    expect(html.indexOf('id="proxies-file-for-family"')).toBeLessThan(html.indexOf('id="proxies-for-elder"'))
    useSubjectsStore.setState({ members: {} })
  })

  it('a daughter may file already: says so, and how another child can be asked', async () => {
    mockedList.mockResolvedValue({ proxies: [DAUGHTER] })
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('proxy-a1')).not.toBeNull())
    expect(text('proxies-for-elder-lead')).toBe('下面的家人已经可以用他们自己的手机替您办异地就医备案了，要办就直接找他们。想再让别的子女帮忙，把这一页给他们看，照最下面写的做就行。')
    // What 最下面 means: the two steps, after the list (a trial: they were shown only with nobody listed).
    expect(text('proxies-how-more')).toContain('想再让别的子女（或其他家人）替您办，这样做：')
    expect(text('proxies-how-more')).toContain('点“家人代办”，再点“添加家人”')
    const html = document.body.innerHTML
    expect(html.indexOf('id="proxy-a1"')).toBeLessThan(html.indexOf('id="proxies-how-more"'))
    // A daughter who set 长辈模式 for her father still finds the way to file for him.
    expect(document.getElementById('proxies-open-family')).not.toBeNull()
  })
})

// In H5 there is no navigation bar, and 长辈模式's 家人代办 tile leads straight here (a fresh trial).
describe('谁可以替我办 in the weapp', () => {
  // Taro's jest transformer reads src's TARO_ENV from TARO_ENV_JEST first (bracket access here,
  // so that transformer leaves this line alone).
  beforeEach(() => {
    process.env['TARO_ENV_JEST'] = 'weapp'
  })
  afterEach(() => {
    delete process.env['TARO_ENV_JEST']
  })

  it('tells how to ask a child in WeChat: the mini-program in their own WeChat, the invitation as a message', async () => {
    mockedList.mockResolvedValue({ proxies: [] })
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('proxies-how')).not.toBeNull())
    expect(text('proxies-how')).toBe('1. 请子女在他们自己的微信里打开“异地就医备案”，点“家人代办”，再点“添加家人”，填上您的姓名和身份证号。')
    expect(text('proxies-how-invite')).toBe('2. 子女会在微信里发一个邀请给您。您点开邀请，看清是谁，再点“同意”。')
  })
})

describe('谁可以替我办: 返回首页', () => {
  beforeEach(() => {
    jest.spyOn(Taro, 'navigateBack').mockImplementation(() => Promise.resolve({ errMsg: 'navigateBack:ok' }))
    jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'reLaunch:ok' }))
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'pages/index/index' }, { route: 'packages/family/pages/proxies/index' }] as unknown as Taro.Page[])
  })

  it.each([
    ['someone who may file', () => mockedList.mockResolvedValue({ proxies: [DAUGHTER] })],
    ['nobody yet', () => mockedList.mockResolvedValue({ proxies: [] })],
    ['a failure', () => mockedList.mockRejectedValue(new Error('boom'))],
  ] as const)('with %s: the last button says 返回首页 and goes back to the home page', async (_, setUp) => {
    setUp()
    await mount(MyProxies)
    await waitFor(() => expect(document.getElementById('proxies-home')).not.toBeNull())
    const buttons = Array.from(document.querySelectorAll('taro-button-core'))
    expect(buttons[buttons.length - 1].id).toBe('proxies-home')
    expect(text('proxies-home')).toBe('返回首页')
    click('proxies-home')
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalledWith({ delta: 1 }))
  })
})
