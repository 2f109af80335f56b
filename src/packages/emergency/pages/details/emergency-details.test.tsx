import Taro from '@tarojs/taro'
import { fireEvent, waitFor } from '@testing-library/react'
import { loadCalendar } from '@/services/calendar'
import { useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { click, mount, unmount } from '@tests/helpers/page'
import { INSURED, signedIn, text, withDraft } from '../../shared/test-fixtures'
import EmergencyDetailsPage from './index'

let mockNow = new Date('2025-09-28T10:00:00+08:00')
jest.mock('@/hooks/use-now', () => ({ useNow: () => mockNow }))
jest.mock('@/services/calendar', () => ({
  ...jest.requireActual('@/services/calendar'),
  loadCalendar: jest.fn().mockResolvedValue(undefined),
}))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

let navigate: jest.SpyInstance
beforeEach(() => {
  mockNow = new Date('2025-09-28T10:00:00+08:00')
  signedIn(INSURED.GUANGXI)
  withDraft()
  navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
})
afterEach(() => {
  unmount({ restoreMocks: false })
  navigate.mockRestore()
})

async function mountPage() {
  await mount(EmergencyDetailsPage)
}

describe('填住院信息: the deadline', () => {
  it('SPEC §6 example: admitted Fri 2025-09-26 → file by 2025-10-10 24:00, stretched by 国庆节、中秋节', async () => {
    await mountPage()
    await waitFor(() => expect(document.getElementById('deadline')).not.toBeNull())
    expect(text('deadline-date')).toBe('2025 年 10 月 10 日 24:00 前')
    // Whose filing it is, under the step bar (a trial: only 请核对 at the end named the person).
    expect(text('for-whom')).toBe('为您本人（李秀英）办急诊补办备案')
    // Sun 28 (make-up working day), Mon 29, Tue 30, Thu Oct 9, Fri Oct 10; today is Sun 28, counted.
    expect(text('deadline-left')).toBe('还剩 5 个工作日（含今天）')
    expect(text('deadline-extension')).toBe('国庆节、中秋节放假，截止日顺延至 10 月 10 日')
    expect(document.getElementById('deadline-provisional')).toBeNull()
    // The server's calendar for the admission year is asked for.
    expect(loadCalendar).toHaveBeenCalledWith(2025)
    click('basis-deadline')
    await waitFor(() => expect(text('deadline')).toContain('第二百零一条'))
    // 广西's own rule: nothing said about a general practice.
    expect(document.getElementById('basis-deadline-default')).toBeNull()
  })

  it('a 参保地 whose rules are not collected (哈尔滨): the 依据 say it is the general practice from those documents, to check with the 参保地', async () => {
    signedIn('230100')
    await mountPage()
    await waitFor(() => expect(document.getElementById('deadline')).not.toBeNull())
    click('basis-deadline')
    await waitFor(() => expect(document.getElementById('basis-deadline-default')).not.toBeNull())
    expect(text('basis-deadline-default')).toContain('参保地自己的规定，这里还没有收录')
    expect(text('basis-deadline-default')).toContain('请向参保地（交医保的地方）的医保经办机构问清楚')
    // Said before the documents it warns about.
    expect(text('basis-deadline-list').indexOf('还没有收录')).toBeLessThan(text('basis-deadline-list').indexOf('柳江'))
  })

  it('the hospital field suggests no particular city’s hospital', async () => {
    await mountPage()
    await waitFor(() => expect(document.querySelector('taro-input-core[name="hospitalName"]')).not.toBeNull())
    const placeholder = document.querySelector('taro-input-core[name="hospitalName"]')?.getAttribute('placeholder') ?? ''
    expect(placeholder).toBe('写医院的全称，和病历上的一样')
  })

  it('says plainly when the count is provisional (next year’s holidays not published yet)', async () => {
    mockNow = new Date('2026-12-29T10:00:00+08:00')
    withDraft({ admittedOn: '2026-12-28' })
    await mountPage()
    await waitFor(() => expect(document.getElementById('deadline-provisional')).not.toBeNull())
    expect(text('deadline-provisional')).toContain('请现在就办')
    expect(loadCalendar).toHaveBeenCalledWith(2027)
  })

  it('past the window: no form, one way on to what to do instead', async () => {
    mockNow = new Date('2025-10-11T00:01:00+08:00')
    await mountPage()
    await waitFor(() => expect(document.getElementById('window-closed')).not.toBeNull())
    expect(text('window-closed')).toContain('2025 年 10 月 10 日 24:00')
    expect(document.getElementById('details-next')).toBeNull()
    expect(document.getElementById('field-hospitalName')).toBeNull()
    click('go-after-window')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/after-window/index' })
  })

  it('Jiangsu: 视同已备案 — explains what to tell the hospital, and offers no way to submit', async () => {
    signedIn(INSURED.JIANGSU)
    await mountPage()
    await waitFor(() => expect(document.getElementById('deemed-filed')).not.toBeNull())
    expect(text('deemed-filed')).toContain('视同已备案')
    expect(document.body.textContent).toContain('跟医院这样说')
    expect(document.getElementById('details-next')).toBeNull()
    expect(document.getElementById('deadline')).toBeNull()
    expect(document.getElementById('submit')).toBeNull()
  })

  it('Jiangsu: what to tell the hospital names the 参保地 and the document (a trial: "我们参保地" gave a 深圳 clerk nothing to check); away more than 3 months, later visits need a filing', async () => {
    signedIn(INSURED.JIANGSU)
    withDraft({ awayLength: 'MORE' })
    await mountPage()
    await waitFor(() => expect(document.getElementById('deemed-filed')).not.toBeNull())
    expect(text('deemed-say-who')).toMatch(/医保在江苏省.+参保，这次是急诊住院，请按急诊登记。/)
    expect(text('deemed-say-rule')).toMatch(/^· “江苏省规定急诊抢救视同已备案（苏医保发〔2022〕75号第八条\(五\)、第三十七条、第十九条），请直接用医保结算。”$/)
    expect(text('deemed-later')).toContain('离开参保地超过 3 个月。只有急诊抢救算备案；以后在那里看门诊、住院，要先有备案才能直接结算。')
    click('deemed-later-file')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/start/index' })
  })

  it('Jiangsu: 知道了，回首页 leaves nothing that would make the home page urge a deadline (a trial: 还没提交 … 越早交越好 stayed)', async () => {
    signedIn(INSURED.JIANGSU)
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    try {
      await mountPage()
      await waitFor(() => expect(document.getElementById('deemed-home')).not.toBeNull())
      click('deemed-home')
      // Back on the first page's step (the home page lists only drafts past it), marked as needing nothing.
      expect(useEmergencyDraftStore.getState().drafts.self).toMatchObject({ step: 'start', nothingToFile: 'DEEMED_FILED', admittedOn: '2025-09-26' })
    } finally {
      reLaunch.mockRestore()
    }
  })

  it('Jiangsu: what to tell the hospital needs none of the first page’s answers (我要备案’s guided questions lead here)', async () => {
    signedIn(INSURED.JIANGSU)
    withDraft({ awayReason: null, admitted: null, criteria: [], admittedOn: '' })
    await mountPage()
    await waitFor(() => expect(document.getElementById('deemed-filed')).not.toBeNull())
    expect(text('deemed-say-rule')).toContain('规定急诊抢救视同已备案')
  })

  it('Jiangsu, away 3 months or less: no later-visits part', async () => {
    signedIn(INSURED.JIANGSU)
    withDraft({ awayLength: 'UP_TO_3_MONTHS' })
    await mountPage()
    await waitFor(() => expect(document.getElementById('deemed-filed')).not.toBeNull())
    expect(document.getElementById('deemed-later')).toBeNull()
    expect(document.getElementById('deemed-later-file')).toBeNull()
  })

  it('Yangjiang: any time before discharge; once discharged, on to what to do instead', async () => {
    signedIn(INSURED.YANGJIANG)
    withDraft({ destination: '450200' })
    await mountPage()
    await waitFor(() => expect(text('deadline')).toContain('出院结算之前，随时都可以补办'))
    click('discharged-YES')
    await waitFor(() => expect(document.getElementById('window-closed')).not.toBeNull())
    click('go-after-window')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/after-window/index' })
  })
})

describe('填住院信息: the fields', () => {
  it('does not go on with mistakes, and marks each in plain words', async () => {
    await mountPage()
    await waitFor(() => expect(document.getElementById('details-next')).not.toBeNull())
    click('details-next')
    await waitFor(() => expect(document.getElementById('error-hospitalName')).not.toBeNull())
    expect(text('error-diagnosis')).toContain('诊断')
    expect(text('error-destination')).not.toBe('')
    expect(navigate).not.toHaveBeenCalled()
  })

  it('goes on to the photos when the admission is filled in, keeping it in the draft', async () => {
    withDraft({ destination: '441700', hospitalName: '阳江市人民医院' })
    await mountPage()
    await waitFor(() => expect(document.getElementById('details-next')).not.toBeNull())
    fireEvent.input(document.querySelector('taro-input-core[name="diagnosis"] input')!, { target: { value: '急性阑尾炎' } })
    click('details-next')
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/materials/index' }))
    expect(useEmergencyDraftStore.getState().drafts.self).toMatchObject({ step: 'materials', diagnosis: '急性阑尾炎' })
  })

  it('fills the contact phone from 实名信息 when it is empty, as the 备案 form does; the person can change it', async () => {
    withDraft({ phone1: '' })
    await mountPage()
    await waitFor(() => expect(useEmergencyDraftStore.getState().drafts.self?.phone1).toBe('13912345678'))
    const input = () => document.querySelector<HTMLInputElement>('taro-input-core[name="phone1"] input')!
    await waitFor(() => expect(input().value).toBe('13912345678'))
    fireEvent.input(input(), { target: { value: '13800001111' } })
    await waitFor(() => expect(useEmergencyDraftStore.getState().drafts.self?.phone1).toBe('13800001111'))
  })

  it('keeps a contact phone already typed in', async () => {
    withDraft({ phone1: '13800001111' })
    await mountPage()
    await waitFor(() => expect(document.getElementById('details-next')).not.toBeNull())
    expect(useEmergencyDraftStore.getState().drafts.self?.phone1).toBe('13800001111')
  })
})
