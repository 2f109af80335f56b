import { ApiError } from '@/services/api-error'

/**
 * The console's one caller of the server. The session token lives in sessionStorage (gone when
 * the browser closes); every 401 ends the session in the console too. Errors carry the server's
 * own Chinese message and, for a form, the message of each field.
 */

const TOKEN_KEY = 'staff-token'

// The app's error type (src/services/api-error.ts, no Taro in it): the same contract, one class.
export { ApiError }

let onUnauthorized: () => void = () => undefined
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler
}

export const getToken = (): string | null => sessionStorage.getItem(TOKEN_KEY)
export const setToken = (token: string | null): void => {
  if (token === null) sessionStorage.removeItem(TOKEN_KEY)
  else sessionStorage.setItem(TOKEN_KEY, token)
}

async function request(method: string, path: string, body?: unknown): Promise<Response> {
  const token = getToken()
  let response: Response
  try {
    response = await fetch(path, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(0, 'NETWORK', '连不上服务器，请检查网络后再试')
  }
  if (!response.ok) {
    const json = (await response.json().catch(() => ({}))) as { code?: string; message?: string; fields?: Record<string, string> }
    if (response.status === 401 && path !== '/api/staff/sessions') onUnauthorized()
    throw new ApiError(response.status, json.code ?? 'ERROR', json.message ?? `请求失败（${response.status}），请稍后再试`, json.fields)
  }
  return response
}

export async function api<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await request(method, path, body)
  return (response.status === 204 ? null : await response.json()) as T
}

/** A material or export as a blob URL (images and PDFs need the token, so no plain <img src>). */
export async function blobUrl(path: string): Promise<{ url: string; type: string }> {
  const response = await request('GET', path)
  const blob = await response.blob()
  return { url: URL.createObjectURL(blob), type: blob.type }
}
