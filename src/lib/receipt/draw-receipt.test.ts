import { RECEIPT_HEIGHT, RECEIPT_WIDTH, drawReceipt, type Ctx2D } from './draw-receipt'

/** A canvas context that records what is written, with the font it is written in. */
function recordingContext() {
  const texts: Array<{ text: string; x: number; y: number; size: number; maxWidth?: number }> = []
  const ctx: Ctx2D = {
    fillStyle: '#000',
    font: '10px sans-serif',
    textAlign: 'left',
    textBaseline: 'top',
    fillRect: () => undefined,
    fillText(text, x, y, maxWidth) {
      texts.push({ text, x, y, size: Number(/(\d+)px/.exec(this.font)![1]), maxWidth })
    },
  }
  return { ctx, texts }
}

/** A receipt in review: its three first rows, then `validity` (one row or more). */
function receiptInReview(validity: Array<[string, string]>) {
  return {
    title: '审核中',
    tone: 'wait' as const,
    number: 'YD20261203RBNZVF',
    rows: [['参保人', '陈玉珍'], ['备案类型', '其他临时外出就医人员'], ['备案地', '新疆维吾尔自治区（全省）'], ...validity] as Array<[string, string]>,
    qrText: 'https://yibao.example.gov.cn/s/YD20261203RBNZVF',
    footer: '扫码查看办理进度',
  }
}

describe('drawReceipt', () => {
  const { ctx, texts } = recordingContext()
  drawReceipt(ctx, receiptInReview([['申请有效期', '2026-12-03 至 2027-12-02']]))

  // A trial in 长辈模式 read the rows at ~13 CSS px: the receipt is shown ~0.57 of its size.
  it('writes nothing smaller than 28 px (16 CSS px on a phone)', () => {
    expect(Math.min(...texts.map((t) => t.size))).toBeGreaterThanOrEqual(28)
  })

  it('keeps every line on the receipt, a long value narrowed to its column rather than cut', () => {
    for (const t of texts) {
      expect(t.y + t.size).toBeLessThanOrEqual(RECEIPT_HEIGHT)
      expect(t.x).toBeGreaterThanOrEqual(0)
    }
    const place = texts.find((t) => t.text === '新疆维吾尔自治区（全省）')!
    expect(place.x + place.maxWidth!).toBeLessThanOrEqual(RECEIPT_WIDTH - 40)
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['YD20261203RBNZVF', '申请有效期', '2026-12-03 至 2027-12-02', '扫码查看办理进度']))
  })
})

// A filing in review writes its validity a clause a line (filingReceiptImage): six rows in all.
describe('drawReceipt with six rows', () => {
  it('keeps every line, the footer last, on the receipt', () => {
    const { ctx, texts } = recordingContext()
    drawReceipt(ctx, receiptInReview([['申请有效期', '审核通过那天起生效'], ['', '最早从 2026 年 12 月 5 日起'], ['', '到 2027 年 12 月 2 日为止']]))
    for (const t of texts) expect(t.y + t.size).toBeLessThanOrEqual(RECEIPT_HEIGHT)
    const footer = texts.find((t) => t.text === '扫码查看办理进度')!
    const last = texts.find((t) => t.text === '到 2027 年 12 月 2 日为止')!
    expect(footer.y).toBeGreaterThan(last.y + last.size)
  })
})
