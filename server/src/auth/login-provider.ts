import type { WechatConfig } from '@server/config'
import { AppError } from '@server/errors'

/** Turns the code from `Taro.login` into a stable WeChat identity (openid). */
export interface LoginProvider {
  kind: 'wechat' | 'dev'
  exchange(code: string): Promise<{ openid: string }>
}

const LOGIN_FAILED_MESSAGE = '登录没有成功，请关闭小程序后重新打开再试'

/** Development only: `dev:<anything>` logs in as that string, so the same code is the same user. */
export function createDevLoginProvider(): LoginProvider {
  return {
    kind: 'dev',
    async exchange(code) {
      if (!/^dev:.+$/s.test(code)) {
        throw new AppError(401, 'LOGIN_FAILED', '开发环境只接受以 dev: 开头的登录码，请换一个登录码再试')
      }
      return { openid: code }
    },
  }
}

interface Jscode2SessionResponse {
  openid?: unknown
  errcode?: unknown
}

/** Exchanges the code with WeChat `jscode2session`. */
export function createWechatLoginProvider(config: WechatConfig): LoginProvider {
  return {
    kind: 'wechat',
    async exchange(code) {
      const url = new URL('/sns/jscode2session', config.apiBaseUrl)
      url.search = new URLSearchParams({
        appid: config.appId,
        secret: config.secret,
        js_code: code,
        grant_type: 'authorization_code',
      }).toString()
      let body: Jscode2SessionResponse
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(config.timeoutMs) })
        if (!response.ok) throw new Error(`jscode2session answered HTTP ${response.status}`)
        // WeChat sends JSON labelled text/plain, so parse the text ourselves.
        body = JSON.parse(await response.text()) as Jscode2SessionResponse
      } catch (cause) {
        // The URL carries the app secret, so it never goes into the error.
        throw new AppError(502, 'WECHAT_UNAVAILABLE', '暂时连不上微信登录服务，请稍后再试', undefined, {
          cause,
        })
      }
      if (typeof body.openid === 'string' && body.openid.length > 0 && !body.errcode) {
        return { openid: body.openid }
      }
      // 40029 invalid code, 40163 code used, 45011 too frequent: all mean "log in again".
      throw new AppError(401, 'LOGIN_FAILED', LOGIN_FAILED_MESSAGE)
    },
  }
}

export function createLoginProvider(wechat: WechatConfig | null): LoginProvider {
  return wechat ? createWechatLoginProvider(wechat) : createDevLoginProvider()
}
