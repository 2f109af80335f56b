import { fireEvent, waitFor } from '@testing-library/react'
import { addMaterials, downloadUpload, getFiling } from '@/services/filings'
import { ApiError } from '@/services/api-error'
import { forgetShownPhotos } from '@/hooks/use-shown-photos'
import { filingView, setRouterParams } from '../../shared/test-fixtures'
import { useAddedMaterialsStore } from '@/stores/use-added-materials-store'
import { useSettingsStore } from '@/stores/use-settings-store'
import { mount, text, unmount } from '@tests/helpers/page'
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

const WRONG = '广州市天河区体育西路 8 号'
const RIGHT = '阳江市江城区东风路 8 号'

/** A filing to 阳江 whose address names 广州: the reviewer asked to correct it (and maybe more). */
const asking = (corrections: Array<'addressAtDestination' | 'phone1' | 'phone2'>, missingItems: string[] = []) =>
  filingView({
    id: 'e1',
    status: 'NEEDS_MATERIALS',
    statusLabel: '待补充材料',
    validFrom: null,
    destination: { province: '440000', city: '441700', name: '广东省阳江市' },
    contacts: { phone1: '13812345678', phone2: null, addressAtDestination: WRONG },
    review: { decision: 'REQUEST_MATERIALS', reasons: ['住址写的是广州市，备案地是阳江市'], missingItems, corrections, decidedAt: '2026-11-30T02:00:00Z' },
  })

// The address is a box that grows (AddressInput), the phones one-line inputs.
const input = (field: string) =>
  document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`taro-input-core[name="${field}"] input, taro-textarea-core[name="${field}"] textarea`)
const type = (field: string, value: string) => fireEvent.input(input(field)!, { target: { value } })

async function mountPage() {
  setRouterParams({ id: 'e1' })
  await mount(FilingDetail)
  await waitFor(() => expect(document.getElementById('corrections')).not.toBeNull())
  // Taro's input is a web component whose inner <input> comes a moment later (under a full run's
  // load, after the page itself): each field is typed into only once it is there.
  await waitFor(() => {
    const fields = document.querySelectorAll('taro-input-core, taro-textarea-core')
    expect(fields.length).toBeGreaterThan(0)
    expect(document.querySelectorAll('taro-input-core input, taro-textarea-core textarea').length).toBe(fields.length)
  })
}

beforeEach(() => {
  useAddedMaterialsStore.setState({ byFiling: {}, typedByFiling: {} })
  mockedAdd.mockReset()
  ;(downloadUpload as jest.Mock).mockReset().mockRejectedValue(new Error('offline'))
  forgetShownPhotos()
})

afterEach(() => {
  unmount()
  useSettingsStore.setState({ elder: false })
})

