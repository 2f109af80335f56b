/**
 * H5: no login at launch. The home page needs no server for a first visit (its waiting cards read
 * filings only when a session is already held), so the session service, `http.ts` and Taro's
 * request with its fetch and AbortController polyfills (13 KB brotli) are not fetched with it
 * (README "Measured"). The first request that needs a session logs in then (services/http.ts
 * h5Session); a token kept from an earlier visit is used as is and renewed on its 401.
 */
export function sessionAtLaunch(): void {}
