import Taro from '@tarojs/taro'
import { fireEvent, waitFor } from '@testing-library/react'
import { cancelFiling, getFiling, listFilings } from '@/services/filings'
import { click, mount, text, unmount } from '@tests/helpers/page'
import { filingView, setRouterParams } from '../../shared/test-fixtures'
import { UNVERIFIED_REVIEW_NOTE } from '@/domain/verification'
import { fetchMe, type Me } from '@/services/me'
import { useMeStore } from '@/stores/use-me-store'
import { useSeenNewsStore } from '@/stores/use-seen-news-store'
import FilingDetail from './index'

jest.mock('@/services/filings', () => ({ getFiling: jest.fn(), listFilings: jest.fn(), cancelFiling: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn() }))

const mockedGet = getFiling as jest.MockedFunction<typeof getFiling>
const mockedList = listFilings as jest.MockedFunction<typeof listFilings>
const mockedCancel = cancelFiling as jest.MockedFunction<typeof cancelFiling>
const mockedMe = fetchMe as jest.MockedFunction<typeof fetchMe>
const meWith = (status: 'UNVERIFIED' | 'PENDING'): Me => ({
  user: { id: 'u1' },
  profile: null,
  verification: { status, statusLabel: status, method: null, at: null, reason: null, conflict: null },
})
const { ApiError } = jest.requireActual('@/services/api-error')


async function mountPage(params: Record<string, string> = { id: 'f1' }) {
  setRouterParams(params)
  await mount(FilingDetail)
}

beforeEach(() => {
  mockedGet.mockReset().mockResolvedValue(filingView())
  mockedList.mockReset()
  mockedCancel.mockReset()
  useMeStore.setState({ me: null })
  mockedMe.mockReset().mockResolvedValue(meWith('UNVERIFIED'))
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
  jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'redirectTo:ok' }))
})

afterEach(() => unmount())

