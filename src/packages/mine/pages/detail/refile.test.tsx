import Taro from '@tarojs/taro'
import { waitFor } from '@testing-library/react'
import { cancelFiling, getFiling, listFilings } from '@/services/filings'
import { listFamilyMembers } from '@/services/family'
import { fetchMe } from '@/services/me'
import { setClock } from '@/lib/clock'
import { click, exists, mount, text, unmount } from '@tests/helpers/page'
import { emptyEmergencyDraft, useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { memberView } from '@/packages/family/shared/test-fixtures'
import type { FilingView } from '@/domain/filings'
import { filingView, setRouterParams } from '../../shared/test-fixtures'
import FilingDetail from './index'
import { refileDraftOf } from './refile-draft'

jest.mock('@/services/filings', () => ({ getFiling: jest.fn(), listFilings: jest.fn(), cancelFiling: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn() }))
jest.mock('@/services/family', () => ({ listFamilyMembers: jest.fn() }))
jest.mock('@/services/calendar', () => ({
  ...jest.requireActual('@/services/calendar'),
  loadCalendar: jest.fn().mockResolvedValue(undefined),
}))

// A trial: a cancelled emergency filing still showed 补办截止 as if it ran, and nothing led on.
// 柳州 (450200, 5 working days), admitted 2025-09-26: the window ends 2025-10-10 (国庆, SPEC §6).
const EMERGENCY = {
  admittedOn: '2025-09-26', leftOn: '2025-09-20', dischargedOn: null, awayReason: 'TRAVEL' as const, hospitalName: '阳江市人民医院',
  diagnosis: '急性阑尾炎', criteria: ['ACUTE_PAIN' as const, 'VITAL_SIGNS' as const], deadline: '2025-10-10', mode: 'WINDOW' as const,
}

function emergencyFiling(overrides: Partial<FilingView> = {}): FilingView {
  return filingView({
    type: 'EMERGENCY', typeName: '异地急诊（抢救）人员', status: 'CANCELLED', statusLabel: '已取消', startDate: '2025-09-26',
    validFrom: null, validTo: null, insuredRegion: '450200', emergency: EMERGENCY,
    contacts: { phone1: '13812345678', phone2: '13912345678', addressAtDestination: '' },
    timeline: [
      { status: 'UNDER_REVIEW', label: '审核中', at: '2025-09-27T02:00:00Z', note: null },
      { status: 'CANCELLED', label: '已取消', at: '2025-09-28T02:00:00Z', note: '填错了' },
    ],
    actions: { canCancel: false, canChange: false, firstAllowedOn: null, explanation: '这条备案已经取消了。' },
    ...overrides,
  })
}

let navigate: jest.SpyInstance
beforeEach(() => {
  setRouterParams({ id: 'f1' })
  useMeStore.setState({ me: null })
  useEmergencyDraftStore.setState({ subject: 'self', drafts: {} })
  ;(fetchMe as jest.Mock).mockReset().mockResolvedValue({ user: { id: 'u1' }, profile: null, verification: null })
  ;(listFamilyMembers as jest.Mock).mockReset().mockResolvedValue({ members: [] })
  ;(listFilings as jest.Mock).mockReset().mockResolvedValue({ filings: [] })
  navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
  jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'redirectTo:ok' }))
})

afterEach(() => {
  unmount()
  setClock(null)
})

async function open(filing: FilingView, at: string) {
  setClock(new Date(at))
  ;(getFiling as jest.Mock).mockReset().mockResolvedValue(filing)
  await mount(FilingDetail)
  await waitFor(() => expect(exists('detail-emergency')).toBe(true))
}

