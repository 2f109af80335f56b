import type { FilingView } from '@/domain/filings/filing-view'

/**
 * H5: the filings service is loaded only when there is a session to read filings with, not with the
 * home page: it brings `http.ts` and Taro's request with its fetch and AbortController polyfills
 * (13 KB brotli), which a first visit (no session, no cards to read) never uses (README "Measured").
 * Answers `{ filings }` as GET /api/filings; rejects as the service does.
 */
export function listFilings(): Promise<{ filings: FilingView[] }> {
  return import('@/services/filings').then((m) => m.listFilings())
}