describe('备案详情 page', () => {
  // A trial: 备案已通过 cards stayed on the home page after the filings were read here.
  it('reading an approved filing here tells its home-page card it has been seen; one in review does not', async () => {
    useSeenNewsStore.setState({ seen: [] })
    await mountPage()
    await waitFor(() => expect(useSeenNewsStore.getState().seen).toEqual(['FILING_APPROVED:f1']))
    unmount()
    useSeenNewsStore.setState({ seen: [] })
    mockedGet.mockResolvedValue(filingView({ id: 'f2', status: 'UNDER_REVIEW' }))
    await mountPage({ id: 'f2' })
    await waitFor(() => expect(document.getElementById('detail-status')).not.toBeNull())
    expect(useSeenNewsStore.getState().seen).toEqual([])
  })

  it('shows the filing and its status timeline in China time', async () => {
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-timeline')).not.toBeNull())
    expect(mockedGet).toHaveBeenCalledWith('f1')
    expect(text('detail-status')).toBe('备案成功')
    expect(text('detail-number')).toContain('YD20261123ABCDEF')
    expect(text('detail-validity')).toContain('有效期2026 年 11 月 23 日起长期有效')
    expect(text('detail-validity-period')).toBe('2026 年 11 月 23 日起长期有效')
    expect(text('detail-materials')).toBe('已上传 1 份材料')

    const items = document.querySelectorAll('#detail-timeline .timeline__item')
    expect(items).toHaveLength(2)
    // 02:00 UTC is 10:00 in China, whatever zone the test machine is in.
    expect(items[0].textContent).toContain('已提交')
    expect(items[0].textContent).toContain('2026 年 11 月 23 日 10:00')
    expect(items[1].textContent).toContain('备案成功')
    expect(items[1].textContent).toContain('即时办结')
    expect(document.getElementById('detail-change')).not.toBeNull()
    expect(document.getElementById('detail-cancel')).not.toBeNull()
    expect(document.getElementById('detail-lock')).toBeNull()
  })

  it('says 有效期 once for an emergency filing: the heading, then 当次住院有效', async () => {
    mockedGet.mockResolvedValue(filingView({
      type: 'EMERGENCY', typeName: '异地急诊(抢救)人员', startDate: '2025-09-26', endDate: null, validFrom: '2025-09-26', validTo: null,
      emergency: {
        admittedOn: '2025-09-26', leftOn: null, dischargedOn: null, awayReason: 'TRAVEL', hospitalName: '阳江市人民医院',
        diagnosis: '急性阑尾炎', criteria: ['ACUTE_PAIN'], deadline: '2025-10-10', mode: 'WINDOW',
      },
    }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-validity')).not.toBeNull())
    expect(text('detail-validity-period')).toBe('当次住院有效（9 月 26 日入院）')
    expect(text('detail-validity').match(/有效期/g)).toHaveLength(1)
  })

  // A trial: a 68-year-old in hospital was invited to 变更或取消 a filing that covers this stay only
  // (当次入院有效). The card says first that going home needs nothing; the buttons stay, but plain.
  it.each([
    // [type, heading, primary 变更]
    ['EMERGENCY' as const, '出院回家后不用取消', false],
    ['OTHER_TEMPORARY' as const, '变更或取消', true],
    ['RETIRED_RESETTLED' as const, '变更或取消', true],
  ])('a %s filing: the change/cancel card is headed %s, 变更 primary %p', async (type, heading, primary) => {
    const explanation = type === 'EMERGENCY'
      ? '急诊住院的备案只管这一次住院，这次住院结束，备案也就结束了，出院回家后不用变更或取消。填错了，或者不需要这条备案了，也可以随时变更或取消。'
      : '临时外出就医备案可以随时变更或取消。'
    mockedGet.mockResolvedValue(filingView({
      type, actions: { canCancel: true, canChange: true, firstAllowedOn: null, explanation },
    }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-actions')).not.toBeNull())
    const card = document.getElementById('detail-actions')!
    expect(text('detail-actions-heading')).toBe(heading)
    // The words come before the buttons, and the buttons are still there.
    expect(card.firstElementChild!.id).toBe('detail-actions-heading')
    expect(card.children[1].id).toBe('detail-explanation')
    expect(text('detail-explanation')).toBe(explanation)
    const change = document.getElementById('detail-change')!
    expect(document.getElementById('detail-cancel')).not.toBeNull()
    expect(change.className.includes('nut-button-primary')).toBe(primary)
  })

  // A fresh trial: under review, the details said only the start asked for. The validity true for
  // the state: in review, from approval at the earliest the start; approved, its dates; long-term, 长期有效.
  it.each([
    // [state, facts, heading, validity]
    ['in review, start ahead', { status: 'UNDER_REVIEW' as const, startDate: '2026-12-03', validFrom: '2026-12-03' }, '申请的有效期', '审核通过那天起生效，最早从 2026 年 12 月 3 日起，长期有效'],
    ['in review, start today', { status: 'UNDER_REVIEW' as const, startDate: '2026-12-01', validFrom: '2026-12-01' }, '申请的有效期', '审核通过那天起生效，长期有效'],
    ['approved later than its start', { startDate: '2026-11-20', validFrom: '2026-11-23', type: 'OTHER_TEMPORARY' as const, validTo: '2027-05-22' }, '有效期', '2026 年 11 月 23 日 至 2027 年 5 月 22 日'],
    ['approved, long-term', {}, '有效期', '2026 年 11 月 23 日起长期有效'],
  ])('shows the validity true for its state: %s', async (_state, over, heading, validity) => {
    mockedGet.mockResolvedValue(filingView(over))
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-validity')).not.toBeNull())
    expect(document.querySelector('#detail-validity .detail__heading')!.textContent).toBe(heading)
    expect(text('detail-validity-period')).toBe(validity)
  })

  it('gives no element the id "undefined" (a row without an id of its own has none)', async () => {
    mockedGet.mockResolvedValue(filingView({
      type: 'EMERGENCY', typeName: '异地急诊(抢救)人员', startDate: '2025-09-26', endDate: null, validFrom: '2025-09-26', validTo: null,
      chronicDiseaseHospital: '阳江市人民医院',
      emergency: {
        admittedOn: '2025-09-26', leftOn: null, dischargedOn: null, awayReason: 'TRAVEL', hospitalName: '阳江市人民医院',
        diagnosis: '急性阑尾炎', criteria: ['ACUTE_PAIN'], deadline: '2025-10-10', mode: 'WINDOW',
      },
    }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-validity')).not.toBeNull())
    expect(document.querySelectorAll('.detail__row').length).toBeGreaterThan(5)
    expect(document.querySelectorAll('[id="undefined"]')).toHaveLength(0)
  })

  // A fresh trial: opened from a link in H5, the details had no way to the home page.
  it('ends with 返回首页', async () => {
    mockedGet.mockResolvedValue(filingView({}))
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-home')).not.toBeNull())
    expect(text('detail-home')).toBe('返回首页')
  })

  it('a proxy who has not verified reads that it is her own 实人认证 the filing waits for', async () => {
    mockedGet.mockResolvedValue(filingView({
      status: 'UNDER_REVIEW', statusLabel: '审核中', validFrom: null, validTo: null,
      filedBySelf: false, filedBy: { self: true, nameMasked: '张丽' }, subject: { name: '张建华', idNumberMasked: '110105********0012', relationLabel: '父母' },
      timeline: [{ status: 'UNDER_REVIEW', label: '审核中', at: '2026-11-23T02:00:00Z', note: UNVERIFIED_REVIEW_NOTE }],
    }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-timeline')).not.toBeNull())
    expect(text('detail-timeline')).toContain('您（办理人）自己还没有完成实人认证')
    expect(text('detail-timeline')).not.toContain(UNVERIFIED_REVIEW_NOTE)
  })

  // A trial: a mother read her daughter as 李*梅 on the filing made for her.
  it('the person it was filed for reads the proxy they authorised by name, with what she is to them', async () => {
    mockedGet.mockResolvedValue(filingView({
      status: 'UNDER_REVIEW', statusLabel: '审核中', validFrom: null, validTo: null,
      filedBySelf: false, filedBy: { self: false, nameMasked: '李*梅', name: '李红梅', kin: '子女' },
      timeline: [{ status: 'UNDER_REVIEW', label: '审核中', at: '2026-11-23T02:00:00Z', note: UNVERIFIED_REVIEW_NOTE }],
    }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-timeline')).not.toBeNull())
    expect(document.body.textContent).toContain('由您的子女李红梅代办')
    expect(text('detail-timeline')).toContain('办理人李红梅提交时还没有完成实人认证')
    expect(document.body.textContent).not.toContain('李*梅')
  })

  it('a proxy whose 实人认证 photos wait for staff reads that they wait, not 还没有完成', async () => {
    mockedMe.mockResolvedValue(meWith('PENDING'))
    mockedGet.mockResolvedValue(filingView({
      status: 'UNDER_REVIEW', statusLabel: '审核中', validFrom: null, validTo: null,
      filedBySelf: false, filedBy: { self: true, nameMasked: '张丽' }, subject: { name: '张建华', idNumberMasked: '110105********0012', relationLabel: '父母' },
      timeline: [{ status: 'UNDER_REVIEW', label: '审核中', at: '2026-11-23T02:00:00Z', note: UNVERIFIED_REVIEW_NOTE }],
    }))
    await mountPage()
    await waitFor(() => expect(text('detail-timeline')).toContain('您（办理人）的实人认证照片已提交，正在等工作人员核对'))
    expect(text('detail-timeline')).not.toContain('还没有完成')
  })

  // Issue 12 item 6 (004 个人承诺书 温馨提示2): who signed is shown beside the person it is for.
  it.each([
    [null, '个人承诺书：张建华 于 2026 年 11 月 23 日 签名'],
    [{ name: '张三', idNumberMasked: '1101**********1233', relation: 'PARENT' as const, line: '由张三（参保人的子女）代签' },
      '个人承诺书：由张三（参保人的子女）代签（代签人身份证 1101**********1233），2026 年 11 月 23 日 签名'],
  ])('shows who signed the 承诺书 (%j)', async (signedBy, line) => {
    mockedGet.mockResolvedValue(
      filingView({
        basis: 'COMMITMENT',
        commitment: { signedName: signedBy ? '张三' : '张建华', textVersion: '2026-01', signedAt: '2026-11-23T02:00:00Z', signedBy },
      }),
    )
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-commitment')).not.toBeNull())
    expect(text('detail-commitment')).toBe(line)
  })

  it.each([
    ['230100', true],
    ['320602', false],
  ])('the 依据 of the 有效期 say first when the 参保地 (%s) has no collected rule of its own: %s', async (insuredRegion, general) => {
    mockedGet.mockResolvedValue(filingView({ insuredRegion }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-validity')).not.toBeNull())
    click('basis-validity')
    await waitFor(() => expect(document.getElementById('basis-validity-list')).not.toBeNull())
    expect(document.getElementById('basis-validity-default') !== null).toBe(general)
    if (general) expect(text('basis-validity-default')).toContain('请向参保地（交医保的地方）的医保经办机构问清楚')
  })

  it('shows the note written on a material (issue 13 item 11)', async () => {
    mockedGet.mockResolvedValue(filingView({
      materials: [
        { id: 'u1', kind: 'JPEG', size: 1000, purpose: 'ID_DOCUMENT', note: null },
        { id: 'u2', kind: 'JPEG', size: 1000, purpose: 'PROPERTY_CERTIFICATE', note: '王丽，女儿' },
      ],
    }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-materials')).not.toBeNull())
    expect(text('detail-materials')).toBe('已上传 2 份材料')
    expect(text('detail-material-note-u2')).toBe('房产证（不动产权证书）的备注：王丽，女儿')
    expect(document.getElementById('detail-material-note-u1')).toBeNull()
  })

  it('explains a commitment lock with the first allowed date instead of the buttons', async () => {
    mockedGet.mockResolvedValue(
      filingView({
        basis: 'COMMITMENT',
        actions: {
          canCancel: false,
          canChange: false,
          firstAllowedOn: '2027-05-23',
          explanation: '承诺制备案 6 个月内不能变更或取消。',
        },
      }),
    )
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-lock')).not.toBeNull())
    expect(text('detail-lock')).toContain('承诺制备案 6 个月内不能变更或取消')
    expect(text('detail-lock')).toContain('最早 2027 年 5 月 23 日可以办理')
    expect(document.getElementById('detail-change')).toBeNull()
    expect(document.getElementById('detail-cancel')).toBeNull()
  })

  it('cancels with the reason chosen in the dialog, then shows the cancelled filing', async () => {
    mockedCancel.mockResolvedValue(
      filingView({
        status: 'CANCELLED',
        statusLabel: '已取消',
        actions: { canCancel: false, canChange: false, firstAllowedOn: null, explanation: '这条备案已取消。' },
      }),
    )
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-cancel')).not.toBeNull())
    click('detail-cancel')
    await waitFor(() => expect(document.getElementById('cancel-reason-home')).not.toBeNull())

    click('cancel-reason-home')
    // Coming home: benefits there resume from the day of the cancel (001 第十一条).
    await waitFor(() => expect(text('cancel-dialog')).toContain('恢复参保地的医保待遇'))
    click('cancel-confirm')

    await waitFor(() => expect(mockedCancel).toHaveBeenCalledWith('f1', '已回参保地'))
    await waitFor(() => expect(text('detail-status')).toBe('已取消'))
    expect(document.getElementById('detail-cancel')).toBeNull()
  })

  it.each([
    // 001 quotes 桂人社发〔2017〕6号 (广西): its own 依据 to a 柳州 person, another place's to a 南昌 one.
    ['450200', false],
    ['360100', true],
  ])('已回参保地’s 依据 for a person insured in %s: the not-collected note shown: %s', async (insuredRegion, noted) => {
    mockedGet.mockResolvedValue(filingView({ insuredRegion }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-cancel')).not.toBeNull())
    click('detail-cancel')
    await waitFor(() => expect(document.getElementById('cancel-reason-home')).not.toBeNull())
    click('cancel-reason-home')
    await waitFor(() => expect(document.getElementById('basis-cancel-home')).not.toBeNull())
    click('basis-cancel-home')
    await waitFor(() => expect(text('basis-cancel-home-list')).toContain('《桂人社发〔2017〕6号》第十一条'))
    expect(document.getElementById('basis-cancel-home-default') !== null).toBe(noted)
  })

  it('sends the person’s own words for 其他, and needs at least two characters', async () => {
    mockedCancel.mockResolvedValue(filingView({ status: 'CANCELLED' }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-cancel')).not.toBeNull())
    click('detail-cancel')
    await waitFor(() => expect(document.getElementById('cancel-reason-other')).not.toBeNull())
    click('cancel-reason-other')
    await waitFor(() => expect(text('cancel-dialog')).toContain('至少 2 个字'))
    click('cancel-confirm')
    expect(mockedCancel).not.toHaveBeenCalled()

    const area = await waitFor(() => {
      const el = document.querySelector('taro-textarea-core[name="cancelReason"] textarea')
      if (!el) throw new Error('no textarea yet')
      return el
    })
    fireEvent.input(area, { target: { value: '孩子接我回老家了' } })
    await waitFor(() => expect(text('cancel-dialog')).not.toContain('至少 2 个字'))
    click('cancel-confirm')
    await waitFor(() => expect(mockedCancel).toHaveBeenCalledWith('f1', '孩子接我回老家了'))
  })

  it('shows the server’s plain message when it refuses with CANCEL_LOCKED', async () => {
    mockedCancel.mockRejectedValue(
      new ApiError(409, 'CANCEL_LOCKED', '承诺制备案 6 个月内不能取消，最早 2027 年 5 月 23 日可以办理。'),
    )
    await mountPage()
    await waitFor(() => expect(document.getElementById('detail-cancel')).not.toBeNull())
    click('detail-cancel')
    await waitFor(() => expect(document.getElementById('cancel-reason-not-going')).not.toBeNull())
    click('cancel-reason-not-going')
    click('cancel-confirm')
    await waitFor(() => expect(text('cancel-error')).toContain('最早 2027 年 5 月 23 日可以办理'))
    expect(mockedCancel).toHaveBeenCalledWith('f1', '不去外地了')
  })

  it('says when a filing is not found, with a way back to the list', async () => {
    mockedGet.mockRejectedValue(new ApiError(404, 'FILING_NOT_FOUND', 'not found'))
    await mountPage({ id: 'someone-else' })
    await waitFor(() => expect(text('detail-not-found')).toContain('没有找到这条备案'))
    click('detail-back')
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/mine/pages/list/index' })
  })

  it('finds a filing by its number', async () => {
    mockedList.mockResolvedValue({
      filings: [filingView({ id: 'x', number: 'YD20261101ZZZZZZ' }), filingView({ id: 'y', number: 'YD20261123ABCDEF', typeName: '异地长期居住人员' })],
    })
    await mountPage({ number: 'yd20261123abcdef' })
    await waitFor(() => expect(text('detail-number')).toContain('YD20261123ABCDEF'))
    expect(mockedGet).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('异地长期居住人员')
  })

  it('links a changed filing to the one it replaced', async () => {
    mockedGet.mockResolvedValue(filingView({ id: 'new', registration: 'CHANGE', supersedes: 'old' }))
    await mountPage({ id: 'new', changed: '1' })
    await waitFor(() => expect(document.getElementById('detail-changed')).not.toBeNull())
    expect(text('detail-registration')).toContain('变更后的备案')
    click('detail-old')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=old' })
  })
})
