import { normalizeFilingNumber } from '../../domain/filings'

export const STATUS_PAGE = '/packages/status/pages/lookup/index'

/** Where a filing's status can be opened without logging in: the link its QR code carries (SPEC §7). */
export function statusUrl(number: string): string {
  const origin = process.env.TARO_ENV === 'h5' ? window.location.origin : API_BASE
  return `${origin}${STATUS_PAGE}?number=${encodeURIComponent(number)}`
}

/** The filing number in what a QR code carried: our status link, or a bare number. */
export function numberFromScan(scanned: string): string | null {
  const match = /[?&]number=([^&#]+)/.exec(scanned)
  const candidate = match ? decodeURIComponent(match[1]) : scanned
  return normalizeFilingNumber(candidate)
}
