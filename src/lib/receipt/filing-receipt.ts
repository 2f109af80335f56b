import { STATUS_TONE } from '@/components/status-badge'
import { validityText, type FilingView } from '@/domain/filings'
import { chinaToday } from '@/domain/time/china-date'
import { now } from '@/lib/clock'
import { Toast } from '@nutui/nutui-react-taro'
import { isAlbumPermissionRefused } from '@/components/album-permission'
import { renderReceiptImage, saveReceiptImage } from './receipt-image'
import { statusUrl } from './status-url'

/**
 * A filing's validity as its receipt and result page write it today (the domain's validityText):
 * the period once approved; while it waits, from the day it is approved, at the earliest its start
 * ('审核通过那天起生效，最早从 2026 年 12 月 3 日起，长期有效'; an emergency '审核通过后生效：当次住院有效（9 月 26 日入院）').
 */
export function receiptValidityText(f: FilingView): string {
  return validityText(f, chinaToday(now()))
}

/** The receipt's rows for the validity: three at most (it holds six rows, three taken). */
const RECEIPT_VALIDITY_LINES = 3

/**
 * The validity words in the receipt's lines: a clause a line (after '，', '：' or '；'), and a
 * period's end on a line of its own ('2026 年 11 月 23 日' / '至 2027 年 5 月 22 日'); more than
 * three lines, the last ones are joined again with '，'. In one line the waiting wording (审核通过
 * 那天起生效，最早从…起，到…为止) was narrowed to half its width on the picture, and an emergency's
 * (审核通过后生效：当次住院有效（12 月 4 日入院）) too (trials).
 * @example receiptValidityLines('审核通过后生效：当次住院有效（12 月 4 日入院）') → ['审核通过后生效', '当次住院有效（12 月 4 日入院）']
 */
export function receiptValidityLines(text: string): string[] {
  const lines = text
    .split(/[，：；]/)
    .flatMap((clause) => clause.split(/ (?=至 )/))
    .filter((line) => line !== '')
  if (lines.length <= RECEIPT_VALIDITY_LINES) return lines
  return [...lines.slice(0, RECEIPT_VALIDITY_LINES - 1), lines.slice(RECEIPT_VALIDITY_LINES - 1).join('，')]
}

/**
 * The 备案回执 image of a filing (a data URL in H5, a temporary file in WeChat): its status in its
 * tone, number, 参保人, type, 备案地, validity and the QR code of its status page. Shared by the
 * result page and 我的备案's details, so the receipt can be saved again later (a trial: once the
 * result page was left, a daughter had no way to save it for her father).
 */
export function filingReceiptImage(f: FilingView): Promise<string> {
  const [validity, ...more] = receiptValidityLines(receiptValidityText(f))
  return renderReceiptImage({
    title: f.statusLabel,
    tone: STATUS_TONE[f.status],
    number: f.number,
    rows: [
      ['参保人', f.subject.name],
      ['备案类型', f.typeName],
      ['备案地', f.destination.name],
      // Not in force while it waits (a trial read the dates on the saved picture as valid already).
      [f.status === 'APPROVED' ? '有效期' : '申请有效期', validity],
      ...more.map((clause): [string, string] => ['', clause]),
    ],
    qrText: statusUrl(f.number),
    footer: '扫码查看办理进度',
  })
}

/**
 * Saves a receipt image (to the album in WeChat, a download in H5) and tells the outcome in the
 * page's toast `toastId`: 回执图片已保存, or what to do instead. Answers true when WeChat refused the
 * album permission (nothing toasted): the caller opens AlbumPermission, which leads to the settings.
 * @param image the image, or how to draw it (a drawing that fails is told as a failed save)
 */
export async function saveReceiptTelling(image: string | (() => Promise<string>), number: string, toastId: string): Promise<boolean> {
  try {
    await saveReceiptImage(typeof image === 'string' ? image : await image(), number)
    Toast.show(toastId, { content: '回执图片已保存' })
  } catch (e) {
    if (isAlbumPermissionRefused(e)) return true
    Toast.show(toastId, { content: '没有保存成功，请再试一次；记下备案号也可以查进度' })
  }
  return false
}