describe('备案详情 of a cancelled or refused emergency filing', () => {
  // A trial: after 取消 the page stayed at its foot (已取消, no button); what the stay can still do is at the top.
  it('cancelling an emergency filing brings the page up to its admission, where 重新办 follows', async () => {
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    try {
      const standing = emergencyFiling({ status: 'UNDER_REVIEW', statusLabel: '审核中', actions: { canCancel: true, canChange: false, firstAllowedOn: null, explanation: '' } })
      ;(cancelFiling as jest.Mock).mockReset().mockResolvedValue(emergencyFiling())
      await open(standing, '2025-09-30T10:00:00+08:00')
      await waitFor(() => expect(exists('detail-cancel')).toBe(true))
      click('detail-cancel')
      await waitFor(() => expect(exists('cancel-reason-wrong')).toBe(true))
      // What cancelling means for this stay, not for trips to come (a trial).
      expect(text('cancel-dialog')).toContain('这次住院不能再凭它直接用医保结算。还在办理期限内的，取消后可以重新办一次')
      expect(text('cancel-dialog')).not.toContain('以后还要去')
      // Reasons of a stay, not of trips (a trial: 已回参保地, 不去外地了).
      expect(exists('cancel-reason-home')).toBe(false)
      expect(exists('cancel-reason-not-going')).toBe(false)
      expect(text('cancel-reason-not-emergency')).toContain('这次不算急诊住院（没住院，或不是突发急病）')
      click('cancel-reason-wrong')
      click('cancel-confirm')
      await waitFor(() => expect(cancelFiling).toHaveBeenCalledWith('f1', '住院信息填错了，要重新办'))
      await waitFor(() => expect(exists('detail-refile')).toBe(true))
      await waitFor(() => expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#detail-emergency' })))
    } finally {
      scroll.mockRestore()
    }
  })

  // A helper's note: 重新办急诊备案 was still offered once the stay had been filed again (the server
  // then refuses the second as a duplicate).
  it('the stay filed again since: says so and opens that filing, no 重新办急诊备案', async () => {
    const cancelled = emergencyFiling()
    const again = emergencyFiling({ id: 'f2', number: 'YD20250930ABCDEF', status: 'UNDER_REVIEW', statusLabel: '审核中', timeline: [] })
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [again, cancelled] })
    await open(cancelled, '2025-09-30T10:00:00+08:00')
    await waitFor(() => expect(text('detail-refile-heading')).toBe('这次住院已经重新办了'))
    expect(text('detail-refile-next')).toBe('这次住院看这一条：异地急诊（抢救）人员，审核中，备案号 YD20250930ABCDEF。')
    expect(exists('detail-refile-start')).toBe(false)
    click('detail-refile-open')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/mine/pages/detail/index?id=f2' })
  })

  it('cancelled, window open: no 补办截止 of its own; the working days left; 重新办急诊备案 prefills the same admission for oneself and opens where the hospital and the diagnosis are', async () => {
    await open(emergencyFiling(), '2025-09-30T10:00:00+08:00')
    await waitFor(() => expect(exists('detail-refile')).toBe(true))
    expect(exists('detail-emergency-deadline')).toBe(false)
    expect(text('detail-emergency')).not.toContain('补办截止')
    expect(text('detail-refile-heading')).toBe('这次住院还能重新办')
    expect(text('detail-refile-lead')).toBe('这条急诊备案已经取消，这次住院（9 月 26 日入院）现在没有备案。')
    expect(text('detail-refile-next')).toBe('还可以重新办急诊备案：还剩 3 个工作日（含今天），要在 2025 年 10 月 10 日 24:00 前提交。')
    expect(text('detail-refile-extension')).toContain('国庆节')

    // A trial: the line said the hospital and the diagnosis were filled in, and the button opened
    // the first page, where neither is. Every first-page answer is known here: it opens on them.
    expect(text('detail-refile-hint')).toBe('入院日期、医院和诊断已经替您填好。点下面的按钮，直接到住院信息，核对一下，再拍一次材料就能提交。')
    click('detail-refile-start')
    const store = useEmergencyDraftStore.getState()
    expect(store.subject).toBe('self')
    expect(store.drafts.self).toMatchObject({
      step: 'details', admitted: 'YES', admittedOn: '2025-09-26', leftOn: '2025-09-20', criteria: ['ACUTE_PAIN', 'VITAL_SIGNS'],
      awayReason: 'TRAVEL', awayLength: 'UP_TO_3_MONTHS', destination: '441700', hospitalName: '阳江市人民医院', diagnosis: '急性阑尾炎',
      phone1: '13812345678', phone2: '13912345678', uploads: [], idempotencyKey: null,
    })
    expect(navigate).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/emergency/pages/details/index' }))
  })

  it('the filing recorded no 离开参保地日期: the first page opens, and the line says what to answer there first', async () => {
    await open(emergencyFiling({ emergency: { ...EMERGENCY, leftOn: null } }), '2025-09-30T10:00:00+08:00')
    await waitFor(() => expect(exists('detail-refile-start')).toBe(true))
    expect(text('detail-refile-hint')).toBe('入院日期、医院和诊断已经替您填好。点下面的按钮，先回答“离开参保地多久了”，再点下一步核对住院信息，拍一次材料就能提交。')
    click('detail-refile-start')
    expect(useEmergencyDraftStore.getState().drafts.self).toMatchObject({ step: 'start', awayLength: null, hospitalName: '阳江市人民医院', diagnosis: '急性阑尾炎' })
    // On what is left to answer, not at the top (a trial).
    expect(navigate).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/emergency/pages/start/index?ask=open' }))
  })

  it('filed for a family member who may still be filed for: opens on the hospital and the diagnosis, for that member', async () => {
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [memberView({ id: 'm7', name: '张建华', idNumberMasked: '110105********0012', canFile: true })] })
    await open(
      emergencyFiling({
        filedBySelf: false, filedBy: { self: true, nameMasked: '张丽' },
        subject: { name: '张建华', idNumberMasked: '110105********0012', relationLabel: '父母', kin: '父亲' },
      }),
      '2025-09-30T10:00:00+08:00',
    )
    await waitFor(() => expect(exists('detail-refile-start')).toBe(true))
    expect(text('detail-refile-hint')).toContain('直接到住院信息')
    click('detail-refile-start')
    expect(useEmergencyDraftStore.getState().subject).toBe('member:m7')
    expect(useEmergencyDraftStore.getState().drafts['member:m7']).toMatchObject({ step: 'details', hospitalName: '阳江市人民医院' })
    expect(navigate).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/emergency/pages/details/index' }))
  })

  it('refused, filed for a family member: the flow opens for that member', async () => {
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [memberView({ id: 'm7', name: '张建华', idNumberMasked: '110105********0012' })] })
    await open(
      emergencyFiling({
        status: 'REJECTED', statusLabel: '未通过', filedBySelf: false, filedBy: { self: true, nameMasked: '张丽' },
        subject: { name: '张建华', idNumberMasked: '110105********0012', relationLabel: '父母', kin: '父亲' },
        review: { decision: 'REJECT', reasons: ['诊断证明看不清'], missingItems: [], corrections: [], decidedAt: '2025-09-29T02:00:00Z' },
      }),
      '2025-10-09T10:00:00+08:00',
    )
    await waitFor(() => expect(exists('detail-refile-start')).toBe(true))
    expect(text('detail-refile-lead')).toBe('这条急诊备案没有通过，这次住院（9 月 26 日入院）现在没有备案。')
    expect(text('detail-refile-next')).toContain('还剩 2 个工作日（含今天）')
    // He has not authorised her (yet, or any more): the first page asks for it, and the line says so.
    expect(text('detail-refile-hint')).toBe('入院日期、医院和诊断已经替您填好。要等张建华同意让您代办，才能接着办：点下面的按钮，看怎么请张建华同意。')
    click('detail-refile-start')
    expect(useEmergencyDraftStore.getState().subject).toBe('member:m7')
    expect(useEmergencyDraftStore.getState().drafts['member:m7']?.admittedOn).toBe('2025-09-26')
    expect(navigate).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/emergency/pages/start/index?member=m7&ask=open' }))
  })

  it('a draft of that person already past the first step is kept (the flow offers it back), not overwritten', async () => {
    useEmergencyDraftStore.setState({
      subject: 'self',
      drafts: { self: { ...emptyEmergencyDraft(), step: 'materials', admittedOn: '2025-09-27', hospitalName: '另一家医院' } },
    })
    await open(emergencyFiling(), '2025-09-30T10:00:00+08:00')
    await waitFor(() => expect(exists('detail-refile-start')).toBe(true))
    click('detail-refile-start')
    expect(useEmergencyDraftStore.getState().drafts.self).toMatchObject({ step: 'materials', admittedOn: '2025-09-27', hospitalName: '另一家医院' })
    // The first page, which offers it back (接着上次填), not 住院信息 under the kept draft.
    expect(navigate).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/emergency/pages/start/index' }))
  })

  it('cancelled, window passed: no button to file; the 零星报销 guidance, and its page', async () => {
    await open(emergencyFiling(), '2025-10-13T10:00:00+08:00')
    await waitFor(() => expect(exists('detail-refile')).toBe(true))
    expect(exists('detail-emergency-deadline')).toBe(false)
    expect(exists('detail-refile-start')).toBe(false)
    expect(text('detail-refile-heading')).toBe('来不及重新办了，医药费还能报')
    expect(text('detail-refile-next')).toBe('重新办急诊备案的时间已经过了（截止日期是 2025 年 10 月 10 日 24:00）。医药费还是能报的：先自己付，回参保地申请零星报销。')
    expect(text('detail-refile-guidance')).toContain('来不及备案也能报销：先自己付钱，回参保地“零星报销”')
    expect(text('detail-refile-guidance')).toContain('出院结算时先按自费付清')
    click('detail-refile-after-window')
    expect(navigate).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/emergency/pages/after-window/index' }))
  })

  it('a family member no longer in the list: says what to do instead of a button', async () => {
    await open(
      emergencyFiling({ filedBySelf: false, filedBy: { self: true, nameMasked: '张丽' }, subject: { name: '张建华', idNumberMasked: '110105********0012', relationLabel: '父母' } }),
      '2025-09-30T10:00:00+08:00',
    )
    await waitFor(() => expect(exists('detail-refile-no-member')).toBe(true))
    expect(exists('detail-refile-start')).toBe(false)
    expect(text('detail-refile-no-member')).toContain('请先在“家人代办”里添加张建华')
  })

  it.each([
    // status | label: a filing that still stands keeps its own 补办截止, and no 重新办
    ['UNDER_REVIEW' as const, '审核中'],
    ['APPROVED' as const, '备案成功'],
  ])('%s: 补办截止 stays, said as met, nothing to file again', async (status, statusLabel) => {
    await open(emergencyFiling({ status, statusLabel, validFrom: status === 'APPROVED' ? '2025-09-26' : null }), '2025-09-30T10:00:00+08:00')
    // Filed by then: said as met, not as something still due (a trial).
    expect(text('detail-emergency-deadline')).toBe('补办截止2025 年 10 月 10 日 24:00（已按时提交）')
    expect(exists('detail-refile')).toBe(false)
  })
})

