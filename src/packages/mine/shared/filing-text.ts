import { filerWords, isStanding, type FilingView } from '@/domain/filings'
import { ApiError, NETWORK_ERROR_MESSAGE } from '@/services/api-error'

export { chinaDateTime, chinaDay } from '@/lib/china-time'

/** The validity in one line: the domain's one formatter (emergency: 当次住院有效（…入院）). */
export { validityLabel, validityLine, validityPeriod, validityText } from '@/domain/filings'

/** Still in force or on its way (正在生效/办理中), as opposed to ended (已结束). */
export function isStandingFiling(f: Pick<FilingView, 'status' | 'validTo'>, today: string): boolean {
  return isStanding(f.status, f.validTo, today)
}

/** What to tell a person when a request fails: the server's own plain message when there is one. */
export function errorText(e: unknown, fallback: string): string {
  if (e instanceof ApiError) return e.message
  return fallback || NETWORK_ERROR_MESSAGE
}

export const LIST_URL = '/packages/mine/pages/list/index'
export const START_URL = '/packages/filing/pages/start/index'
export const detailUrl = (id: string, extra = '') => `/packages/mine/pages/detail/index?id=${encodeURIComponent(id)}${extra}`
export const changeUrl = (id: string) => `/packages/mine/pages/change/index?id=${encodeURIComponent(id)}`

/**
 * Who acted for whom, when it was not the person themselves (SPEC §2: recorded on every filing):
 * '为父亲张建华代办' for the filer, '由您的子女张丽华代办' for the person it was filed for (the proxy
 * they authorised; '由张*华代办' where the name is not given); null for one's own.
 */
export function proxyLine(f: Pick<FilingView, 'filedBySelf' | 'filedBy' | 'subject'>): string | null {
  if (f.filedBySelf) return null
  if (f.filedBy.self) return `为${f.subject.kin ?? f.subject.relationLabel ?? '家人'}${f.subject.name}代办`
  return `由${filerWords(f.filedBy)}代办`
}
