import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { resolve } from 'node:path'
import helmet, { type HelmetOptions } from 'helmet'
import { unencapsulated } from '../unencapsulated'

/**
 * sha256 sources for the inline scripts of the built H5 page (Taro puts its rem script inline),
 * so the CSP allows exactly those and no other inline script. Empty when there is no build.
 */
export function inlineScriptHashes(indexHtml: string): string[] {
  if (!existsSync(indexHtml)) return []
  const html = readFileSync(indexHtml, 'utf8')
  const hashes: string[] = []
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    if (match[1].length > 0) hashes.push(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`)
  }
  return hashes
}

/** The CSP of the app and the API: same-origin everything, no framing, no plugins. */
export function contentSecurityPolicy(scriptHashes: readonly string[]): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    'script-src': ["'self'", ...scriptHashes],
    'script-src-attr': ["'none'"],
    // Taro's H5 components and NutUI set style attributes and add <style> elements at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    // The receipt image and QR code are drawn to canvas and shown as data:/blob: URLs.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    // Taro's H5 uploadFile reads the picked photo back from its blob: URL with XHR.
    'connect-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'media-src': ["'self'", 'blob:', 'data:'],
  }
}

/**
 * The headers helmet sets for `options`, as `[lower-case name, value]` pairs, worked out once:
 * with static directives they depend on nothing in the request. Throws what helmet throws for
 * an invalid option (e.g. a malformed CSP directive).
 */
export function helmetHeaders(options: Readonly<HelmetOptions>): [string, string][] {
  const headers: [string, string][] = []
  const response = {
    setHeader: (name: string, value: string | number) => headers.push([name.toLowerCase(), String(value)]),
    // helmet removes X-Powered-By, which Fastify never sets.
    removeHeader: () => undefined,
  }
  let failure: unknown
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error) => (failure = error))
  if (failure) throw failure
  return headers
}

/** `/api`, `/api/…` and `/api?…`: the answers that default to `Cache-Control: no-store`. */
function isApiUrl(url: string): boolean {
  return url.startsWith('/api') && (url.length === 4 || url[4] === '/' || url[4] === '?')
}

/**
 * The headers of an API answer (JSON, errors, uploads): the set the OWASP REST Security Cheat
 * Sheet asks of an API — a CSP that lets the answer load nothing and be framed nowhere
 * (`default-src 'none'; frame-ancestors 'none'`), X-Frame-Options DENY for browsers without CSP,
 * nosniff, no referrer, HSTS — plus `Cross-Origin-Resource-Policy: same-origin`, so another site
 * cannot embed an uploaded photo. What only a document uses (COOP, Origin-Agent-Cluster,
 * X-DNS-Prefetch-Control, X-Download-Options, X-Permitted-Cross-Domain-Policies, X-XSS-Protection,
 * the page's CSP) stays on the pages: 7 headers instead of 13, ~450 bytes less per answer (issue 15).
 * Values are helmet's, for these options.
 */
export const API_HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: { useDefaults: false, directives: { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] } },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
}

/**
 * Security headers on every answer (issue 10, fault 7). Pages and static files (everything
 * outside /api): helmet's defaults with the CSP above (`frame-ancestors 'none'` and
 * X-Frame-Options DENY: the page holding the token cannot be framed), `Referrer-Policy:
 * no-referrer`; no `upgrade-insecure-requests`: the app is also served over plain http on a
 * developer's machine. API answers, JSON and errors included: API_HELMET_OPTIONS, and
 * `Cache-Control: no-store` unless the route sets a policy of its own. Both sets are computed
 * once at start (helmetHeaders) and set by one synchronous hook before any route or error
 * answer: @fastify/helmet rebuilt helmet's middleware chain and the CSP string on every request,
 * 14-18 % of a lookup's CPU (issue 15). A route, or the docs' own CSP, that sets one of these
 * headers replaces it.
 */
export const securityHeadersPlugin = unencapsulated<{ staticDir: string | null }>('security-headers', async (app, { staticDir }) => {
  const hashes = staticDir ? inlineScriptHashes(resolve(staticDir, 'index.html')) : []
  const pageHeaders = helmetHeaders({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(hashes) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Cross-origin isolation would block nothing we load, but would break opening an upload in a new tab.
    crossOriginEmbedderPolicy: false,
  })
  // Set before the route runs, so a route that sets its own policy replaces it: the public
  // reference data (regions, calendar, policy profiles) holds nothing personal and is
  // cacheable; uploads say `private, no-store`.
  const apiHeaders: [string, string][] = [...helmetHeaders(API_HELMET_OPTIONS), ['cache-control', 'no-store']]
  app.addHook('onRequest', (request, reply, done) => {
    const headers = isApiUrl(request.url) ? apiHeaders : pageHeaders
    for (let i = 0; i < headers.length; i += 1) reply.header(headers[i][0], headers[i][1])
    done()
  })
})
