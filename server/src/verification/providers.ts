import { createHash } from 'node:crypto'
import type { VerificationProviderKind, WechatConfig } from '@server/config'
import { AppError } from '@server/errors'

/**
 * Face verification (实人认证) behind one interface, chosen by configuration
 * (VERIFICATION_PROVIDER; config.ts): WeChat's own check of a `verify_result`, or the
 * development provider, which production refuses (app.ts), as it refuses the dev login.
 */

/** Why a face result is refused; each has its own plain message (verify.ts). */
export type FaceFailure = 'FAILED' | 'INVALID' | 'EXPIRED' | 'MISMATCH'

export type FaceCheck = { passed: true } | { passed: false; failure: FaceFailure; detail: string }

export interface FaceCheckContext {
  /** The account's WeChat openid: the result must be this person's. */
  openid: string
  /** The account's 实名信息: WeChat's hashes of the name and ID number must match them. */
  name: string
  idNumber: string
  now: Date
}

export interface FaceVerificationProvider {
  kind: 'WECHAT_FACE' | 'DEV'
  /** Whether each result may count only once (its hash is stored and checked). */
  singleUse: boolean
  /** Checks one result with its issuer; throws 503 VERIFICATION_UNAVAILABLE when that cannot be done. */
  check(verifyResult: string, ctx: FaceCheckContext): Promise<FaceCheck>
}

/** Development only: `dev:pass` passes, `dev:fail` fails; anything else is not a result. */
export function createDevFaceProvider(): FaceVerificationProvider {
  return {
    kind: 'DEV',
    singleUse: false,
    async check(verifyResult) {
      if (verifyResult === 'dev:pass') return { passed: true }
      if (verifyResult === 'dev:fail') return { passed: false, failure: 'FAILED', detail: 'dev:fail' }
      return { passed: false, failure: 'INVALID', detail: 'not a dev result' }
    },
  }
}

/** A result older than this (WeChat's finish_time) is refused as expired. */
export const VERIFY_RESULT_MAX_AGE_SECONDS = 10 * 60
/** The access token for WeChat's API, shared by every instance (notifications/wechat-token.ts). */
export type AccessTokenSource = (now: Date) => Promise<string>
// getinfo's errcodes: 84001 no such verify_result, 84002 it has expired, 84003 it has been used
// up (developers.weixin.qq.com, 人脸核身 getinfo). Others mean the call itself failed.
const RESULT_INVALID = new Set([84001, 84003])
const RESULT_EXPIRED = 84002

interface GetinfoAnswer {
  errcode?: unknown
  errmsg?: unknown
  identify_ret?: unknown
  openid?: unknown
  finish_time?: unknown
  name_utf8_md5?: unknown
  id_card_number_md5?: unknown
}

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex')

function unavailable(cause: unknown): AppError {
  return new AppError(503, 'VERIFICATION_UNAVAILABLE', '暂时连不上微信的人脸核身服务，请过几分钟再试；您的资料都还在', undefined, { cause })
}

/** The one POST to getinfo; any transport or token failure becomes 503 (never a pass). */
async function getinfo(wechat: WechatConfig, token: AccessTokenSource, verifyResult: string, now: Date): Promise<GetinfoAnswer> {
  try {
    const url = new URL('/cityservice/face/identify/getinfo', wechat.apiBaseUrl)
    url.search = new URLSearchParams({ access_token: await token(now) }).toString()
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ verify_result: verifyResult }),
      signal: AbortSignal.timeout(wechat.timeoutMs),
    })
    if (!response.ok) throw new Error(`getinfo answered HTTP ${response.status}`)
    // WeChat labels JSON text/plain at times: parse the text.
    return JSON.parse(await response.text()) as GetinfoAnswer
  } catch (cause) {
    throw unavailable(cause)
  }
}

/**
 * WeChat face verification (微信人脸核身): the weapp's `wx.startFacialRecognitionVerify` returns a
 * `verify_result`; the server asks WeChat what it means (POST /cityservice/face/identify/getinfo
 * with `{ verify_result }`) and trusts nothing from the app. Passes only when identify_ret is 0,
 * the openid is the account's, name_utf8_md5 / id_card_number_md5 match the account's 实名信息
 * and finish_time is at most VERIFY_RESULT_MAX_AGE_SECONDS old.
 */
export function createWechatFaceProvider(wechat: WechatConfig, token: AccessTokenSource): FaceVerificationProvider {
  return {
    kind: 'WECHAT_FACE',
    singleUse: true,
    async check(verifyResult, ctx) {
      const answer = await getinfo(wechat, token, verifyResult, ctx.now)
      const errcode = typeof answer.errcode === 'number' ? answer.errcode : 0
      if (errcode === RESULT_EXPIRED) return { passed: false, failure: 'EXPIRED', detail: `errcode ${errcode}` }
      if (RESULT_INVALID.has(errcode)) return { passed: false, failure: 'INVALID', detail: `errcode ${errcode}` }
      if (errcode !== 0) throw unavailable(new Error(`getinfo errcode ${errcode} ${String(answer.errmsg ?? '')}`))
      if (answer.identify_ret !== 0) {
        return { passed: false, failure: 'FAILED', detail: `identify_ret ${String(answer.identify_ret)}` }
      }
      if (answer.openid !== ctx.openid) return { passed: false, failure: 'MISMATCH', detail: 'openid' }
      const idNumber = ctx.idNumber.toUpperCase()
      const idHashes = new Set([md5(idNumber), md5(idNumber.toLowerCase())])
      if (typeof answer.id_card_number_md5 !== 'string' || !idHashes.has(answer.id_card_number_md5.toLowerCase())) {
        return { passed: false, failure: 'MISMATCH', detail: 'id_card_number_md5' }
      }
      if (typeof answer.name_utf8_md5 !== 'string' || answer.name_utf8_md5.toLowerCase() !== md5(ctx.name)) {
        return { passed: false, failure: 'MISMATCH', detail: 'name_utf8_md5' }
      }
      const finishedMs = typeof answer.finish_time === 'number' ? answer.finish_time * 1000 : NaN
      const ageMs = ctx.now.getTime() - finishedMs
      if (!Number.isFinite(ageMs) || ageMs > VERIFY_RESULT_MAX_AGE_SECONDS * 1000 || ageMs < -60_000) {
        return { passed: false, failure: 'EXPIRED', detail: `finish_time ${String(answer.finish_time)}` }
      }
      return { passed: true }
    },
  }
}

export function createFaceProvider(kind: VerificationProviderKind, wechat: WechatConfig | null, token: AccessTokenSource): FaceVerificationProvider {
  if (kind === 'wechat') {
    if (!wechat) throw new Error('the WeChat face provider needs WeChat credentials (config.ts checks this)')
    return createWechatFaceProvider(wechat, token)
  }
  return createDevFaceProvider()
}
