import Taro from '@tarojs/taro'
import { now } from '@/lib/clock'
import { useSessionStore } from '@/stores/use-session-store'
import { onUnauthorized, request } from './http'

interface SessionAnswer {
  token: string
  user: { id: string }
}

function randomId(): string {
  return now().getTime().toString(36) + Math.random().toString(36).slice(2, 10)
}

/** A login code: WeChat's in the mini-program; in the browser, a development code kept per browser. */
async function loginCode(): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') {
    const { code } = await Taro.login()
    return code
  }
  const store = useSessionStore.getState()
  let code = store.devCode
  if (!code) {
    code = `dev:${randomId()}`
    store.setDevCode(code)
  }
  return code
}

async function login(): Promise<void> {
  const code = await loginCode()
  const answer = await request<SessionAnswer>('/api/sessions', { method: 'POST', data: { code }, anonymous: true })
  useSessionStore.getState().setSession(answer.token, answer.user.id)
}

let pending: Promise<void> | null = null

/** Logs in once; concurrent callers share the same attempt. */
export function ensureSession(): Promise<void> {
  if (useSessionStore.getState().token) return Promise.resolve()
  return relogin()
}

function relogin(): Promise<void> {
  pending ??= login().finally(() => {
    pending = null
  })
  return pending
}

onUnauthorized(relogin)
