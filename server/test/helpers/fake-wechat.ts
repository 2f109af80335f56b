import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local fake of WeChat's server API on 127.0.0.1, as the sender and the login use it:
 * - /sns/jscode2session: openid `o_<code>`;
 * - /cgi-bin/stable_token (getStableAccessToken): normal mode answers the current token while it
 *   is valid (the same one to every caller), force_refresh voids it and answers a new one;
 * - /cgi-bin/message/subscribe/send: 40001 for a voided or unknown token, 42001 for one marked
 *   expired, 40003 for an openid in `failFor`, 43101 for one in `unsubscribed`, else ok.
 * - /cityservice/face/identify/getinfo (实人认证): each verify_result the test registers with
 *   `issue()` answers what WeChat would (errcode, identify_ret, openid, name_utf8_md5,
 *   id_card_number_md5, finish_time in seconds); an unknown one 84001; `setDown(true)` makes it
 *   answer HTTP 502 (WeChat unreachable through a gateway).
 * `hold(openid)` keeps the answer to that openid's next send until released: a barrier for
 * "the instance died after WeChat took the message".
 */

export interface FaceResult {
  errcode?: number
  identify_ret?: number
  openid: string
  name: string
  idNumber: string
  /** Unix seconds. */
  finishTime: number
}

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex')

export interface FakeSend {
  token: string
  body: { touser: string; template_id: string; page: string; data: Record<string, { value: string }> }
}

export interface StableTokenRequest {
  grant_type: string
  appid: string
  secret: string
  force_refresh?: boolean
}

export interface FakeWechat {
  baseUrl: string
  stableTokenRequests: StableTokenRequest[]
  sends: FakeSend[]
  failFor: Set<string>
  unsubscribed: Set<string>
  /** The token normal mode hands out now (null before the first request). */
  current(): string | null
  /** Another party forced a refresh: the current token is void, normal mode answers a new one. */
  rotate(): void
  /** The current token is refused with `errcode` on sends, but normal mode still answers it. */
  refuseCurrent(errcode: 40001 | 42001): void
  hold(openid: string): { arrived: Promise<void>; release: () => void }
  sendsTo(openid: string): FakeSend[]
  /** Registers a verify_result and answers it. */
  issue(result: FaceResult): string
  getinfoCalls: Array<{ accessToken: string | null; body: unknown }>
  setDown(down: boolean): void
  close(): Promise<void>
}

export async function startFakeWechat(): Promise<FakeWechat> {
  let issued = 0
  let current: string | null = null
  const refused = new Map<string, number>()
  const stableTokenRequests: StableTokenRequest[] = []
  const sends: FakeSend[] = []
  const failFor = new Set<string>()
  const unsubscribed = new Set<string>()
  const holds = new Map<string, { arrive: () => void; released: Promise<void> }>()
  const faceResults = new Map<string, FaceResult>()
  const getinfoCalls: FakeWechat['getinfoCalls'] = []
  let down = false
  let faceIssued = 0

  const newToken = () => {
    if (current !== null) refused.set(current, 40001)
    issued += 1
    current = `stable-token-${issued}`
    return current
  }

  const answerSend = async (token: string, body: FakeSend['body']): Promise<unknown> => {
    sends.push({ token, body })
    const held = holds.get(body.touser)
    if (held) {
      holds.delete(body.touser)
      held.arrive()
      await held.released
    }
    const refusal = refused.get(token) ?? (token === current ? undefined : 40001)
    if (refusal !== undefined) return { errcode: refusal, errmsg: refusal === 42001 ? 'access_token expired' : 'invalid credential' }
    if (failFor.has(body.touser)) return { errcode: 40003, errmsg: 'invalid openid' }
    if (unsubscribed.has(body.touser)) return { errcode: 43101, errmsg: 'user refuse to accept the msg' }
    return { errcode: 0, errmsg: 'ok' }
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    let raw = ''
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
    req.on('end', () => {
      void (async () => {
        let answer: unknown = { errcode: 404, errmsg: 'unknown' }
        if (url.pathname === '/sns/jscode2session') {
          answer = { openid: `o_${url.searchParams.get('js_code')}`, session_key: 'k' }
        } else if (url.pathname === '/cgi-bin/stable_token' && req.method === 'POST') {
          const body = JSON.parse(raw) as StableTokenRequest
          stableTokenRequests.push(body)
          const token = body.force_refresh === true || current === null ? newToken() : current
          answer = { access_token: token, expires_in: 7200 }
        } else if (url.pathname === '/cityservice/face/identify/getinfo') {
          if (down) {
            res.writeHead(502, { connection: 'close' }).end('bad gateway')
            return
          }
          const body = JSON.parse(raw) as { verify_result?: string }
          getinfoCalls.push({ accessToken: url.searchParams.get('access_token'), body })
          const result = faceResults.get(body.verify_result ?? '')
          answer = result
            ? {
                errcode: result.errcode ?? 0,
                errmsg: 'ok',
                identify_ret: result.identify_ret ?? 0,
                identify_time: result.finishTime,
                validate_data: '',
                openid: result.openid,
                user_id_key: 'key',
                finish_time: result.finishTime,
                id_card_number_md5: md5(result.idNumber),
                name_utf8_md5: md5(result.name),
              }
            : { errcode: 84001, errmsg: 'invalid identify id' }
        } else if (url.pathname === '/cgi-bin/message/subscribe/send') {
          answer = await answerSend(url.searchParams.get('access_token') ?? '', JSON.parse(raw) as FakeSend['body'])
        }
        // No keep-alive: a socket the server closes after its idle timeout just as the client
        // reuses it fails the client's next call ("other side closed"), which a slow machine hits.
        res.writeHead(200, { 'content-type': 'text/plain', connection: 'close' }).end(JSON.stringify(answer))
      })()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))

  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stableTokenRequests,
    sends,
    failFor,
    unsubscribed,
    current: () => current,
    rotate: () => void newToken(),
    refuseCurrent(errcode) {
      if (current !== null) refused.set(current, errcode)
    },
    hold(openid) {
      let arrive = () => undefined as void
      let release = () => undefined as void
      const arrived = new Promise<void>((resolve) => (arrive = resolve))
      const released = new Promise<void>((resolve) => (release = resolve))
      holds.set(openid, { arrive, released })
      return { arrived, release }
    },
    sendsTo: (openid) => sends.filter((s) => s.body.touser === openid),
    issue(result) {
      faceIssued += 1
      const verifyResult = `vr_${faceIssued}_${Math.random().toString(36).slice(2)}`
      faceResults.set(verifyResult, result)
      return verifyResult
    },
    getinfoCalls,
    setDown(value) {
      down = value
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