describe('待补充材料 with corrections (review.corrections)', () => {
  it('says what was asked in plain words and offers the field filled with what was typed, under the reviewer’s words; no photo to take', async () => {
    mockedGet.mockResolvedValue(asking(['addressAtDestination']))
    await mountPage()
    expect(text('missing-items')).toContain('1. 改正外地住址（不用拍照，在下面改）')
    // Named for what it asks, not 待补充材料 (a trial: the page said 不用拍照 under a 待补充材料 badge).
    expect(text('detail-status')).toContain('待改正填写的内容')
    expect(document.querySelector('.asked-card__heading')!.textContent).toBe('工作人员请您改正的')
    expect(text('field-correction-addressAtDestination')).toContain('工作人员说：住址写的是广州市，备案地是阳江市。写您在备案地住的地方')
    expect(text('field-correction-addressAtDestination')).toContain('改正外地住址')
    expect(input('addressAtDestination')!.value).toBe(WRONG)
    // The label is the field's accessible name, not only the placeholder.
    expect(document.querySelector('taro-textarea-core[name="addressAtDestination"]')!.getAttribute('aria-label')).toBe('改正外地住址')
    // Only the address was asked: no phone field, no photo card to fill in, the button says what it sends.
    expect(input('phone1')).toBeNull()
    expect(document.getElementById('asked-materials')).toBeNull()
    expect(text('submit-materials')).toContain('提交改正的内容')
    // Nothing to photograph: no fold of other materials either (a trial wondered whether photos were wanted).
    expect(document.getElementById('other-materials')).toBeNull()
  })

  it('with two fields asked, the reviewer’s words are said once, in the card above (审核意见), not again over or under the fields', async () => {
    mockedGet.mockResolvedValue(asking(['addressAtDestination', 'phone1']))
    await mountPage()
    expect(text('needs-reasons')).toBe('审核意见：住址写的是广州市，备案地是阳江市')
    expect(text('corrections')).not.toContain('住址写的是广州市')
    expect(text('field-correction-addressAtDestination')).not.toContain('工作人员说')
    expect(text('field-correction-phone1')).not.toContain('工作人员说')
    expect(text('field-correction-phone1')).toContain('11 位手机号码，工作人员有事会打这个电话')
  })

  it('an address the filing left empty (an emergency filing may): 填写, not 改正, in the card and over the box (a trial)', async () => {
    const empty = asking(['addressAtDestination', 'phone1'])
    mockedGet.mockResolvedValue({ ...empty, contacts: { ...empty.contacts, addressAtDestination: '' } })
    await mountPage()
    expect(text('missing-items')).toBe('1. 填写外地住址（备案时没有这一项，不用拍照，在下面填）2. 改正联系电话（不用拍照，在下面改）')
    expect(text('corrections-intro')).toBe('框里是备案时填的，空着的是备案时没有的。请按工作人员说的改好、填好，再点下面的按钮提交。')
    expect(text('field-correction-addressAtDestination')).toContain('填写外地住址')
    expect(document.querySelector('taro-textarea-core[name="addressAtDestination"]')!.getAttribute('aria-label')).toBe('填写外地住址')
    expect(text('field-correction-phone1')).toContain('改正联系电话')
    // One field corrected as well: the button still says 改正.
    expect(text('submit-materials')).toContain('提交改正的内容')
  })

  it('only an empty address asked: the button says 提交填写的内容 (a trial: 填写外地住址 above 提交改正的内容)', async () => {
    const empty = asking(['addressAtDestination'])
    mockedGet.mockResolvedValue({ ...empty, contacts: { ...empty.contacts, addressAtDestination: '' } })
    await mountPage()
    expect(text('corrections-intro')).toBe('备案时没有这一项，请按工作人员说的填好，再点下面的按钮提交。')
    expect(text('submit-materials')).toContain('提交填写的内容')
    // The card above says 填写 and 填好 too, not 改正 and 改好.
    expect(document.querySelector('.asked-card__heading')!.textContent).toBe('工作人员请您填写的')
    expect(text('needs-materials-what-to-do')).toBe('填好下面的内容，点“提交填写的内容”。材料不用重新拍。')
  })

  it('checks the field as the server does (checkCorrections) before sending, then sends only what was asked, without photos', async () => {
    mockedGet.mockResolvedValue(asking(['addressAtDestination']))
    mockedAdd.mockResolvedValue(filingView({ id: 'e1', status: 'UNDER_REVIEW', statusLabel: '审核中' }))
    await mountPage()
    fireEvent.click(document.getElementById('submit-materials')!)
    await waitFor(() => expect(text('error-correction-addressAtDestination')).toContain('和备案地（广东省阳江市）不一致'))
    expect(mockedAdd).not.toHaveBeenCalled()

    type('addressAtDestination', RIGHT)
    // Typing clears the message; leaving the field checks it again.
    expect(text('error-correction-addressAtDestination')).toBe('')
    fireEvent.click(document.getElementById('submit-materials')!)
    await waitFor(() => expect(mockedAdd).toHaveBeenCalledWith('e1', { materials: [], contacts: { addressAtDestination: RIGHT } }))
    await waitFor(() => expect(document.getElementById('materials-sent')).not.toBeNull())
    // Only corrections were asked: nothing reads 补充材料 (a trial).
    expect(text('materials-sent')).toContain('✓ 改正的内容已提交')
  })

  // A half-filled form survives the app being closed: what was typed is kept with the photos.
  it('what was typed is kept on the phone across a reload, and forgotten once sent', async () => {
    mockedGet.mockResolvedValue(asking(['addressAtDestination']))
    await mountPage()
    type('addressAtDestination', RIGHT)
    expect(useAddedMaterialsStore.getState().typedByFiling.e1).toEqual({ addressAtDestination: RIGHT })
    expect(localStorage.getItem('beian-added-materials')).toContain(RIGHT)
    unmount()
    await mountPage()
    expect(input('addressAtDestination')!.value).toBe(RIGHT)
    mockedAdd.mockResolvedValue(filingView({ id: 'e1', status: 'UNDER_REVIEW', statusLabel: '审核中' }))
    fireEvent.click(document.getElementById('submit-materials')!)
    await waitFor(() => expect(document.getElementById('materials-sent')).not.toBeNull())
    expect(useAddedMaterialsStore.getState().typedByFiling.e1).toBeUndefined()
  })

  it('a field sent back as it was filed is said first, with the reviewer’s words; a second tap sends it as it is', async () => {
    const view = asking(['phone1'])
    mockedGet.mockResolvedValue({ ...view, review: { ...view.review!, reasons: ['联系电话打不通'] } })
    mockedAdd.mockResolvedValue(filingView({ id: 'e1', status: 'UNDER_REVIEW', statusLabel: '审核中' }))
    await mountPage()
    fireEvent.click(document.getElementById('submit-materials')!)
    await waitFor(() => expect(document.getElementById('corrections-unchanged')).not.toBeNull())
    expect(text('corrections-unchanged')).toBe(
      '您还没有改联系电话，框里还是备案时填的。工作人员说：联系电话打不通。请改好再点“提交改正的内容”；如果您核对过，确实不用改，再点一次“提交改正的内容”。',
    )
    expect(document.getElementById('corrections-unchanged')!.getAttribute('role')).toBe('alert')
    expect(mockedAdd).not.toHaveBeenCalled()
    // Typed the same number with spaces: still the number as filed (the domain's digits), still said.
    type('phone1', '138 1234 5678')
    expect(document.getElementById('corrections-unchanged')).toBeNull()
    fireEvent.click(document.getElementById('submit-materials')!)
    await waitFor(() => expect(document.getElementById('corrections-unchanged')).not.toBeNull())
    expect(mockedAdd).not.toHaveBeenCalled()
    // Checked and right as it is: the second tap on the same value sends it.
    fireEvent.click(document.getElementById('submit-materials')!)
    await waitFor(() => expect(mockedAdd).toHaveBeenCalledWith('e1', { materials: [], contacts: { phone1: '138 1234 5678' } }))
    expect(mockedAdd).toHaveBeenCalledTimes(1)
  })

  // A trial: with the address and the phone asked, the reviewer's words were about the address;
  // quoted under the phone's warning, they read as something wrong with the phone.
  it('several fields asked: the warning points to the reviewer’s words above, not quoting them under one field', async () => {
    const view = asking(['addressAtDestination', 'phone1'])
    mockedGet.mockResolvedValue({ ...view, review: { ...view.review!, reasons: ['住址写的是广州市，备案地是阳江市'] } })
    await mountPage()
    type('addressAtDestination', RIGHT)
    fireEvent.click(document.getElementById('submit-materials')!)
    await waitFor(() => expect(document.getElementById('corrections-unchanged')).not.toBeNull())
    expect(text('corrections-unchanged')).toBe(
      '您还没有改联系电话，框里还是备案时填的。请对照上面工作人员说的改好再点“提交改正的内容”；如果您核对过，确实不用改，再点一次“提交改正的内容”。',
    )
    expect(mockedAdd).not.toHaveBeenCalled()
  })

  it('a corrected field is sent at the first tap, with nothing said', async () => {
    mockedGet.mockResolvedValue(asking(['phone1']))
    mockedAdd.mockResolvedValue(filingView({ id: 'e1', status: 'UNDER_REVIEW', statusLabel: '审核中' }))
    await mountPage()
    type('phone1', '13900001111')
    fireEvent.click(document.getElementById('submit-materials')!)
    await waitFor(() => expect(mockedAdd).toHaveBeenCalledWith('e1', { materials: [], contacts: { phone1: '13900001111' } }))
    expect(document.getElementById('corrections-unchanged')).toBeNull()
  })

  it('a wrong phone is caught by the same domain check; the server’s field message lands on its field', async () => {
    mockedGet.mockResolvedValue(asking(['phone1', 'phone2']))
    await mountPage()
    type('phone1', '1390000')
    fireEvent.blur(input('phone1')!)
    await waitFor(() => expect(text('error-correction-phone1')).toContain('11 位'))
    type('phone1', '13900001111')
    type('phone2', '0662-1234567')
    mockedAdd.mockRejectedValue(new ApiError(422, 'VALIDATION_FAILED', '不对', { 'contacts.phone2': '备用电话请填 11 位手机号' }))
    fireEvent.click(document.getElementById('submit-materials')!)
    await waitFor(() => expect(text('error-correction-phone2')).toBe('备用电话请填 11 位手机号'))
    expect(mockedAdd).toHaveBeenCalledWith('e1', { materials: [], contacts: { phone1: '13900001111', phone2: '0662-1234567' } })
  })

  it('with photos asked too, the photos are still needed and the fields come first', async () => {
    mockedGet.mockResolvedValue(asking(['phone1'], ['户口簿']))
    await mountPage()
    expect(text('missing-items')).toContain('1. 户口簿')
    expect(text('missing-items')).toContain('2. 改正联系电话')
    expect(document.getElementById('asked-materials')).not.toBeNull()
    expect(text('submit-materials')).toBe('提交补充材料和改正的内容')
    fireEvent.click(document.getElementById('submit-materials')!)
    await waitFor(() => expect(text('add-materials-error')).toContain('拍照上传要补的材料'))
    expect(mockedAdd).not.toHaveBeenCalled()
  })

  it('in 长辈模式 the page root carries the elder class the sizes follow', async () => {
    useSettingsStore.setState({ elder: true })
    mockedGet.mockResolvedValue(asking(['addressAtDestination']))
    await mountPage()
    expect(document.querySelector('.page-root--elder #corrections .address-input')).not.toBeNull()
  })
})
