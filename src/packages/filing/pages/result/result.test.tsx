import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import { renderReceiptImage, saveReceiptImage } from '../../../../lib/receipt/receipt-image'
import { getFiling } from '../../../../services/filings'
import { filingView, setRouterParams } from '../../../mine/shared/test-fixtures'
import FilingResult from './index'

jest.mock('../../../../services/filings', () => ({ getFiling: jest.fn() }))
jest.mock('../../../../lib/receipt/receipt-image', () => ({ renderReceiptImage: jest.fn(), saveReceiptImage: jest.fn() }))

const mockedGet = getFiling as jest.MockedFunction<typeof getFiling>
const mockedRender = renderReceiptImage as jest.MockedFunction<typeof renderReceiptImage>
const mockedSave = saveReceiptImage as jest.MockedFunction<typeof saveReceiptImage>
const { ApiError } = jest.requireActual('../../../../services/api-error')

const text = (id: string) => document.getElementById(id)?.textContent ?? ''
let mounted: TestUtils | null = null

async function mountPage() {
  setRouterParams({ id: 'f1' })
  mounted = new TestUtils()
  await mounted.mount(FilingResult, {})
}

beforeEach(() => {
  mockedGet.mockReset().mockResolvedValue(filingView())
  mockedRender.mockReset().mockResolvedValue('data:image/png;base64,AAAA')
  mockedSave.mockReset().mockResolvedValue(undefined)
})

afterEach(() => {
  mounted?.unmout()
  mounted = null
  document.body.innerHTML = ''
})

describe('备案结果 page', () => {
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
})
