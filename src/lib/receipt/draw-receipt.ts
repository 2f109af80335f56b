import { qrMatrix } from './qr'

/** The part of a 2D canvas context the receipt needs: the same in a browser and in WeChat. */
export interface Ctx2D {
  fillStyle: string | CanvasGradient | CanvasPattern
  font: string
  textAlign: CanvasTextAlign
  textBaseline: CanvasTextBaseline
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number, maxWidth?: number): void
}

export interface ReceiptData {
  /** The status in words (备案成功, 审核中 …), drawn in its tone's colour. */
  title: string
  /** As the status badge (components/status-badge): green only for 备案成功, blue while it waits. */
  tone: 'ok' | 'wait' | 'warn' | 'off'
  number: string
  rows: Array<[string, string]>
  qrText: string
  footer: string
}

/** The status badge's text colours (styles/status-badge.scss). */
const TONE_COLOURS: Record<ReceiptData['tone'], string> = { ok: '#135200', wait: '#0b4a8b', warn: '#ad2102', off: '#4e5969' }

export const RECEIPT_WIDTH = 600
export const RECEIPT_HEIGHT = 960

/**
 * Draws the 备案回执 (title, number, details, QR code) at 600 × 960. Shown at the width of a phone
 * (~340 CSS px, a scale of ~0.57), its smallest text is 28 px: 16 CSS px on the screen (a trial in
 * 长辈模式 read the rows at ~13 px, beside page text of 22 px). A value too long for its column is
 * narrowed to fit (fillText's maxWidth), never cut.
 */
export function drawReceipt(ctx: Ctx2D, data: ReceiptData) {
  const w = RECEIPT_WIDTH
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, w, RECEIPT_HEIGHT)
  ctx.fillStyle = '#0b6bcb'
  ctx.fillRect(0, 0, w, 12)

  ctx.textBaseline = 'top'
  ctx.textAlign = 'center'
  ctx.fillStyle = '#1f2329'
  ctx.font = 'bold 36px sans-serif'
  ctx.fillText('异地就医备案回执', w / 2, 40)
  ctx.fillStyle = TONE_COLOURS[data.tone]
  ctx.font = 'bold 44px sans-serif'
  ctx.fillText(data.title, w / 2, 94)

  ctx.textAlign = 'left'
  let y = 170
  ctx.fillStyle = '#4e5969'
  ctx.font = '28px sans-serif'
  ctx.fillText('备案号', 40, y)
  ctx.fillStyle = '#1f2329'
  ctx.font = 'bold 38px monospace'
  ctx.fillText(data.number, 40, y + 36, w - 80)
  y += 100
  for (const [label, value] of data.rows) {
    ctx.fillStyle = '#4e5969'
    ctx.font = '28px sans-serif'
    ctx.fillText(label, 40, y, 140)
    ctx.fillStyle = '#1f2329'
    ctx.font = '30px sans-serif'
    ctx.fillText(value, 190, y, w - 230)
    y += 52
  }

  const matrix = qrMatrix(data.qrText)
  const size = 280
  const cell = Math.floor(size / (matrix.length + 4))
  const qrSize = cell * (matrix.length + 4)
  const x0 = Math.round((w - qrSize) / 2)
  const y0 = Math.max(y + 24, 540)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(x0, y0, qrSize, qrSize)
  ctx.fillStyle = '#000000'
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) ctx.fillRect(x0 + (c + 2) * cell, y0 + (r + 2) * cell, cell, cell)
    }),
  )
  ctx.textAlign = 'center'
  ctx.fillStyle = '#4e5969'
  ctx.font = '28px sans-serif'
  ctx.fillText(data.footer, w / 2, y0 + qrSize + 20, w - 80)
}
