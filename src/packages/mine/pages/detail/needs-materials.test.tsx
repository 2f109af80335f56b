import Taro from '@tarojs/taro'
import { fireEvent, waitFor } from '@testing-library/react'
import { ApiError } from '@/services/api-error'
import { useMeStore } from '@/stores/use-me-store'
import { fetchMe } from '@/services/me'
import { addMaterials, downloadUpload, getFiling, uploadMaterial } from '@/services/filings'
import { forgetShownPhotos } from '@/hooks/use-shown-photos'
import { filingView, setRouterParams } from '../../shared/test-fixtures'
import { useAddedMaterialsStore } from '@/stores/use-added-materials-store'
import { click, mount, text, unmount } from '@tests/helpers/page'
import FilingDetail from './index'

jest.mock('@/services/filings', () => ({
  getFiling: jest.fn(),
  listFilings: jest.fn(),
  cancelFiling: jest.fn(),
  addMaterials: jest.fn(),
  uploadMaterial: jest.fn(),
  downloadUpload: jest.fn(),
}))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn().mockResolvedValue({ user: { id: 'u1' }, profile: null }) }))

const mockedGet = getFiling as jest.MockedFunction<typeof getFiling>
const mockedAdd = addMaterials as jest.MockedFunction<typeof addMaterials>
const mockedUpload = uploadMaterial as jest.MockedFunction<typeof uploadMaterial>
const mockedDownload = downloadUpload as jest.MockedFunction<typeof downloadUpload>


const EMERGENCY = {
  admittedOn: '2025-09-26', leftOn: null, dischargedOn: null, awayReason: 'TRAVEL' as const,
  hospitalName: '阳江市人民医院', diagnosis: '急性阑尾炎', criteria: ['ACUTE_PAIN' as const],
  deadline: '2025-10-10', mode: 'WINDOW' as const,
}

const MISSING = ['急诊诊断证明要有医院公章，现在的照片看不到公章', '身份证背面', '入院记录第 2 页']

const needsMaterials = filingView({
  id: 'e1',
  type: 'EMERGENCY',
  typeName: '异地急诊(抢救)人员',
  status: 'NEEDS_MATERIALS',
  statusLabel: '待补充材料',
  validFrom: null,
  emergency: EMERGENCY,
  review: { decision: 'REQUEST_MATERIALS', reasons: ['材料不全'], missingItems: MISSING, corrections: [], decidedAt: '2025-09-29T02:00:00Z' },
  actions: { canCancel: true, canChange: false, firstAllowedOn: null, explanation: '审核中的急诊备案可以取消。' },
})

/** A line naming only the 医保码 (not photographed): it asks for no photo in particular, so any photo may be sent. */
const ASKED_QR = { ...needsMaterials.review!, missingItems: ['医保码没有激活，请激活后告诉我们'] }

async function mountPage() {
  setRouterParams({ id: 'e1' })
  await mount(FilingDetail)
}

beforeEach(() => {
  useAddedMaterialsStore.setState({ byFiling: {}, replyByFiling: {} })
  mockedGet.mockReset().mockResolvedValue(needsMaterials)
  mockedAdd.mockReset()
  mockedUpload.mockReset()
  mockedDownload.mockReset().mockRejectedValue(new Error('offline'))
  forgetShownPhotos()
})

afterEach(() => unmount())

