import { waitFor } from '@testing-library/react'
import { Toast } from '@nutui/nutui-react-taro'
import { click, mount, unmount } from '@tests/helpers/page'
import { renderReceiptImage, saveReceiptImage } from '@/lib/receipt/receipt-image'
import { filingView } from '../../shared/test-fixtures'
import ReceiptCard from './receipt-card'

jest.mock('@/lib/receipt/receipt-image', () => ({ renderReceiptImage: jest.fn(), saveReceiptImage: jest.fn() }))
const mockedRender = renderReceiptImage as jest.MockedFunction<typeof renderReceiptImage>
const mockedSave = saveReceiptImage as jest.MockedFunction<typeof saveReceiptImage>

let toast: jest.SpyInstance
beforeEach(() => {
  toast = jest.spyOn(Toast, 'show').mockImplementation(() => undefined)
  mockedRender.mockReset().mockResolvedValue('data:image/png;base64,AAAA')
  mockedSave.mockReset().mockResolvedValue(undefined)
})
afterEach(() => unmount())

// A trial: once the result page was left, a daughter had no way back to the receipt to send her father.
describe('备案回执 on 我的备案’s details', () => {
  it('draws the receipt as the filing stands now and saves it', async () => {
    const f = filingView({ status: 'APPROVED', statusLabel: '备案成功' })
    await mount(ReceiptCard, { filing: f, toastId: 't' })
    click('detail-save-receipt')
    await waitFor(() => expect(mockedSave).toHaveBeenCalledWith('data:image/png;base64,AAAA', f.number))
    expect(mockedRender).toHaveBeenCalledWith(expect.objectContaining({ title: '备案成功', tone: 'ok', number: f.number }))
    await waitFor(() => expect(toast).toHaveBeenCalledWith('t', { content: '回执图片已保存' }))
  })

  it('a refused album permission opens the explanation; another failure says what to do instead', async () => {
    const f = filingView({})
    mockedSave.mockRejectedValueOnce({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' })
    await mount(ReceiptCard, { filing: f, toastId: 't' })
    click('detail-save-receipt')
    await waitFor(() => expect(document.getElementById('album-permission')).not.toBeNull())
    mockedSave.mockRejectedValueOnce({ errMsg: 'saveImageToPhotosAlbum:fail file not exists' })
    click('detail-save-receipt')
    await waitFor(() => expect(toast).toHaveBeenCalledWith('t', { content: '没有保存成功，请再试一次；记下备案号也可以查进度' }))
    expect(document.getElementById('album-permission')).toBeNull()
  })
})