it('an answer sent after the 补办截止: the row gives the date alone, not 已按时提交', async () => {
  const late = emergencyFiling({
    status: 'UNDER_REVIEW',
    statusLabel: '审核中',
    timeline: [
      { status: 'UNDER_REVIEW', label: '审核中', at: '2025-09-27T02:00:00Z', note: null },
      { status: 'NEEDS_MATERIALS', label: '待补充材料', at: '2025-09-28T02:00:00Z', note: '请补充 1 项：入院记录' },
      // 2025-10-11 08:00 in China: the day after the deadline.
      { status: 'UNDER_REVIEW', label: '审核中', at: '2025-10-11T00:00:00Z', note: '已补充材料' },
    ],
  })
  await open(late, '2025-10-11T10:00:00+08:00')
  expect(text('detail-emergency-deadline')).toBe('补办截止2025 年 10 月 10 日 24:00')
})

describe('refileDraftOf: 离开参保地多久 from what the filing recorded', () => {
  const draftOf = (emergency: Partial<typeof EMERGENCY>) =>
    refileDraftOf({ ...emergencyFiling(), emergency: { ...EMERGENCY, ...emergency } })

  it('answered 不超过 3 个月 when the filing recorded the day they left, within 3 months of the admission', () => {
    expect(draftOf({}).awayLength).toBe('UP_TO_3_MONTHS')
    // 3 months from the day after leaving (001 受理条件): left 06-26, the last day is 09-26.
    expect(draftOf({ leftOn: '2025-06-26' }).awayLength).toBe('UP_TO_3_MONTHS')
  })

  it('asked again when the filing did not record the day, or the day no longer fits (never guessed)', () => {
    expect(draftOf({ leftOn: undefined }).awayLength).toBeNull()
    expect(draftOf({ leftOn: '2025-06-25' }).awayLength).toBeNull()
  })
})