describe('备案详情: 待补充材料 and 未通过', () => {
  it('lists every missing item at once (一次性告知)', async () => {
    await mountPage()
    await waitFor(() => expect(document.getElementById('missing-items')).not.toBeNull())
    // The region for the confirmation is there from the start, empty (so its news is read out).
    expect(document.getElementById('detail-announce')!.textContent).toBe('')
    const items = document.querySelectorAll('#missing-items .asked-card__item')
    expect(items).toHaveLength(3)
    MISSING.forEach((m, i) => expect(items[i].textContent).toContain(m))
    expect(text('needs-reasons')).toContain('材料不全')
    expect(text('detail-emergency')).toContain('阳江市人民医院')
    // Every document the reviewer asked for can be photographed here: here 身份证背面 and the
    // two emergency proofs named. 身份证 has a button per side (正面/反面).
    for (const code of ['ID_DOCUMENT-FRONT', 'ID_DOCUMENT-BACK', 'EMERGENCY_DIAGNOSIS', 'ADMISSION_RECORD']) {
      expect(document.getElementById(`pick-${code}`)).not.toBeNull()
    }
    // Named documents are each needed: the card says so, not 任选一种, and offers no other option.
    expect(document.getElementById('pick-OUTPATIENT_RECORD')).toBeNull()
    expect(text('asked-EMERGENCY_PROOF')).toBe('工作人员要您补这 2 项，每一项都要拍')
    expect(document.getElementById('asked-materials')!.textContent).not.toContain('任选一种')
  })

  // A trial: staff asked a daughter for the 授权委托书 on her father's filing; the page had no place
  // for it, and her own ID went in under 参保人的身份证明.
  it('a filing made for a family member: the 授权委托书 and 代办人的身份证件 asked for each have their card', async () => {
    const asked = ['授权委托书', '代办人的有效身份证件']
    mockedGet.mockResolvedValue({ ...needsMaterials, filedBySelf: false, review: { ...needsMaterials.review!, missingItems: asked } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('asked-materials')).not.toBeNull())
    const cards = Array.from(document.querySelectorAll('#asked-materials .materials__req')).map((c) => c.id)
    expect(cards).toEqual(['req-PROXY_IDENTITY', 'req-AUTHORIZATION'])
    expect(text('req-PROXY_IDENTITY')).toContain('代办人')
    expect(document.getElementById('pick-AUTHORIZATION_LETTER')).not.toBeNull()
    expect(document.getElementById('req-IDENTITY')).toBeNull()
    // Her own papers speak to her; the 参保人's are about him, by name.
    expect(text('req-AUTHORIZATION')).toContain('由您代办')
  })

  // A trial: staff asked the daughter for the 授权委托书, and its template was only on 家人代办.
  it('the 授权委托书 asked of the proxy: its template opens under the card, with both names', async () => {
    const me = { user: { id: 'u1' }, profile: { name: '王芳', idNumber: '440301198506060021' } }
    ;(fetchMe as jest.Mock).mockResolvedValue(me)
    useMeStore.setState({ me: me as never })
    mockedGet.mockResolvedValue({ ...needsMaterials, filedBySelf: false, subject: { name: '王建国', idNumberMasked: '4501**********0011' }, review: { ...needsMaterials.review!, missingItems: ['授权委托书'] } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('letter-template-toggle')).not.toBeNull())
    expect(document.getElementById('letter-template')).toBeNull()
    click('letter-template-toggle')
    await waitFor(() => expect(document.getElementById('letter-template')).not.toBeNull())
    const letter = text('letter-template')
    expect(letter).toContain('请王建国本人签名（或按手印）')
    expect(letter).toContain('委托人（参保人）：王建国')
    expect(letter).toContain('受托人（代办人）：王芳')
    expect(letter).toContain('身份证号：440301198506060021')
    ;(fetchMe as jest.Mock).mockResolvedValue({ user: { id: 'u1' }, profile: null })
    useMeStore.setState({ me: null })
  })

  // A trial: staff asked for 代办人的有效身份证件; the father's phone asked him for it, in her words.
  it('the father reading the filing his daughter made: her own papers are hers to add, with no button for him', async () => {
    mockedGet.mockResolvedValue({
      ...needsMaterials,
      filedBySelf: false,
      filedBy: { self: false, nameMasked: '张*', name: '张丽', kin: '女儿' },
      review: { ...needsMaterials.review!, missingItems: ['代办人的有效身份证件'] },
    })
    await mountPage()
    await waitFor(() => expect(document.getElementById('req-PROXY_IDENTITY')).not.toBeNull())
    expect(text('req-PROXY_IDENTITY-by-proxy')).toBe('这一项是代办人自己的材料，要您的女儿张丽在自己的手机上打开“我的备案”补交。您不用拍。')
    expect(text('needs-materials-what-to-do')).toBe('这次要补的都是代办人自己的材料，请您的女儿张丽在自己的手机上打开“我的备案”补交。您不用做什么。')
    expect(document.querySelector('[id^="pick-"]')).toBeNull()
    expect(document.getElementById('submit-materials')).toBeNull()
    expect(document.getElementById('other-materials')).toBeNull()
  })

  // A review: he could photograph his own document, but one answer must hold every named
  // document, hers too (the server's check), so his send was refused for want of her ID.
  it('the father, asked for his own material beside hers: she sends it all, his goes to her; no button, no 提交', async () => {
    mockedGet.mockResolvedValue({
      ...needsMaterials,
      filedBySelf: false,
      filedBy: { self: false, nameMasked: '张*', name: '张丽', kin: '女儿' },
      review: { ...needsMaterials.review!, missingItems: ['代办人的有效身份证件', '入院记录'] },
    })
    await mountPage()
    await waitFor(() => expect(document.getElementById('req-EMERGENCY_PROOF')).not.toBeNull())
    expect(text('needs-materials-what-to-do')).toBe(
      '这次要补的要一次交齐，请您的女儿张丽在自己的手机上打开“我的备案”一起提交。您要做的：把下面您的材料交给张丽。',
    )
    expect(text('req-EMERGENCY_PROOF-what')).toBe('要补：入院记录')
    expect(text('req-EMERGENCY_PROOF-hand-over')).toBe('这一项是您的材料。请拍照发给张丽，或者把材料交给张丽拍，由张丽一起提交。')
    expect(text('req-PROXY_IDENTITY-by-proxy')).toContain('要您的女儿张丽在自己的手机上')
    expect(document.querySelector('[id^="pick-"]')).toBeNull()
    expect(document.getElementById('submit-materials')).toBeNull()
    expect(document.getElementById('other-materials')).toBeNull()
    expect(document.getElementById('reply-note')).toBeNull()
  })

  it('the father, asked for her papers and a correction: the correction is told to her too, with no field on his phone', async () => {
    mockedGet.mockResolvedValue({
      ...needsMaterials,
      filedBySelf: false,
      filedBy: { self: false, nameMasked: '张*', name: '张丽', kin: '女儿' },
      review: { ...needsMaterials.review!, missingItems: ['授权委托书'], corrections: ['phone1'] },
    })
    await mountPage()
    await waitFor(() => expect(document.getElementById('needs-materials-what-to-do')).not.toBeNull())
    expect(text('needs-materials-what-to-do')).toBe(
      '这次要补的要一次交齐，请您的女儿张丽在自己的手机上打开“我的备案”一起提交。您要做的：在授权委托书上签字，交给张丽；把正确的联系电话告诉张丽，由张丽改。',
    )
    // The letter is his to sign; nothing says 在下面改 where no field is below, nor 工作人员要您补的.
    expect(text('req-AUTHORIZATION-sign')).toBe('这份要您本人签字。签好后交给张丽，由张丽拍照，在自己的手机上打开“我的备案”补交。')
    expect(text('asked-card')).not.toContain('在下面改')
    expect(text('asked-card')).toContain('这次要补的')
    expect(text('asked-card')).not.toContain('工作人员要您补的')
    expect(document.getElementById('corrections')).toBeNull()
    expect(document.querySelector('taro-input-core')).toBeNull()
    expect(document.getElementById('submit-materials')).toBeNull()
  })

  it('the father, asked only for his own document on her filing: he adds it himself', async () => {
    mockedGet.mockResolvedValue({
      ...needsMaterials,
      filedBySelf: false,
      filedBy: { self: false, nameMasked: '张*', name: '张丽', kin: '女儿' },
      review: { ...needsMaterials.review!, missingItems: ['入院记录'] },
    })
    await mountPage()
    await waitFor(() => expect(document.getElementById('pick-ADMISSION_RECORD')).not.toBeNull())
    expect(document.getElementById('submit-materials')).not.toBeNull()
    expect(document.getElementById('req-EMERGENCY_PROOF-hand-over')).toBeNull()
    // Either phone will do, once (a trial: both sent it, and hers was refused).
    expect(text('needs-materials-what-to-do')).toContain('张丽也可以在自己的手机上补，谁补都行，补一次就够。')
  })

  // A trial: her father sent it from his phone while her page was open; her 提交 was refused with
  // 请刷新, and the badge still said 待补充材料.
  it('answered from another phone meanwhile: the page reads the filing again and says so, nothing lost', async () => {
    const forFather = {
      ...needsMaterials,
      filedBySelf: false,
      filedBy: { self: true, nameMasked: '王*' },
      review: { ...needsMaterials.review!, missingItems: ['入院记录'] },
    }
    mockedGet.mockReset().mockResolvedValueOnce(forFather).mockResolvedValue({ ...forFather, status: 'UNDER_REVIEW', statusLabel: '审核中' })
    mockedAdd.mockRejectedValue(new ApiError(409, 'FILING_NOT_AWAITING_MATERIALS', '这份备案现在是“审核中”，不需要补充材料；请刷新“我的备案”看看最新进度'))
    await mountPage()
    await waitFor(() => expect(document.getElementById('pick-ADMISSION_RECORD')).not.toBeNull())
    useAddedMaterialsStore.getState().add('e1', { id: 'up-1', kind: 'JPEG', size: 1000, purpose: 'ADMISSION_RECORD', requirementId: 'EMERGENCY_PROOF', localPath: 'blob:photo' })
    await waitFor(() => expect(text('submit-materials')).toContain('（1 张）'))
    click('submit-materials')
    await waitFor(() => expect(document.getElementById('answered-elsewhere')).not.toBeNull())
    expect(text('answered-elsewhere')).toBe(`这份备案已经不用再补了：现在是“审核中”。可能是${forFather.subject.name}用自己的手机交过了。您刚才填的、拍的都不用再交，下面是最新的办理进度。`)
    expect(text('detail-status')).toContain('审核中')
    expect(document.getElementById('needs-materials')).toBeNull()
    expect(mockedGet).toHaveBeenCalledTimes(2)
  })

  it('the daughter reading her father’s filing: the 参保人’s materials name him, not 您', async () => {
    mockedGet.mockResolvedValue({
      ...needsMaterials,
      filedBySelf: false,
      filedBy: { self: true, nameMasked: '王*' },
      subject: { name: '王建国', idNumberMasked: '3601**********0038' },
      review: { ...needsMaterials.review!, missingItems: ['入院记录'] },
    })
    await mountPage()
    await waitFor(() => expect(document.getElementById('req-EMERGENCY_PROOF')).not.toBeNull())
    expect(text('req-EMERGENCY_PROOF')).toContain('证明王建国是突发急病')
    expect(text('req-EMERGENCY_PROOF')).not.toContain('证明您')
    // What staff ask of her still speaks to her.
    expect(text('req-EMERGENCY_PROOF')).toContain('工作人员要您补这一项')
  })

  it('shows what staff asked for first, the 补办截止 at the top, and folds the rest under 其他材料（不用补）', async () => {
    mockedGet.mockResolvedValue({ ...needsMaterials, review: { ...needsMaterials.review!, missingItems: ['入院记录'] } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('missing-items')).not.toBeNull())
    const needs = document.getElementById('needs-materials')!
    expect(needs.querySelector('.asked-card__heading')!.textContent).toBe('工作人员要您补的')
    // The deadline near the top, before any photo button and the submit button.
    const deadline = document.getElementById('needs-deadline')!
    expect(deadline.textContent).toBe('请在 2025 年 10 月 10 日 24:00 前补齐')
    // The 急诊住院 card below names the same day as that one deadline, not a second (a trial).
    expect(text('detail-emergency-deadline')).toBe('补办截止2025 年 10 月 10 日 24:00（就是上面说的期限）')
    expect(deadline.compareDocumentPosition(document.getElementById('submit-materials')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(deadline.compareDocumentPosition(document.getElementById('req-EMERGENCY_PROOF')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // The asked-for card first and marked 要补; the ID card is not offered as if it were asked for.
    const cards = document.querySelectorAll('#asked-materials .materials__req')
    expect(Array.from(cards).map((c) => c.id)).toEqual(['req-EMERGENCY_PROOF'])
    expect(text('req-EMERGENCY_PROOF')).toContain('要补')
    expect(document.getElementById('req-IDENTITY')).toBeNull()
    expect(document.getElementById('pick-ID_DOCUMENT-FRONT')).toBeNull()
    expect(text('other-materials-toggle')).toContain('其他材料（不用补）')
    click('other-materials-toggle')
    await waitFor(() => expect(document.getElementById('req-IDENTITY')).not.toBeNull())
    // Sent with the filing: said so, in no colour of what is to do (a trial: 还没拍 in red read as lost).
    expect(text('req-IDENTITY')).toContain('备案时已交过')
    expect(text('side-ID_DOCUMENT-FRONT')).toContain('备案时已交过，不用再拍')
    expect(text('req-IDENTITY')).not.toContain('还没拍')
    expect(text('req-IDENTITY')).not.toContain('还没拍')
    expect(document.querySelector('#req-IDENTITY .materials__todo')).toBeNull()
  })

  it('filed by a proxy: her own ID, folded, is never said to be sent with the filing (the ID sent was her mother’s)', async () => {
    // A trial: 代办人自己的身份证明 read 备案时已交过，不用再拍 while only the mother's ID had been sent.
    mockedGet.mockResolvedValue({ ...needsMaterials, filedBySelf: false, review: { ...needsMaterials.review!, missingItems: ['入院记录'] } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('other-materials-toggle')).not.toBeNull())
    click('other-materials-toggle')
    await waitFor(() => expect(document.getElementById('req-PROXY_IDENTITY')).not.toBeNull())
    expect(text('req-PROXY_IDENTITY')).not.toContain('备案时已交过')
    expect(text('req-PROXY_IDENTITY')).toContain('不用补')
  })

  it('a document not sent with the filing, offered folded: 不用补 and 不用拍, not 还没拍', async () => {
    mockedGet.mockResolvedValue({ ...needsMaterials, materials: [], review: { ...needsMaterials.review!, missingItems: ['入院记录'] } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('other-materials-toggle')).not.toBeNull())
    click('other-materials-toggle')
    await waitFor(() => expect(document.getElementById('req-IDENTITY')).not.toBeNull())
    expect(text('req-IDENTITY')).toContain('不用补')
    expect(text('side-ID_DOCUMENT-FRONT')).toContain('不用拍')
    expect(text('req-IDENTITY')).not.toContain('还没拍')
  })

  it('adds photos as the material the person picked, sends them, and shows the filing back under review', async () => {
    jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:photo' }] } as never)
    const ids: Partial<Record<string, string>> = { EMERGENCY_DIAGNOSIS: 'up9', ADMISSION_RECORD: 'up8', ID_DOCUMENT: 'up7' }
    mockedUpload.mockImplementation((_path, purpose) => Promise.resolve({ id: ids[purpose]!, kind: 'JPEG', size: 1000, purpose }))
    mockedAdd.mockResolvedValue({ ...needsMaterials, status: 'UNDER_REVIEW', statusLabel: '审核中' })
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'ok' } as never)
    await mountPage()
    await waitFor(() => expect(document.getElementById('submit-materials')).not.toBeNull())

    click('submit-materials')
    await waitFor(() => expect(text('add-materials-error')).toContain('请先拍照'))
    expect(mockedAdd).not.toHaveBeenCalled()

    click('pick-EMERGENCY_DIAGNOSIS')
    await waitFor(() => expect(mockedUpload).toHaveBeenCalledWith('blob:photo', 'EMERGENCY_DIAGNOSIS'))
    // The 入院记录 was asked for too: one of the two is still to come.
    await waitFor(() => expect(text('req-EMERGENCY_PROOF')).toContain('还差 1 项'))
    // Not all that was asked for: refused on the page, naming what is missing, and nothing is sent.
    click('submit-materials')
    await waitFor(() => expect(text('add-materials-error')).toBe('还差：有效身份证件、入院记录。请拍好再提交。'))
    expect(mockedAdd).not.toHaveBeenCalled()

    click('pick-ADMISSION_RECORD')
    await waitFor(() => expect(text('req-EMERGENCY_PROOF')).toContain('✓ 已拍好'))
    click('submit-materials')
    await waitFor(() => expect(text('add-materials-error')).toBe('还差：有效身份证件。请拍好再提交。'))
    click('pick-ID_DOCUMENT-FRONT')
    await waitFor(() => expect(text('side-ID_DOCUMENT-FRONT')).toContain('✓ 已拍好'))
    click('submit-materials')
    await waitFor(() => expect(mockedAdd).toHaveBeenCalledWith('e1', { materials: ['up9', 'up8', 'up7'] }))
    await waitFor(() => expect(text('detail-status')).toBe('审核中'))
    expect(document.getElementById('missing-items')).toBeNull()
    // Said on the page, in the region a screen reader reads out, with what happens next.
    const announce = document.getElementById('detail-announce')!
    expect(announce.getAttribute('aria-live')).toBe('polite')
    expect(announce.textContent).toContain('已提交，等待审核')
    expect(announce.textContent).toContain('1 个工作日')
    expect(announce.textContent).toContain('结果在这里看，通过了首页也会告诉您')
    // Brought into view: the button was at the foot of the page, the line is at the top.
    await waitFor(() => expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#detail-announce' })))
    // No toast over it as well (a trial: it covered the filing's number while the line said the same).
    expect(Array.from(document.querySelectorAll('.nut-toast')).map((t) => t.textContent)).toEqual([])
  })

  it('keeps the photos chosen for 补充材料 across a reload, like every other draft (issue 13 item 12)', async () => {
    jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:photo' }] } as never)
    mockedUpload.mockResolvedValue({ id: 'up9', kind: 'JPEG', size: 1000, purpose: 'EMERGENCY_DIAGNOSIS' })
    await mountPage()
    await waitFor(() => expect(document.getElementById('pick-EMERGENCY_DIAGNOSIS')).not.toBeNull())
    click('pick-EMERGENCY_DIAGNOSIS')
    await waitFor(() => expect(text('file-up9')).toBe('已拍好：急诊诊断证明删除'))
    // In the phone's storage, as the persisted draft.
    const kept = JSON.parse(Taro.getStorageSync('beian-added-materials') || '{}')
    expect(kept.state.byFiling.e1).toEqual([
      { id: 'up9', kind: 'JPEG', size: 1000, purpose: 'EMERGENCY_DIAGNOSIS', requirementId: 'EMERGENCY_PROOF', localPath: 'blob:photo' },
    ])

    // Reload: the page again, from what was kept.
    unmount({ restoreMocks: false })
    await useAddedMaterialsStore.persist.rehydrate()
    await mountPage()
    await waitFor(() => expect(text('file-up9')).toBe('已拍好：急诊诊断证明删除'))
    expect(text('submit-materials')).toContain('（1 张）')
  })

  it('after a relaunch the kept blob URL is not shown: the photo is fetched again from the server, or said in words', async () => {
    // Kept from an earlier launch: its blob URL points at nothing now.
    const kept = { id: 'up9', kind: 'JPEG' as const, size: 1000, purpose: 'EMERGENCY_DIAGNOSIS' as const, requirementId: 'EMERGENCY_PROOF', localPath: 'blob:old' }
    useAddedMaterialsStore.setState({ byFiling: { e1: [kept, { ...kept, id: 'up8', purpose: 'ADMISSION_RECORD' }] } })
    mockedDownload.mockImplementation((id) => (id === 'up9' ? Promise.resolve('blob:again') : Promise.reject(new Error('offline'))))
    await mountPage()
    await waitFor(() => expect(document.querySelector('#file-up9 img')?.getAttribute('src')).toBe('blob:again'))
    expect(text('file-up9')).toBe('已拍好：急诊诊断证明删除')
    expect(document.querySelector('#file-up9 taro-image-core')?.getAttribute('aria-label')).toBe('急诊诊断证明的照片')
    // Not fetched: no broken image, a plain line; the upload is on the server all the same.
    await waitFor(() => expect(text('file-up8')).toBe('已拍好：入院记录（图片已保存，可以继续）删除'))
    expect(document.querySelector('#file-up8 img')).toBeNull()
    expect(document.body.innerHTML).not.toContain('blob:old')
    expect(text('req-EMERGENCY_PROOF')).toContain('已拍好')
  })

  it('王: the reviewer asked for two documents of a 任选一种 group; both are listed as needed, each photo named', async () => {
    const asked = ['家人在当地的户口簿', '房产证照片看不清房主姓名，请重新拍有房主姓名的那一页']
    mockedGet.mockResolvedValue({
      ...needsMaterials, type: 'LONG_TERM_RESIDENT', typeName: '异地长期居住人员', emergency: null,
      review: { ...needsMaterials.review!, missingItems: asked, reasons: ['房主是您儿子的，请同时交儿子的户口簿首页和本人页'] },
    })
    jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:p' }] } as never)
    await mountPage()
    await waitFor(() => expect(document.getElementById('req-RESIDENCE_PROOF')).not.toBeNull())
    const card = document.getElementById('req-RESIDENCE_PROOF')!
    expect(card.querySelector('.materials__req-title')!.textContent).toBe('在外地长住的证明')
    expect(card.textContent).not.toContain('任选一种')
    expect(text('asked-RESIDENCE_PROOF')).toBe('工作人员要您补这 2 项，每一项都要拍')
    expect(document.getElementById('pick-RESIDENCE_PERMIT')).toBeNull()

    mockedUpload.mockResolvedValueOnce({ id: 'f1', kind: 'JPEG', size: 1000, purpose: 'RELATIVE_HOUSEHOLD_REGISTER' })
    click('pick-RELATIVE_HOUSEHOLD_REGISTER')
    await waitFor(() => expect(text('req-RESIDENCE_PROOF')).toContain('还差 1 项'))
    expect(text('file-f1')).toBe('已拍好：家人在当地的户口簿删除')
    expect(document.getElementById('remove-f1')!.getAttribute('aria-label')).toBe('删除家人在当地的户口簿的照片')
    mockedUpload.mockResolvedValueOnce({ id: 'f2', kind: 'JPEG', size: 1000, purpose: 'PROPERTY_CERTIFICATE' })
    click('pick-PROPERTY_CERTIFICATE')
    await waitFor(() => expect(text('req-RESIDENCE_PROOF')).toContain('✓ 已拍好'))
    expect(text('file-f2')).toBe('已拍好：房产证（不动产权证书）删除')
    expect(document.querySelector('#file-f2 taro-image-core')?.getAttribute('aria-label')).toBe('房产证（不动产权证书）的照片')
  })

  // A trial: 出院小结 was asked for in the reviewer's own words; its photo could only go under one of
  // the filing's documents, and staff saw it as 入院记录.
  it('a document asked for in the reviewer’s own words has a place of its own, open, with a note of what it is', async () => {
    mockedGet.mockResolvedValue({ ...needsMaterials, review: { ...needsMaterials.review!, missingItems: ['出院小结（盖有医院公章），请拍照上传'] } })
    jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:summary' }] } as never)
    mockedUpload.mockResolvedValue({ id: 'o1', kind: 'JPEG', size: 1000, purpose: 'REQUESTED_OTHER' })
    mockedAdd.mockResolvedValue({ ...needsMaterials, status: 'UNDER_REVIEW', statusLabel: '审核中' })
    await mountPage()
    await waitFor(() => expect(document.getElementById('requested-other')).not.toBeNull())
    // Not folded away among the filing's own documents.
    expect(text('req-REQUESTED_OTHER')).toContain('工作人员要的其他材料')
    expect(text('req-REQUESTED_OTHER')).toContain('第 1 条要拍照的，拍在这里')
    expect(document.getElementById('other-materials')!.contains(document.getElementById('requested-other'))).toBe(false)
    click('pick-REQUESTED_OTHER')
    await waitFor(() => expect(mockedUpload).toHaveBeenCalledWith('blob:summary', 'REQUESTED_OTHER'))
    await waitFor(() => expect(document.querySelector('taro-input-core[name="note-o1"] input')).not.toBeNull())
    expect(document.querySelector('#field-note-o1 .form-field__label')?.textContent).toBe('这是您的哪份材料')
    // Its own example, not the 房产证's (a trial: 如：王丽，女儿 under 出院小结).
    expect(document.querySelector('taro-input-core[name="note-o1"]')?.getAttribute('placeholder')).toBe('如：出院小结')
    fireEvent.input(document.querySelector('taro-input-core[name="note-o1"] input') as HTMLInputElement, { target: { value: '出院小结' } })
    await waitFor(() => expect(useAddedMaterialsStore.getState().byFiling.e1[0].note).toBe('出院小结'))
    click('submit-materials')
    await waitFor(() => expect(mockedAdd).toHaveBeenCalledWith('e1', { materials: ['o1'], materialNotes: { o1: '出院小结' } }))
  })

  it('no place of its own when every line names one of the filing’s documents, or only asks a question', async () => {
    mockedGet.mockResolvedValue({ ...needsMaterials, review: { ...needsMaterials.review!, missingItems: ['入院记录'] } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('submit-materials')).not.toBeNull())
    expect(document.getElementById('requested-other')).toBeNull()
    unmount()
    mockedGet.mockResolvedValue({ ...needsMaterials, review: { ...needsMaterials.review!, missingItems: ['请说明为什么到阳江就医？'] } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('submit-materials')).not.toBeNull())
    expect(document.getElementById('requested-other')).toBeNull()
  })

  // A trial: the reviewer ticked 入院记录, wrote about the 诊断证明's stamp asking for the 入院记录 again,
  // and asked a question; the son was made to photograph the 诊断证明 too, and the question was
  // called both 审核员的问题 and 第 3 条要拍照的.
  it('a mixed request: only the document asked for is needed, and the question has no photo place', async () => {
    const missingItems = ['入院记录', '急诊诊断证明上看不清医院公章：请补拍入院记录（要能看清医院红色公章）', '请说明：发病时在阳江住在哪里（亲戚家地址）']
    mockedGet.mockResolvedValue({ ...needsMaterials, review: { ...needsMaterials.review!, missingItems } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('asked-materials')).not.toBeNull())
    expect(text('asked-materials')).toContain('工作人员要您补这一项')
    expect(text('asked-materials')).not.toContain('诊断证明')
    expect(document.getElementById('requested-other')).toBeNull()
  })

  it('a 房产证 added for 补充材料 takes the note on who the owner is, sent as materialNotes; the server’s message shows under it (issue 13 item 11)', async () => {
    mockedGet.mockResolvedValue({ ...needsMaterials, type: 'LONG_TERM_RESIDENT', typeName: '异地长期居住人员', emergency: null, review: ASKED_QR })
    jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:house' }] } as never)
    mockedUpload.mockResolvedValue({ id: 'h1', kind: 'JPEG', size: 1000, purpose: 'PROPERTY_CERTIFICATE' })
    const { ApiError } = jest.requireActual('@/services/api-error')
    mockedAdd
      .mockRejectedValueOnce(new ApiError(422, 'VALIDATION_FAILED', '请按提示改一下', { materialNotes: '“房主是您的什么人”最多写 50 个字，请写短一些' }))
      .mockResolvedValueOnce({ ...needsMaterials, status: 'UNDER_REVIEW', statusLabel: '审核中' })
    await mountPage()
    // Not among what the reviewer asked for: under 其他材料（不用补）.
    await waitFor(() => expect(document.getElementById('other-materials-toggle')).not.toBeNull())
    click('other-materials-toggle')
    await waitFor(() => expect(document.getElementById('pick-PROPERTY_CERTIFICATE')).not.toBeNull())
    click('pick-PROPERTY_CERTIFICATE')
    await waitFor(() => expect(document.querySelector('taro-input-core[name="note-h1"] input')).not.toBeNull())
    expect(document.querySelector('#field-note-h1 .form-field__label')?.textContent).toBe('房主是您的什么人')
    const input = document.querySelector('taro-input-core[name="note-h1"] input') as HTMLInputElement
    fireEvent.input(input, { target: { value: '王丽，女儿' } })
    // Kept with the photo, across a reload like the photo itself.
    await waitFor(() => expect(useAddedMaterialsStore.getState().byFiling.e1[0].note).toBe('王丽，女儿'))

    click('submit-materials')
    await waitFor(() => expect(mockedAdd).toHaveBeenCalledWith('e1', { materials: ['h1'], materialNotes: { h1: '王丽，女儿' } }))
    await waitFor(() => expect(text('field-note-h1')).toContain('“房主是您的什么人”最多写 50 个字，请写短一些'))
    click('submit-materials')
    await waitFor(() => expect(text('detail-status')).toBe('审核中'))
    expect(mockedAdd).toHaveBeenCalledTimes(2)
  })

  it('a photo without a note sends no materialNotes', async () => {
    mockedGet.mockResolvedValue({ ...needsMaterials, type: 'LONG_TERM_RESIDENT', typeName: '异地长期居住人员', emergency: null, review: ASKED_QR })
    jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:house' }] } as never)
    mockedUpload.mockResolvedValue({ id: 'h1', kind: 'JPEG', size: 1000, purpose: 'PROPERTY_CERTIFICATE' })
    mockedAdd.mockResolvedValue({ ...needsMaterials, status: 'UNDER_REVIEW', statusLabel: '审核中' })
    await mountPage()
    // Not among what the reviewer asked for: under 其他材料（不用补）.
    await waitFor(() => expect(document.getElementById('other-materials-toggle')).not.toBeNull())
    click('other-materials-toggle')
    await waitFor(() => expect(document.getElementById('pick-PROPERTY_CERTIFICATE')).not.toBeNull())
    click('pick-PROPERTY_CERTIFICATE')
    await waitFor(() => expect(document.querySelector('taro-input-core[name="note-h1"] input')).not.toBeNull())
    click('submit-materials')
    await waitFor(() => expect(mockedAdd).toHaveBeenCalledWith('e1', { materials: ['h1'] }))
  })

  it('the server refuses what is not all there: its message shows by the button', async () => {
    const kept = { id: 'up9', kind: 'JPEG' as const, size: 1000, requirementId: 'EMERGENCY_PROOF', localPath: 'blob:photo' }
    useAddedMaterialsStore.setState({
      byFiling: {
        e1: [
          { ...kept, purpose: 'EMERGENCY_DIAGNOSIS' }, { ...kept, id: 'up8', purpose: 'ADMISSION_RECORD' },
          { ...kept, id: 'up7', purpose: 'ID_DOCUMENT', requirementId: 'IDENTITY', side: 'FRONT' },
        ],
      },
    })
    const { ApiError } = jest.requireActual('@/services/api-error')
    mockedAdd.mockRejectedValueOnce(new ApiError(422, 'VALIDATION_FAILED', '请按提示改一下', { materials: '还差：入院记录。请拍好再提交。' }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('submit-materials')).not.toBeNull())
    click('submit-materials')
    await waitFor(() => expect(text('add-materials-error')).toBe('还差：入院记录。请拍好再提交。'))
  })

  // A trial: the reviewer asked, under 其他, for an explanation; the page had no field for it and wanted a photo.
  // A trial: asked a question and a document, a daughter sent the photo alone, and the question
  // went back to the reviewer unanswered.
  it('a question beside a document: the page says which line to answer in words, and a photo alone does not send', async () => {
    const lines = ['请说明为什么去阳江？', '入院记录']
    mockedGet.mockResolvedValue({ ...needsMaterials, review: { ...needsMaterials.review!, missingItems: lines } })
    mockedAdd.mockResolvedValue(filingView({ id: 'e1', status: 'UNDER_REVIEW', statusLabel: '审核中' }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('pick-ADMISSION_RECORD')).not.toBeNull())
    expect(text('needs-materials-what-to-do')).toBe('上面要的材料请拍照补上；第 1 条是审核员的问题，请写在下面“给工作人员的说明”里。再点“提交补充材料”。')
    expect(text('reply-note-hint')).toContain('上面第 1 条要您说明的，写在这里')
    useAddedMaterialsStore.getState().add('e1', { id: 'up-1', kind: 'JPEG', size: 1000, purpose: 'ADMISSION_RECORD', requirementId: 'EMERGENCY_PROOF', localPath: 'blob:photo' })
    await waitFor(() => expect(text('submit-materials')).toContain('（1 张）'))
    click('submit-materials')
    await waitFor(() => expect(text('add-materials-error')).toBe('请在“给工作人员的说明”里回答审核员的问题，再提交'))
    expect(mockedAdd).not.toHaveBeenCalled()
  })

  it('a line that asks for nothing to photograph is answered in 给工作人员的说明, without a photo; kept across a reload', async () => {
    const line = '写一下这次在哪里、怎么受的伤'
    mockedGet.mockResolvedValue({ ...needsMaterials, review: { ...needsMaterials.review!, missingItems: [line] } })
    mockedAdd.mockResolvedValue(filingView({ id: 'e1', status: 'UNDER_REVIEW', statusLabel: '审核中' }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('reply-note')).not.toBeNull())
    expect(text('reply-note')).toContain('给工作人员的说明')
    expect(text('reply-note')).not.toContain('可不填')
    expect(text('reply-note-hint')).toContain('工作人员要您说明的，写在这里，不用拍照。')
    expect(text('needs-materials')).toContain('要说明情况的，写在下面“给工作人员的说明”里，不用拍照')
    // The field first; the photo cards, any of which may still answer, folded below it.
    expect(document.getElementById('asked-materials')).toBeNull()
    expect(text('other-materials-toggle')).toBe('要拍照的，点这里拍 ▼')
    const order = Array.from(document.querySelectorAll('#reply-note, #other-materials'), (el) => el.id)
    expect(order).toEqual(['reply-note', 'other-materials'])
    // Neither a photo nor a 说明: said what to do, nothing sent.
    click('submit-materials')
    await waitFor(() => expect(text('add-materials-error')).toBe('请拍照上传要补的材料，或者在“给工作人员的说明”里写清楚，再提交'))
    expect(mockedAdd).not.toHaveBeenCalled()

    const area = await waitFor(() => {
      const el = document.querySelector('taro-textarea-core[name="replyNote"] textarea')
      if (!el) throw new Error('no textarea yet')
      return el
    })
    fireEvent.input(area, { target: { value: '  在阳江海边摔倒，右腿骨折  ' } })
    // Kept on the phone, as the photos are.
    await waitFor(() => expect(useAddedMaterialsStore.getState().replyByFiling.e1).toBe('  在阳江海边摔倒，右腿骨折  '))
    click('submit-materials')
    await waitFor(() => expect(mockedAdd).toHaveBeenCalledWith('e1', { materials: [], note: '在阳江海边摔倒，右腿骨折' }))
    await waitFor(() => expect(useAddedMaterialsStore.getState().replyByFiling.e1).toBeUndefined())
  })

  it('a question only: 待回答审核员的问题, the box is 您的回答, and once sent ✓ 回答已提交', async () => {
    mockedGet.mockResolvedValue({ ...needsMaterials, review: { ...needsMaterials.review!, missingItems: ['请说明这次是在哪里、怎么受的伤'] } })
    mockedAdd.mockResolvedValue(filingView({ id: 'e1', status: 'UNDER_REVIEW', statusLabel: '审核中' }))
    await mountPage()
    await waitFor(() => expect(document.getElementById('reply-note')).not.toBeNull())
    expect(text('detail-status')).toBe('待回答审核员的问题')
    expect(text('reply-note-heading')).toBe('您的回答')
    expect(text('needs-materials')).toContain('审核员的问题')
    expect(text('needs-materials')).toContain('不用补材料')
    // By the deadline he is to answer, not 补齐 (there is nothing to 补).
    expect(text('needs-deadline')).toBe('请在 2025 年 10 月 10 日 24:00 前回答')
    // No example that is not about his question (a trial).
    await waitFor(() => expect(document.querySelector('taro-textarea-core[name="replyNote"]')?.getAttribute('placeholder')).toBe('点这里写您的回答'))
    click('submit-materials')
    await waitFor(() => expect(text('add-materials-error')).toBe('请在“您的回答”里写好，再提交'))
    const area = await waitFor(() => {
      const el = document.querySelector('taro-textarea-core[name="replyNote"] textarea')
      if (!el) throw new Error('no textarea yet')
      return el
    })
    fireEvent.input(area, { target: { value: '在阳江海边摔倒' } })
    click('submit-materials')
    await waitFor(() => expect(mockedAdd).toHaveBeenCalledWith('e1', { materials: [], note: '在阳江海边摔倒' }))
    await waitFor(() => expect(text('materials-sent')).toContain('✓ 回答已提交'))
  })

  it('documents named still need their photos: a 说明 alone is not taken for them', async () => {
    mockedGet.mockResolvedValue({ ...needsMaterials, review: { ...needsMaterials.review!, missingItems: ['入院记录'] } })
    useAddedMaterialsStore.setState({ replyByFiling: { e1: '明天去医院拿' } })
    await mountPage()
    await waitFor(() => expect(document.getElementById('reply-note')).not.toBeNull())
    expect(text('reply-note')).toContain('给工作人员的说明（可不填）')
    click('submit-materials')
    await waitFor(() => expect(text('add-materials-error')).toBe('请先拍照上传要补的材料，再提交'))
    expect(mockedAdd).not.toHaveBeenCalled()
  })

  it('shows the reasons of a rejection', async () => {
    mockedGet.mockResolvedValue(
      filingView({
        status: 'REJECTED',
        statusLabel: '未通过',
        review: { decision: 'REJECT', reasons: ['不是急诊住院', '入院超过 5 个工作日才申请'], missingItems: [], corrections: [], decidedAt: '2025-09-29T02:00:00Z' },
      }),
    )
    await mountPage()
    await waitFor(() => expect(document.getElementById('review-reasons')).not.toBeNull())
    expect(text('review-reasons')).toContain('不是急诊住院')
    expect(text('review-reasons')).toContain('入院超过 5 个工作日才申请')
    expect(document.getElementById('submit-materials')).toBeNull()
  })
})
