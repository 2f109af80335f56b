/**
 * H5: no login at launch. The home page needs no server, so the session service, Taro's request
 * and its fetch and AbortController polyfills stay out of the entry (README "Measured"); the
 * first request that needs a session logs in (services/http.ts).
 */
export function sessionAtLaunch(): void {}
