/**
 * H5: the same silent login at launch, but after the first screen and from a chunk of its own: the
 * home page needs no server, so the session service, Taro's request and its fetch and
 * AbortController polyfills are not in the entry the home page waits for (README "Measured").
 * Never rejects; a page that asks the server first logs in itself (services/http.ts).
 */
export function sessionAtLaunch(): void {
  setTimeout(() => {
    import('@/services/session')
      .then((m) => m.ensureSession())
      .catch(() => {
        // No network yet: pages retry through the http service when they need the server.
      })
  }, 0)
}
