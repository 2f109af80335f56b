import Taro from '@tarojs/taro'
import { setClock } from '@/lib/clock'
import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import { renderReceiptImage, saveReceiptImage } from '@/lib/receipt/receipt-image'
import { getFiling } from '@/services/filings'
import { filingView, setRouterParams } from '@/packages/mine/shared/test-fixtures'
import { UNVERIFIED_REVIEW_NOTE } from '@/domain/verification'
import { fetchMe, type Me } from '@/services/me'
import { useMeStore } from '@/stores/use-me-store'
import { faceVerificationAvailable } from '@/lib/verify-means'
import FilingResult from './index'

jest.mock('@/services/filings', () => ({ getFiling: jest.fn() }))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
jest.mock('@/lib/receipt/receipt-image', () => ({ renderReceiptImage: jest.fn(), saveReceiptImage: jest.fn() }))
// 刷脸 (the weapp) or ID photos that staff check (H5): each test says which it is on.
jest.mock('@/lib/verify-means', () => {
  const face = jest.fn(() => true)
  return { faceVerificationAvailable: face, verifyMeans: () => (face() ? 'FACE' : 'ID_PHOTOS') }
})
const mockedFace = faceVerificationAvailable as jest.MockedFunction<typeof faceVerificationAvailable>
// The page's didShow callbacks, as Taro calls them when the page is shown again.
const mockShows = new Set<() => void>()
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { ...actual, __esModule: true, default: actual.default ?? actual, useDidShow: (fn: () => void) => mockShows.add(fn) }
})
const showAgain = () => mockShows.forEach((fn) => fn())

const mockedGet = getFiling as jest.MockedFunction<typeof getFiling>
const mockedRender = renderReceiptImage as jest.MockedFunction<typeof renderReceiptImage>
const mockedSave = saveReceiptImage as jest.MockedFunction<typeof saveReceiptImage>
const mockedMe = fetchMe as jest.MockedFunction<typeof fetchMe>
const meWith = (status: 'UNVERIFIED' | 'PENDING' | 'VERIFIED'): Me => ({
  user: { id: 'u1' },
  profile: null,
  verification: { status, statusLabel: status, method: null, at: null, reason: null, conflict: null },
})
const { ApiError } = jest.requireActual('@/services/api-error')

const text = (id: string) => document.getElementById(id)?.textContent ?? ''
let mounted: TestUtils | null = null

async function mountPage() {
  setRouterParams({ id: 'f1' })
  mounted = new TestUtils()
  await mounted.mount(FilingResult, {})
}

beforeEach(() => {
  mockedFace.mockReturnValue(true)
  mockedGet.mockReset().mockResolvedValue(filingView())
  mockedRender.mockReset().mockResolvedValue('data:image/png;base64,AAAA')
  mockedSave.mockReset().mockResolvedValue(undefined)
  useMeStore.setState({ me: meWith('UNVERIFIED') })
  mockedMe.mockReset().mockResolvedValue(meWith('UNVERIFIED'))
})

afterEach(() => {
  mockShows.clear()
  mounted?.unmout()
  mounted = null
  document.body.innerHTML = ''
})

