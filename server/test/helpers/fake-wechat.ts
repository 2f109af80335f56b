import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local fake of WeChat's API on 127.0.0.1: jscode2session (openid `o_<code>`), cgi-bin/token,
 * and the face-verification check, POST /cityservice/face/identify/getinfo with
 * `{ verify_result }`. Each verify_result the test registers with `issue()` answers what WeChat
 * would: errcode, identify_ret, openid, name_utf8_md5, id_card_number_md5, finish_time (seconds).
 * `down()` makes getinfo answer HTTP 502 (WeChat unreachable through a gateway).
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

export interface FakeWechat {
  baseUrl: string
  /** Registers a verify_result and answers it. */
  issue(result: FaceResult): string
  getinfoCalls: Array<{ accessToken: string | null; body: unknown }>
  setDown(down: boolean): void
  close(): Promise<void>
}

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex')

export async function startFakeWechat(): Promise<FakeWechat> {
  const results = new Map<string, FaceResult>()
  const getinfoCalls: FakeWechat['getinfoCalls'] = []
  let down = false
  let issued = 0
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    let raw = ''
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
    req.on('end', () => {
      let answer: unknown = { errcode: 404, errmsg: 'unknown' }
      if (url.pathname === '/sns/jscode2session') {
        answer = { openid: `o_${url.searchParams.get('js_code')}`, session_key: 'k' }
      } else if (url.pathname === '/cgi-bin/token') {
        answer = { access_token: 'fake-token', expires_in: 7200 }
      } else if (url.pathname === '/cityservice/face/identify/getinfo') {
        if (down) {
          res.writeHead(502).end('bad gateway')
          return
        }
        const body = JSON.parse(raw) as { verify_result?: string }
        getinfoCalls.push({ accessToken: url.searchParams.get('access_token'), body })
        const result = results.get(body.verify_result ?? '')
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
      }
      res.writeHead(200, { 'content-type': 'text/plain' }).end(JSON.stringify(answer))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    issue(result) {
      issued += 1
      const verifyResult = `vr_${issued}_${Math.random().toString(36).slice(2)}`
      results.set(verifyResult, result)
      return verifyResult
    },
    getinfoCalls,
    setDown(value) {
      down = value
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
