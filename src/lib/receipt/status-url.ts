import { normalizeFilingNumber } from '@/domain/filings'

export const STATUS_PAGE = '/packages/status/pages/lookup/index'

/**
 * What a filing's receipt QR code carries, so its status opens without logging in (SPEC §7).
 *
 * - H5: this site's status page.
 * - Weapp release build (`npm run release:weapp`, `API_BASE` checked to be a public https
 *   origin): `https://<API_BASE host>/packages/status/pages/lookup/index?number=…`. With WeChat's
 *   「扫普通链接二维码打开小程序」 rule for that prefix (README, release checklist), scanning it
 *   with WeChat opens 进度查询 in the mini-program, which reads the number from the `q` parameter.
 * - Weapp development build: the mini-program path alone (`/packages/status/…?number=…`), which the
 *   in-app scanner of 进度查询 reads; a development build never prints its loopback origin.
 */
export function statusUrl(number: string): string {
  const path = `${STATUS_PAGE}?number=${encodeURIComponent(number)}`
  if (process.env.TARO_ENV === 'h5') return `${window.location.origin}${path}`
  return RELEASE_BUILD ? `${API_BASE}${path}` : path
}

/** The filing number in what a QR code carried: our status link, the page path, or a bare number. */
export function numberFromScan(scanned: string): string | null {
  const match = /[?&]number=([^&#]+)/.exec(scanned)
  const candidate = match ? decodeURIComponent(match[1]) : scanned
  return normalizeFilingNumber(candidate)
}

/**
 * The filing number 进度查询 was opened with: `number` when another page or the in-app scanner
 * navigated there, or `q` (the whole scanned link, URL-encoded) when WeChat opened the page from a
 * 普通链接二维码. Taro hands page parameters over still URL-encoded in some paths: both are decoded.
 *
 * @returns `number` as given (the form checks it on 查询), the number inside `q`, or ''
 */
export function numberFromPageQuery(params: Partial<Record<string, string>>): string {
  if (params.number) return safeDecode(params.number)
  if (params.q) return numberFromScan(safeDecode(params.q)) ?? ''
  return ''
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
