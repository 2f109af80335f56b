import Taro from '@tarojs/taro'
import { useSessionStore } from '@/stores/use-session-store'
import { ApiError, NETWORK_ERROR_MESSAGE } from './api-error'

/** H5 is served by the API server itself; the mini-program needs the API's full origin. */
const API_ORIGIN = process.env.TARO_ENV === 'h5' ? '' : API_BASE

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface RequestOptions {
  method?: Method
  data?: unknown
  headers?: Record<string, string>
  /** Skip the bearer token (login itself, public lookups). */
  anonymous?: boolean
}

interface ErrorBody {
  code?: string
  message?: string
  fields?: Record<string, string>
}

/** Re-login hook, set by the session service (kept here as a callback to avoid an import cycle). */
let relogin: (() => Promise<void>) | null = null
export function onUnauthorized(fn: () => Promise<void>): void {
  relogin = fn
}

/**
 * H5 does not log in at launch (lib/launch/session-at-launch.h5.ts); the first request that needs a
 * session loads the session service (which registers `relogin`, so an expired token
 * kept from an earlier visit is renewed on its 401) and logs in when no token is held; later calls
 * return at once. The mini-program logged in at launch: nothing to do. Rejects with the login's
 * ApiError (e.g. NETWORK) when it cannot log in.
 */
async function h5Session(): Promise<void> {
  if (process.env.TARO_ENV !== 'h5' || (relogin && useSessionStore.getState().token)) return
  const { ensureSession } = await import('./session')
  await ensureSession()
}

/**
 * Runs `attempt` with the session in place (h5Session), and once more after a silent re-login
 * when it answered 401 (an expired token). Resolves to the last answer, whatever its status.
 */
async function withOneRelogin<R extends { status: number }>(attempt: () => Promise<R>): Promise<R> {
  await h5Session()
  let res = await attempt()
  if (res.status === 401 && relogin) {
    await relogin()
    res = await attempt()
  }
  return res
}

async function send<T>(path: string, opts: RequestOptions): Promise<{ status: number; data: T | ErrorBody }> {
  const headers: Record<string, string> = { ...opts.headers }
  if (opts.data !== undefined) headers['Content-Type'] = 'application/json'
  const token = useSessionStore.getState().token
  if (!opts.anonymous && token) headers.Authorization = `Bearer ${token}`
  try {
    const res = await Taro.request<T | ErrorBody>({
      url: `${API_ORIGIN}${path}`,
      method: opts.method ?? 'GET',
      data: opts.data as Record<string, unknown> | undefined,
      header: headers,
      dataType: 'json',
    })
    return { status: res.statusCode, data: res.data }
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_ERROR_MESSAGE)
  }
}

/** The only caller of Taro.request: JSON in and out, the error contract turned into ApiError. */
export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  if (!opts.anonymous) await h5Session()
  let res = await send<T>(path, opts)
  if (res.status === 401 && !opts.anonymous && relogin) {
    // An expired token: log in again silently once, then retry.
    await relogin()
    res = await send<T>(path, opts)
  }
  if (res.status >= 200 && res.status < 300) return res.data as T
  const body = (res.data ?? {}) as ErrorBody
  throw new ApiError(
    res.status,
    body.code ?? 'HTTP_' + res.status,
    body.message ?? '出了点问题，请稍后再试',
    body.fields ?? {},
    typeof res.data === 'object' && res.data !== null ? (res.data as Record<string, unknown>) : {},
  )
}

/**
 * Uploads one file as multipart (`file` plus the given fields), with the bearer token, and
 * turns the answer into the same typed result or ApiError as `request`.
 */
export async function upload<T>(path: string, filePath: string, formData: Record<string, string>): Promise<T> {
  const attempt = async () => {
    const token = useSessionStore.getState().token
    try {
      const res = await Taro.uploadFile({
        url: `${API_ORIGIN}${path}`,
        filePath,
        name: 'file',
        formData,
        header: token ? { Authorization: `Bearer ${token}` } : {},
      })
      let data: unknown = res.data
      try {
        data = JSON.parse(res.data)
      } catch {
        // not JSON: handled as an error below
      }
      return { status: res.statusCode, data }
    } catch {
      throw new ApiError(0, 'NETWORK', NETWORK_ERROR_MESSAGE)
    }
  }
  const res = await withOneRelogin(attempt)
  if (res.status >= 200 && res.status < 300) return res.data as T
  const body = (res.data ?? {}) as ErrorBody
  throw new ApiError(res.status, body.code ?? 'HTTP_' + res.status, body.message ?? '上传没有成功，请再试一次', body.fields ?? {})
}

/**
 * Downloads a file the server keeps for this person (GET, with the bearer token, one silent
 * re-login on a 401) to a file the page can show: a temporary file path in the weapp, a blob URL
 * in H5 (Taro.downloadFile in both). Rejects with ApiError (NETWORK, or HTTP_<status>).
 */
export async function download(path: string): Promise<string> {
  const attempt = async () => {
    const token = useSessionStore.getState().token
    try {
      const res = await Taro.downloadFile({ url: `${API_ORIGIN}${path}`, header: token ? { Authorization: `Bearer ${token}` } : {} })
      return { status: res.statusCode, tempFilePath: res.tempFilePath }
    } catch {
      throw new ApiError(0, 'NETWORK', NETWORK_ERROR_MESSAGE)
    }
  }
  const res = await withOneRelogin(attempt)
  if (res.status >= 200 && res.status < 300) return res.tempFilePath
  throw new ApiError(res.status, 'HTTP_' + res.status, '图片没有取到')
}
