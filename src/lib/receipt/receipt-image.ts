import Taro from '@tarojs/taro'
import { RECEIPT_HEIGHT, RECEIPT_WIDTH, drawReceipt, type Ctx2D, type ReceiptData } from './draw-receipt'

/**
 * Renders the receipt to an image: a data URL in the browser, a temporary file in WeChat.
 * The drawing is shared; only where the canvas comes from differs.
 */
export async function renderReceiptImage(data: ReceiptData): Promise<string> {
  if (process.env.TARO_ENV === 'h5') {
    const canvas = document.createElement('canvas')
    canvas.width = RECEIPT_WIDTH
    canvas.height = RECEIPT_HEIGHT
    drawReceipt(canvas.getContext('2d') as unknown as Ctx2D, data)
    return canvas.toDataURL('image/png')
  }
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width: RECEIPT_WIDTH, height: RECEIPT_HEIGHT }) as unknown as {
    getContext: (kind: '2d') => Ctx2D
  }
  drawReceipt(canvas.getContext('2d'), data)
  const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas } as unknown as Taro.canvasToTempFilePath.Option)
  return tempFilePath
}

/** Saves the receipt image: to the photo album in WeChat, as a download in the browser. */
export async function saveReceiptImage(image: string, number: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a')
    a.href = image
    a.download = `备案回执-${number}.png`
    document.body.appendChild(a)
    a.click()
    a.remove()
    return
  }
  await Taro.saveImageToPhotosAlbum({ filePath: image })
}