describe('备案结果 page', () => {
  // Issue 12 item 10: from which day it works, the network, the 外伤 承诺书 — from settlementNotes.
  describe('what decides settlement (fixed clock: China date 2026-12-01)', () => {
    const REAL = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
      'nextTick', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
      'cancelIdleCallback', 'hrtime', 'performance'] as const
    beforeEach(() => {
      jest.useFakeTimers({ now: new Date('2026-12-01T02:00:00Z'), doNotFake: [...REAL] })
      setClock(new Date('2026-12-01T02:00:00Z'))
    })
    afterEach(() => jest.useRealTimers())

    it.each([
      ['a start on 2026-12-20', { startDate: '2026-12-20', validFrom: '2026-12-20' }, '从2026 年 12 月 20 日起，可以在备案地直接结算'],
      ['a start today', { startDate: '2026-12-01', validFrom: '2026-12-01' }, '已经生效（2026 年 12 月 1 日起），现在就可以在备案地直接结算。'],
    ])('%s', async (_what, dates, fromDay) => {
      mockedGet.mockResolvedValue(filingView(dates))
      await mountPage()
      await waitFor(() => expect(document.getElementById('settlement-FROM_DAY')).not.toBeNull())
      expect(text('settlement-FROM_DAY')).toContain(fromDay)
      expect(text('settlement-NETWORK-lookup')).toContain('跨省异地就医定点医药机构查询')
      expect(text('settlement-NETWORK')).toContain('去之前请查一查这家医院是不是联网定点')
      expect(document.getElementById('settlement-TRAUMA')).toBeNull()
    })

    it('insured in 柳州 (广西): the network note’s 依据, a 江西 document, says first that 柳州’s own rule is not collected', async () => {
      mockedGet.mockResolvedValue(filingView({ startDate: '2026-12-01', validFrom: '2026-12-01' }))
      await mountPage()
      await waitFor(() => expect(document.getElementById('basis-settlement-NETWORK')).not.toBeNull())
      fireEvent.click(document.getElementById('basis-settlement-NETWORK')!)
      await waitFor(() => expect(document.getElementById('basis-settlement-NETWORK-list')).not.toBeNull())
      const list = text('basis-settlement-NETWORK-list')
      expect(list.indexOf('参保地自己的规定，这里还没有收录')).toBe(0)
      expect(list).toContain('《赣医保发〔2023〕13号》表8 温馨提示4')
    })

    it('insured in 南昌: the same 依据 is 江西’s own, with no such note', async () => {
      mockedGet.mockResolvedValue(filingView({ startDate: '2026-12-01', validFrom: '2026-12-01', insuredRegion: '360100' }))
      await mountPage()
      await waitFor(() => expect(document.getElementById('basis-settlement-NETWORK')).not.toBeNull())
      fireEvent.click(document.getElementById('basis-settlement-NETWORK')!)
      await waitFor(() => expect(text('basis-settlement-NETWORK-list')).toContain('《赣医保发〔2023〕13号》表8 温馨提示4'))
      expect(document.getElementById('basis-settlement-NETWORK-default')).toBeNull()
    })

    it('an injury admitted as an emergency is offered the 外伤无第三方责任承诺书 text', async () => {
      mockedGet.mockResolvedValue(filingView({
        type: 'EMERGENCY', status: 'UNDER_REVIEW', startDate: '2026-11-28', validFrom: null,
        emergency: {
          admittedOn: '2026-11-28', leftOn: null, dischargedOn: null, awayReason: 'TRAVEL', hospitalName: '阳江市人民医院',
          diagnosis: '右腿骨折', criteria: ['TRAUMA'], deadline: null, mode: 'BEFORE_DISCHARGE',
        },
      }))
      await mountPage()
      await waitFor(() => expect(document.getElementById('settlement-TRAUMA')).not.toBeNull())
      // A trial: someone already in hospital was told "去之前请查一查"; asked where she is instead.
      expect(text('settlement-NETWORK')).toContain('已经在这家医院住院了，请问一问医院的医保办，或者查一查这家医院是不是联网定点')
      expect(text('settlement-NETWORK')).toContain('回参保地办零星报销')
      expect(text('settlement-NETWORK')).not.toContain('去之前')
      expect(document.getElementById('settlement-trauma-text')).toBeNull()
      fireEvent.click(document.getElementById('settlement-trauma-toggle')!)
      await waitFor(() => expect(text('settlement-trauma-text')).toContain('现承诺本次意外受伤与第三方责任或工伤责任无关'))
    })
  })

  it('a receipt that cannot be drawn still shows the filing number and a plain message', async () => {
    mockedRender.mockRejectedValue(new TypeError("Cannot read properties of null (reading 'fillRect')"))
    await mountPage()
    await waitFor(() => expect(document.getElementById('receipt-failed')).not.toBeNull())
    expect(text('filing-number')).toBe('YD20261123ABCDEF')
    expect(text('receipt-failed')).toContain('请记下上面的备案号')
    expect(document.body.textContent).not.toContain('暂时查不到结果')
    expect(document.getElementById('save-receipt')).toBeNull()
  })

  it('a filing that cannot be fetched says so, with the server message', async () => {
    mockedGet.mockRejectedValue(new ApiError(404, 'FILING_NOT_FOUND', '没有找到这条备案'))
    await mountPage()
    await waitFor(() => expect(document.body.textContent).toContain('没有找到这条备案'))
    expect(document.getElementById('filing-number')).toBeNull()
    // A human to ask on every error page (issue 13 item 13).
    expect(text('help-line-error-call')).toBe('☎ 12393全国医保服务热线，点这里拨打')
  })

  it('a refused album permission opens the explanation with an openSetting button; a grant saves again', async () => {
    mockedSave.mockRejectedValueOnce({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' })
    await mountPage()
    await waitFor(() => expect(document.getElementById('receipt-image')).not.toBeNull())
    fireEvent.click(document.getElementById('save-receipt')!)
    await waitFor(() => expect(document.getElementById('album-permission')).not.toBeNull())
    expect(text('album-permission')).toContain('需要您允许“保存到相册”')
    expect(mockedSave).toHaveBeenCalledTimes(1)
    // The settings page answers through the button's opensetting event.
    const button = document.getElementById('album-open-setting')!
    fireEvent(button, Object.assign(new Event('opensetting', { bubbles: true }), { detail: { authSetting: { 'scope.writePhotosAlbum': true } } }))
    await waitFor(() => expect(mockedSave).toHaveBeenCalledTimes(2))
    await waitFor(() => expect(document.getElementById('album-permission')).toBeNull())
  })

  it('another save failure is a toast, not the permission sheet', async () => {
    mockedSave.mockRejectedValueOnce({ errMsg: 'saveImageToPhotosAlbum:fail file not exists' })
    await mountPage()
    await waitFor(() => expect(document.getElementById('receipt-image')).not.toBeNull())
    fireEvent.click(document.getElementById('save-receipt')!)
    await waitFor(() => expect(document.body.textContent).toContain('没有保存成功'))
    expect(document.getElementById('album-permission')).toBeNull()
  })

  describe('a self-service filing waiting for review because its filer has not passed 实人认证', () => {
    const waiting = (over: Record<string, unknown> = {}) =>
      filingView({
        status: 'UNDER_REVIEW',
        statusLabel: '审核中',
        validFrom: null,
        timeline: [
          { status: 'SUBMITTED', label: '已提交', at: '2026-11-23T02:00:00Z', note: null },
          { status: 'UNDER_REVIEW', label: '审核中', at: '2026-11-23T02:00:05Z', note: UNVERIFIED_REVIEW_NOTE },
        ],
        ...over,
      })

    it('in the weapp (刷脸), leads with 实人认证, says why it waits, how long review takes otherwise; the number comes before the settlement notes', async () => {
      mockedFace.mockReturnValue(true)
      mockedGet.mockResolvedValue(waiting())
      await mountPage()
      await waitFor(() => expect(document.getElementById('result-next')).not.toBeNull())
      expect(text('result-banner')).toContain('已提交，做完实人认证就办好')
      expect(text('result-why-review')).toBe('为什么要审核：您还没有完成实人认证，这份备案要等核对身份后才生效：您做完实人认证，就马上办好；不做的话，要等工作人员核对。')
      // The step that is the person's own comes first; staff review is what happens otherwise.
      expect(text('result-step-verify')).toBe('1. 点上面的“去做实人认证”：刷脸认证通过，这份备案马上办好，不用再等审核。')
      expect(text('result-next')).toContain('2. 不做实人认证的话，医保经办机构的工作人员审核，一般 1 个工作日内出结果')
      // The main (blue) button is 去做实人认证, in the banner on the first screen, not at the foot of the page.
      const verify = document.getElementById('result-verify')!
      expect(verify.textContent).toContain('去做实人认证')
      expect(verify.className).toContain('nut-button-primary')
      expect(document.getElementById('result-banner')!.contains(verify)).toBe(true)
      expect(document.getElementById('save-receipt')!.className).not.toContain('nut-button-primary')
      expect(document.querySelectorAll('.nut-button-primary')).toHaveLength(1)
      // The 备案号 to write down is read before the longer notes.
      const html = document.body.innerHTML
      expect(html.indexOf('id="filing-number"')).toBeLessThan(html.indexOf('id="result-next"'))
      expect(html.indexOf('id="filing-number"')).toBeLessThan(html.indexOf('settlement-'))
      // The receipt says 审核中 in the waiting blue, not the green of 备案成功.
      await waitFor(() => expect(mockedRender).toHaveBeenCalledWith(expect.objectContaining({ title: waiting().statusLabel, tone: 'wait' })))
      // Its dates are the ones asked for, not yet in force.
      expect(mockedRender.mock.calls.at(-1)![0].rows).toContainEqual(['申请有效期', '审核通过那天起生效'])
    })

    // A fresh trial: "申请的有效期 2026-12-03 起" beside "审核通过那天起生效" on the same page. It takes
    // effect on the later of the start and the approval day (computeValidity): said one way, everywhere.
    it('says from when it takes effect in one way: from approval, at the earliest the start asked for', async () => {
      mockedFace.mockReturnValue(false)
      mockedGet.mockResolvedValue(waiting({ startDate: '2026-12-03', validFrom: '2026-12-03' }))
      await mountPage()
      await waitFor(() => expect(document.getElementById('settlement-FROM_DAY')).not.toBeNull())
      expect(text('validity-label')).toBe('申请的有效期')
      expect(text('validity')).toBe('审核通过那天起生效，最早从 2026 年 12 月 3 日起，长期有效')
      expect(text('settlement-FROM_DAY')).toContain('审核通过后生效，最早从 2026 年 12 月 3 日起')
      // No date on the page reads as in force from the start date alone.
      expect(document.body.textContent).not.toMatch(/(^|[^从 ])2026-12-03 起/)
      await waitFor(() => expect(mockedRender).toHaveBeenCalled())
      // On the receipt, a clause a line (in one it was narrowed to half its width).
      expect(mockedRender.mock.calls.at(-1)![0].rows.slice(-3)).toEqual([['申请有效期', '审核通过那天起生效'], ['', '最早从 2026 年 12 月 3 日起'], ['', '长期有效']])
    })

    // A trial in H5: there 实人认证 is ID photos that staff check in about the time the review
    // takes, so "做完实人认证就办好" promised a speed it did not give.
    it('in H5 (ID photos that staff check), review leads and 实人认证 is offered beside it', async () => {
      mockedFace.mockReturnValue(false)
      mockedGet.mockResolvedValue(waiting())
      await mountPage()
      await waitFor(() => expect(document.getElementById('result-next')).not.toBeNull())
      expect(text('result-banner')).toContain('已提交，等待审核（一般 1 个工作日）')
      expect(text('validity-label')).toBe('申请的有效期')
      expect(text('validity')).toBe('审核通过那天起生效')
      expect(document.querySelector('#result-banner #result-verify')).toBeNull()
      // Why it waits is the first step: nothing is asked, nothing is instant, and the review is where
      // the identity is checked (a trial read "审核" and "核对身份" as two waits).
      expect(text('result-why-review')).toBe(
        '1. 您不用再做什么：您还没有完成实人认证，所以这份备案由工作人员审核，审核时一并核对身份，一般 1 个工作日内出结果。结果在“我的备案”里看，通过了首页也会告诉您。',
      )
      expect(text('result-next')).not.toContain('马上')
      expect(text('result-next')).not.toContain('为什么要审核')
      // The wait is said once in the steps, once in the headline (a trial counted four).
      expect(text('result-next').split('个工作日')).toHaveLength(2)
      // Says where the result is seen: an ordinary filing asks for no WeChat message, and H5 has none.
      expect(text('result-next')).toContain('结果在“我的备案”里看，通过了首页也会告诉您。')
      expect(text('result-next')).not.toContain('通知您')
      expect(text('result-step-verify')).toBe(
        '2. 可以不做：点下面的“去做实人认证”上传身份证照片，认证通过后，以后办备案就不用等审核。',
      )
      expect(document.getElementById('save-receipt')!.className).toContain('nut-button-primary')
      const verify = document.getElementById('result-verify')!
      expect(verify.textContent).toContain('去做实人认证')
      expect(verify.className).not.toContain('nut-button-primary')
      expect(document.querySelectorAll('.nut-button-primary')).toHaveLength(1)
    })

    it('filed by a daughter for her father: it is her own 实人认证 that is missing', async () => {
      mockedGet.mockResolvedValue(waiting({ filedBySelf: false, filedBy: { self: true, nameMasked: '张*丽' }, subject: { name: '张建国', idNumberMasked: '1101**********1233', relationLabel: '父母' } }))
      await mountPage()
      await waitFor(() => expect(document.getElementById('result-why-review')).not.toBeNull())
      expect(text('result-why-review')).toContain('为什么要审核：您（办理人）自己还没有完成实人认证')
    })

    it('filed by a daughter in H5: the first step says it is her own 实人认证, and the photos speed up her later filings for family', async () => {
      mockedFace.mockReturnValue(false)
      mockedGet.mockResolvedValue(waiting({ filedBySelf: false, filedBy: { self: true, nameMasked: '张*丽' }, subject: { name: '张建国', idNumberMasked: '1101**********1233', relationLabel: '父母' } }))
      await mountPage()
      await waitFor(() => expect(document.getElementById('result-why-review')).not.toBeNull())
      expect(text('result-why-review')).toContain('1. 您不用再做什么：您（办理人）自己还没有完成实人认证，所以这份备案由工作人员审核')
      expect(text('result-step-verify')).toContain('以后替家人办备案就不用等审核')
    })

    // A fresh user's trial: 王大爷's photos waited for staff, and the page told him he had not
    // verified and offered 去做实人认证, which he read as "send the photos again".
    it('while the filer’s photos wait for staff: says they wait, and the button leads to the progress', async () => {
      mockedGet.mockResolvedValue(waiting())
      mockedMe.mockResolvedValue(meWith('PENDING'))
      await mountPage()
      await waitFor(() => expect(text('result-why-review')).toContain('您的实人认证照片已提交，正在等工作人员核对（一般 1 个工作日）'))
      expect(text('result-why-review')).not.toContain('还没有完成')
      expect(text('result-verify')).toBe('查看实人认证进度')
      // Nothing for the person to do now: staff review leads, the receipt stays the main button.
      expect(text('result-banner')).toContain('已提交，等待审核（一般 1 个工作日）')
      expect(document.getElementById('result-step-verify')).toBeNull()
      expect(document.getElementById('save-receipt')!.className).toContain('nut-button-primary')
      jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
      fireEvent.click(document.getElementById('result-verify')!)
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/profile/pages/verify/index?for=waiting' })
    })

    it('a daughter whose photos wait: 您（办理人）的实人认证照片已提交', async () => {
      mockedGet.mockResolvedValue(waiting({ filedBySelf: false, filedBy: { self: true, nameMasked: '张*丽' }, subject: { name: '张建国', idNumberMasked: '1101**********1233', relationLabel: '父母' } }))
      mockedMe.mockResolvedValue(meWith('PENDING'))
      await mountPage()
      await waitFor(() => expect(text('result-why-review')).toContain('为什么要审核：您（办理人）的实人认证照片已提交'))
    })

    it('verified since: no button to verify', async () => {
      mockedGet.mockResolvedValue(waiting())
      mockedMe.mockResolvedValue(meWith('VERIFIED'))
      await mountPage()
      await waitFor(() => expect(text('result-why-review')).toContain('这份备案提交时，您还没有完成实人认证'))
      expect(document.getElementById('result-verify')).toBeNull()
    })

    it('an instant filing shows neither', async () => {
      await mountPage()
      await waitFor(() => expect(document.getElementById('filing-number')).not.toBeNull())
      expect(document.getElementById('result-next')).toBeNull()
      expect(document.getElementById('result-verify')).toBeNull()
      expect(text('validity-label')).toBe('有效期')
      await waitFor(() => expect(mockedRender).toHaveBeenCalled())
      expect(mockedRender.mock.calls.at(-1)![0].rows.map(([label]) => label)).toContain('有效期')
    })
  })

  // A trial: reopened after a send-back that only asked a question, the page read 已提交，等待审核
  // beside 待补充材料, with neither the question nor a way to answer it.
  describe('sent back since (要求补充材料)', () => {
    const sentBack = (missingItems: string[], over: Record<string, unknown> = {}) =>
      filingView({
        status: 'NEEDS_MATERIALS',
        statusLabel: '待补充材料',
        validFrom: null,
        review: { decision: 'REQUEST_MATERIALS', reasons: [], missingItems, corrections: [], decidedAt: '2026-11-23T03:00:00Z' },
        ...over,
      })
    let redirect: jest.SpyInstance
    beforeEach(() => {
      redirect = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'redirectTo:ok' }) as never)
    })
    afterEach(() => redirect.mockRestore())

    it('a question only: 审核员有个问题要您回答, the question, and 去回答问题 to the filing’s page', async () => {
      mockedGet.mockResolvedValue(sentBack(['为什么到广州就医？'], { statusLabel: '待回答审核员的问题' }))
      await mountPage()
      await waitFor(() => expect(document.getElementById('result-answer')).not.toBeNull())
      expect(text('result-banner')).toContain('审核员有个问题要您回答')
      expect(text('result-banner')).toContain('待回答审核员的问题')
      expect(document.body.textContent).not.toContain('已提交，等待审核')
      expect(document.body.textContent).not.toContain('待补充材料')
      expect(document.querySelector('#asked-card .asked-card__heading')!.textContent).toBe('审核员的问题')
      expect(text('missing-items')).toBe('1. 为什么到广州就医？')
      expect(text('result-asked-where')).toBe('点上面的“去回答问题”，在这条备案的页面里写好回答再提交，不用重新办备案。')
      // One way there, on the first screen: the banner's blue button, no 查看这条备案 beside it.
      const answer = document.getElementById('result-answer')!
      expect(answer.textContent).toBe('去回答问题')
      expect(answer.className).toContain('nut-button-primary')
      expect(document.getElementById('result-banner')!.contains(answer)).toBe(true)
      expect(document.getElementById('open-mine')).toBeNull()
      expect(document.querySelectorAll('.nut-button-primary')).toHaveLength(1)
      expect(document.getElementById('result-next')).toBeNull()
      fireEvent.click(answer)
      await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=f1' }))
    })

    it('materials and a field to correct: 要补充材料, each line, and 去补充材料 (the fields are not on this page)', async () => {
      mockedGet.mockResolvedValue(
        sentBack(['入院记录'], {
          type: 'EMERGENCY', typeName: '异地急诊(抢救)人员', startDate: '2026-11-20', admittedOn: '2026-11-20',
          emergency: {
            admittedOn: '2026-11-20', leftOn: null, dischargedOn: null, awayReason: 'TRAVEL', hospitalName: '阳江市人民医院',
            diagnosis: '右胫骨骨折', criteria: ['ACUTE_PAIN'], deadline: '2026-12-10', mode: 'WINDOW',
          },
          review: { decision: 'REQUEST_MATERIALS', reasons: ['照片看不清'], missingItems: ['入院记录'], corrections: ['phone1'], decidedAt: '2026-11-23T03:00:00Z' },
        }),
      )
      await mountPage()
      await waitFor(() => expect(document.getElementById('result-answer')).not.toBeNull())
      expect(text('result-banner')).toContain('要补充材料')
      expect(text('result-banner')).toContain('待补充材料')
      expect(document.querySelector('#asked-card .asked-card__heading')!.textContent).toBe('工作人员要您补的')
      expect(text('needs-deadline')).toBe('请在 2026 年 12 月 10 日 24:00 前补齐')
      expect(text('missing-items')).toBe('1. 入院记录2. 改正联系电话（不用拍照）')
      expect(text('needs-reasons')).toBe('审核意见：照片看不清')
      expect(text('result-answer')).toBe('去补充材料')
      expect(text('result-asked-where')).toBe('点上面的“去补充材料”，在这条备案的页面里补好再提交，不用重新办备案。')
      fireEvent.click(document.getElementById('result-answer')!)
      await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=f1' }))
    })

    it('shown again after the send-back, it reads where the filing stands now', async () => {
      mockedFace.mockReturnValue(false)
      mockedGet.mockResolvedValue(filingView({ status: 'UNDER_REVIEW', statusLabel: '审核中', validFrom: null }))
      await mountPage()
      await waitFor(() => expect(text('result-banner')).toContain('已提交，等待审核'))
      expect(document.getElementById('result-answer')).toBeNull()
      mockedGet.mockResolvedValue(sentBack(['请说明这次是在哪里、怎么受的伤'], { statusLabel: '待回答审核员的问题' }))
      showAgain()
      await waitFor(() => expect(text('result-banner')).toContain('审核员有个问题要您回答'))
      expect(text('missing-items')).toBe('1. 请说明这次是在哪里、怎么受的伤')
      // The receipt is drawn again for the new status.
      await waitFor(() => expect(mockedRender).toHaveBeenCalledTimes(2))
    })

    it('a filing refused since says so, not 已提交，等待审核', async () => {
      mockedGet.mockResolvedValue(filingView({ status: 'REJECTED', statusLabel: '未通过', validFrom: null }))
      await mountPage()
      await waitFor(() => expect(text('result-banner')).toContain('这条备案未通过'))
      expect(document.body.textContent).not.toContain('等待审核')
      expect(document.getElementById('open-mine')).not.toBeNull()
    })
  })
})
