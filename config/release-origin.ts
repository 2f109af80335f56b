import { isIP } from 'node:net'

/**
 * The checks a release build of the mini-program applies to `API_BASE` (build time, not app code).
 *
 * WeChat sends `wx.request`/`uploadFile`/`downloadFile` only to https domains registered on the
 * mini-program's allow-list; an IP address or localhost can never be registered (WeChat docs,
 * 「网络 · 使用说明」: 域名只支持 https，不能使用 IP 地址或 localhost). A release built against
 * anything else would upload fine and then fail every request on the phone.
 */
export type OriginCheck = { ok: true; origin: string } | { ok: false; reason: string }

const LOOPBACK_NAMES = /^(localhost|localhost\.localdomain|ip6-localhost|ip6-loopback)$|\.localhost$/i

/**
 * Checks a candidate `API_BASE` for a release build.
 *
 * @param value the raw variable (may be undefined or blank)
 * @returns `{ ok: true, origin }` with the normalised origin (scheme + host + port, no trailing
 *   slash), or `{ ok: false, reason }` with a plain-Chinese reason that names `API_BASE`.
 */
export function checkReleaseOrigin(value: string | undefined): OriginCheck {
  const raw = value?.trim() ?? ''
  if (!raw) return fail('API_BASE 没有设置。发布版必须知道接口的 https 地址，例如 API_BASE=https://api.example.gov.cn')
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return fail(`API_BASE（${raw}）不是一个完整的网址，应写成 https://域名，例如 https://api.example.gov.cn`)
  }
  if (url.protocol !== 'https:') {
    return fail(`API_BASE（${raw}）必须以 https:// 开头：微信只允许小程序访问 https 域名`)
  }
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (LOOPBACK_NAMES.test(host)) {
    return fail(`API_BASE（${raw}）指向本机（${host}）：手机上的微信连不到开发电脑，请换成已登记的公网域名`)
  }
  if (isIP(host) !== 0) {
    const loopback = /^127\./.test(host) || host === '::1' || host === '0.0.0.0' || host === '::'
    return fail(
      loopback
        ? `API_BASE（${raw}）指向本机（${host}）：手机上的微信连不到开发电脑，请换成已登记的公网域名`
        : `API_BASE（${raw}）是 IP 地址：微信的合法域名里不能登记 IP 地址，请换成已备案的域名`,
    )
  }
  if (!host.includes('.')) {
    return fail(`API_BASE（${raw}）的主机名“${host}”不是公网域名，请换成已备案、已登记到小程序后台的域名`)
  }
  if (url.username || url.password) return fail(`API_BASE（${raw}）里不能带用户名或密码`)
  if (url.pathname !== '/' || url.search || url.hash) {
    return fail(`API_BASE（${raw}）只写协议和域名（可带端口），不要带路径、问号或 #：接口路径由应用自己加上`)
  }
  return { ok: true, origin: url.origin }
}

function fail(reason: string): OriginCheck {
  return { ok: false, reason }
}

/** What a release build must never contain: a loopback or IP origin, or any plain-http URL. */
const FORBIDDEN = [/127\.0\.0\.1/g, /\blocalhost\b/g, /\[::1\]/g, /0\.0\.0\.0/g, /http:\/\/[^\s"'`)\\]+/g]
/** Plain-http strings that are names, not addresses (XML namespaces in React and NutUI). */
const HARMLESS_HTTP = /^http:\/\/www\.w3\.org\//

/**
 * Finds development origins in built code: loopback names, 127.0.0.1, 0.0.0.0, [::1] and every
 * `http://` URL except XML namespaces. Used by `npm run release:weapp` after building and by the
 * release test.
 *
 * @param text a built file's content
 * @returns each offending string, in the order found (empty when clean)
 */
export function findDevelopmentOrigins(text: string): string[] {
  const found: string[] = []
  for (const pattern of FORBIDDEN) {
    for (const m of text.matchAll(pattern)) {
      if (!HARMLESS_HTTP.test(m[0])) found.push(m[0])
    }
  }
  return found
}
