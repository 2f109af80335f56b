// Why over 300 lines: the wx API surface the simulator lacks, one stand-in a call.
/* eslint-disable @typescript-eslint/no-explicit-any */
import fs from 'node:fs'
import { httpExchange } from './backend'
import { MAX_PAGES, parseUrl, type MiniProgram } from './mini-program'

/**
 * What WeChat does that the simulator's own `wx` mocks do not: a page stack that refuses the
 * 11th page, a real backend behind `wx.request`/`wx.uploadFile` (and, in a release build, the
 * refusal of any non-https origin), storage that keeps what is written, an album permission that
 * can be refused, and an offscreen canvas whose 2D context records what is drawn.
 *
 * Every async API called without callbacks returns a Promise, as WeChat does since base library
 * 2.10.2 (the simulator's mocks return nothing then, TARO-NOTES); with callbacks, it calls them.
 */

type Callbacks = { success?: (r: any) => void; fail?: (e: any) => void; complete?: (r: any) => void }

export interface StandInOptions {
  /** The API origin compiled into the build (`API_BASE`). */
  apiOrigin: string
  /** Where requests to that origin really go: the test backend. */
  backendUrl: string
  /** A release build: WeChat accepts only https origins on the allow-list. */
  release: boolean
  /** The photo `chooseMedia` hands back. */
  photoPath: string
}

export interface Navigation {
  api: string
  url?: string
  delta?: number
  ok: boolean
  errMsg: string
}

/** A 2D context that records what is drawn (the simulator's offscreen canvas has an empty one). */
export class RecordingContext {
  readonly texts: string[] = []
  rects = 0
  fillStyle = ''
  font = ''
  textAlign = 'left'
  textBaseline = 'alphabetic'
  fillRect() {
    this.rects++
  }
  fillText(text: string) {
    this.texts.push(text)
  }
}

/** WeChat's convention: a Promise when no callback is given, nothing otherwise. */
function promiseUnlessCallbacks(opts: Callbacks, run: (resolve: (v: unknown) => void, reject: (e: unknown) => void) => void): Promise<unknown> | undefined {
  if (opts.success || opts.fail || opts.complete) {
    run(() => undefined, () => undefined)
    return undefined
  }
  return new Promise(run)
}

export class WxStandIn {
  readonly calls: Array<{ api: string; args: any }> = []
  readonly navigations: Navigation[] = []
  readonly requests: Array<{ url: string; method: string; status: number }> = []
  readonly storage = new Map<string, unknown>()
  readonly savedToAlbum: string[] = []
  readonly contexts: RecordingContext[] = []
  /** `scope.writePhotosAlbum`: undefined until asked; the answer the person gives when asked. */
  albumAuth: boolean | undefined = undefined
  albumAnswer: 'allow' | 'deny' = 'allow'
  /** What the offscreen canvas gives: a recording context, the simulator's empty one, or a throw. */
  canvas: 'record' | 'empty' | 'throw' = 'record'
  loginCode = 'dev:weapp-sim-1'
  /**
   * 微信人脸核身: what `wx.startFacialRecognitionVerify` hands back for the name and ID number it
   * was called with — the verify_result WeChat would issue (the test registers it with the fake
   * WeChat server, whose getinfo the backend asks); a throw is the face not passing on the phone.
   * Unset: the call fails as on a device without face verification.
   */
  face: ((opts: { name: string; idCardNumber: string }) => string) | null = null
  /**
   * The heights WeChat would lay out, by element id: the simulator renders with the official
   * templates but lays nothing out, so `createSelectorQuery().select('#id').boundingClientRect()`
   * answers `{ height }` from here for an element that is on the top page (0 when unset), and null
   * for one that is not, as WeChat does.
   */
  readonly layout = new Map<string, number>()
  /** Whether the top page has an element with this id (set by startSim: the simulator's own tree). */
  hasElement: (id: string) => boolean = () => false
  /**
   * Holds `wx.request`s whose path passes `match` until `release` is called (a slow network for
   * one read); null: every request goes at once.
   */
  gate: { match: (path: string) => boolean; opened: Promise<void> } | null = null
  private tempCount = 0

  constructor(private readonly mp: MiniProgram, private readonly opts: StandInOptions) {}

  get photoPath(): string {
    return this.opts.photoPath
  }

  /** Puts the stand-in's functions on the global `wx` (over the simulator's mocks). */
  install() {
    const wx = (global as any).wx
    Object.assign(wx, {
      login: this.async('login', () => ({ code: this.loginCode })),
      getStorageSync: (key: string) => (this.storage.has(key) ? this.storage.get(key) : ''),
      setStorageSync: (key: string, value: unknown) => void this.storage.set(key, value),
      removeStorageSync: (key: string) => void this.storage.delete(key),
      clearStorageSync: () => this.storage.clear(),
      navigateTo: this.nav('navigateTo', (o) => this.navigateTo(o.url)),
      redirectTo: this.nav('redirectTo', (o) => this.redirectTo(o.url)),
      reLaunch: this.nav('reLaunch', (o) => this.reLaunch(o.url)),
      navigateBack: this.nav('navigateBack', (o) => this.navigateBack(o.delta ?? 1)),
      switchTab: this.nav('switchTab', () => 'switchTab:fail can not switch to no-tabBar page'),
      request: (o: any) => this.request(o),
      uploadFile: (o: any) => this.uploadFile(o),
      chooseMedia: this.async('chooseMedia', () => ({
        type: 'image',
        tempFiles: [{ tempFilePath: this.opts.photoPath, size: fs.statSync(this.opts.photoPath).size, fileType: 'image' }],
      })),
      saveImageToPhotosAlbum: this.async('saveImageToPhotosAlbum', (o: { filePath: string }) => {
        if (this.albumAuth === undefined) this.albumAuth = this.albumAnswer === 'allow'
        if (!this.albumAuth) throw new Error('saveImageToPhotosAlbum:fail auth deny')
        this.savedToAlbum.push(o.filePath)
        return {}
      }),
      startFacialRecognitionVerify: this.async('startFacialRecognitionVerify', (o: { name: string; idCardNumber: string }) => {
        if (!this.face) throw new Error('startFacialRecognitionVerify:fail not supported')
        return { verifyResult: this.face(o), errCode: 0 }
      }),
      getSetting: this.async('getSetting', () => ({ authSetting: this.authSetting() })),
      openSetting: this.async('openSetting', () => ({ authSetting: this.authSetting() })),
      createOffscreenCanvas: () => ({
        getContext: () => {
          if (this.canvas === 'throw') throw new Error('getContext: 2d context unavailable')
          if (this.canvas === 'empty') return {}
          const ctx = new RecordingContext()
          this.contexts.push(ctx)
          return ctx
        },
      }),
      canvasToTempFilePath: this.async('canvasToTempFilePath', () => ({ tempFilePath: `wxfile://tmp/receipt-${++this.tempCount}.png` })),
      showToast: this.async('showToast', () => ({})),
      hideToast: this.async('hideToast', () => ({})),
      showModal: this.async('showModal', () => ({ confirm: true, cancel: false })),
      setClipboardData: this.async('setClipboardData', () => ({})),
      getPrivacySetting: this.async('getPrivacySetting', () => ({ needAuthorization: false, privacyContractName: '' })),
      onNeedPrivacyAuthorization: () => undefined,
      requirePrivacyAuthorize: this.async('requirePrivacyAuthorize', () => ({})),
      requestSubscribeMessage: this.async('requestSubscribeMessage', () => ({})),
      createSelectorQuery: () => this.selectorQuery(),
    })
  }

  /**
   * Holds the requests to paths that pass `match` (GET /api/filings, say) until the answer's
   * `release` is called; then lets them and every later one go.
   */
  holdRequests(match: (path: string) => boolean): { release: () => void } {
    let release: () => void = () => undefined
    const opened = new Promise<void>((resolve) => (release = resolve))
    this.gate = { match, opened }
    return {
      release: () => {
        this.gate = null
        release()
      },
    }
  }

  /**
   * wx.createSelectorQuery for `select('#id').boundingClientRect(cb)` and `exec(cb)`: each rect
   * from `layout` (see there), answered asynchronously in request order, as WeChat's view layer does.
   */
  private selectorQuery() {
    const asked: Array<{ id: string; cb?: (rect: unknown) => void }> = []
    const query = {
      select: (selector: string) => ({
        boundingClientRect: (cb?: (rect: unknown) => void) => {
          asked.push({ id: selector.replace(/^#/, ''), cb })
          return query
        },
      }),
      exec: (cb?: (rects: unknown[]) => void) => {
        this.calls.push({ api: 'createSelectorQuery.exec', args: asked.map((a) => a.id) })
        setTimeout(() => {
          const rects = asked.map(({ id, cb: each }) => {
            const rect = this.hasElement(id) ? { id, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: this.layout.get(id) ?? 0 } : null
            each?.(rect)
            return rect
          })
          cb?.(rects)
        }, 0)
      },
    }
    return query
  }

  authSetting(): Record<string, boolean> {
    return this.albumAuth === undefined ? {} : { 'scope.writePhotosAlbum': this.albumAuth }
  }

  /** An async wx API: callbacks and a Promise; a throw in `answer` is the failure. */
  private async<T>(api: string, answer: (opts: any) => T) {
    return (opts: Callbacks & Record<string, unknown> = {}) => {
      this.calls.push({ api, args: opts })
      return promiseUnlessCallbacks(opts, (resolve, reject) => {
        setTimeout(() => {
          try {
            const res = { ...answer(opts), errMsg: `${api}:ok` }
            opts.success?.(res)
            opts.complete?.(res)
            resolve(res)
          } catch (e) {
            const err = { errMsg: e instanceof Error ? e.message : `${api}:fail` }
            opts.fail?.(err)
            opts.complete?.(err)
            reject(err)
          }
        }, 0)
      })
    }
  }

  /** A navigation API: `run` does it and answers null, or answers WeChat's errMsg of a failure. */
  private nav(api: string, run: (opts: any) => string | null) {
    return (opts: Callbacks & { url?: string; delta?: number } = {}) => {
      this.calls.push({ api, args: opts })
      return promiseUnlessCallbacks(opts, (resolve, reject) => {
        setTimeout(() => {
          let failure: string | null
          try {
            failure = run(opts)
          } catch (e) {
            failure = `${api}:fail ${e instanceof Error ? e.message : String(e)}`
          }
          const res = { errMsg: failure ?? `${api}:ok` }
          this.navigations.push({ api, url: opts.url, delta: opts.delta, ok: !failure, errMsg: res.errMsg })
          if (failure) opts.fail?.(res)
          else opts.success?.(res)
          opts.complete?.(res)
          if (failure) reject(res)
          else resolve(res)
        }, 0)
      })
    }
  }

  private missing(api: string, url: string): string | null {
    const { route } = parseUrl(url)
    return this.mp.hasRoute(route) ? null : `${api}:fail page "${route}" is not found`
  }

  navigateTo(url: string): string | null {
    const missing = this.missing('navigateTo', url)
    if (missing) return missing
    if (this.mp.stack.length >= MAX_PAGES) return 'navigateTo:fail webview count limit exceed'
    const { route, query } = parseUrl(url)
    this.mp.push(route, query)
    return null
  }

  redirectTo(url: string): string | null {
    const missing = this.missing('redirectTo', url)
    if (missing) return missing
    const { route, query } = parseUrl(url)
    this.mp.pop(1, false)
    this.mp.push(route, query)
    return null
  }

  reLaunch(url: string): string | null {
    const missing = this.missing('reLaunch', url)
    if (missing) return missing
    const { route, query } = parseUrl(url)
    this.mp.open(route, query)
    return null
  }

  navigateBack(delta: number): string | null {
    // WeChat never closes the first page: a delta past the stack stops there.
    const count = Math.min(Math.max(1, delta), this.mp.stack.length - 1)
    if (count <= 0) return null
    this.mp.pop(count)
    return null
  }

  /** Where a request may go: WeChat's allow-list rule for a release build, then the backend. */
  private target(url: string): string {
    if (this.opts.release && !url.startsWith('https://')) throw new Error('url not in domain list')
    if (!url.startsWith(this.opts.apiOrigin)) throw new Error('url not in domain list')
    return this.opts.backendUrl + url.slice(this.opts.apiOrigin.length)
  }

  /**
   * The opening `request` and `uploadFile` share: records the call; `done` answers its callbacks;
   * `url` is where it goes, or null when the origin is refused (then `fail` is answered on the next tick).
   */
  private open(api: 'request' | 'uploadFile', o: Callbacks & { url: string }): { done: (res: any, ok: boolean) => void; url: string | null } {
    this.calls.push({ api, args: o })
    const done = (res: any, ok: boolean) => {
      if (ok) o.success?.(res)
      else o.fail?.(res)
      o.complete?.(res)
    }
    try {
      return { done, url: this.target(o.url) }
    } catch (e) {
      setTimeout(() => done({ errMsg: `${api}:fail ${(e as Error).message}` }, false), 0)
      return { done, url: null }
    }
  }

  request(o: Callbacks & { url: string; method?: string; data?: unknown; header?: Record<string, string>; dataType?: string }) {
    const { done, url: target } = this.open('request', o)
    if (target === null) return { abort: () => undefined }
    const method = (o.method ?? 'GET').toUpperCase()
    let url = target
    let body: Buffer | undefined
    const headers: Record<string, string> = { ...o.header }
    if (method === 'GET' && o.data && typeof o.data === 'object') {
      const qs = new URLSearchParams(o.data as Record<string, string>).toString()
      if (qs) url += (url.includes('?') ? '&' : '?') + qs
    } else if (o.data !== undefined) {
      body = Buffer.from(typeof o.data === 'string' ? o.data : JSON.stringify(o.data))
      headers['Content-Type'] ??= 'application/json'
    }
    const gate = this.gate
    const held = gate && gate.match(new URL(url).pathname) ? gate.opened : Promise.resolve()
    held.then(() => httpExchange(url, { method, headers, body })).then(
      (res) => {
        this.requests.push({ url: o.url, method, status: res.status })
        const text = res.body.toString('utf8')
        let data: unknown = text
        if ((o.dataType ?? 'json') === 'json') {
          try {
            data = JSON.parse(text)
          } catch {
            // WeChat hands back the text when it is not JSON
          }
        }
        done({ statusCode: res.status, data, header: res.headers, errMsg: 'request:ok' }, true)
      },
      (e: Error) => done({ errMsg: `request:fail ${e.message}` }, false),
    )
    return { abort: () => undefined, onHeadersReceived: () => undefined, offHeadersReceived: () => undefined }
  }

  uploadFile(o: Callbacks & { url: string; filePath: string; name: string; formData?: Record<string, string>; header?: Record<string, string> }) {
    const { done, url } = this.open('uploadFile', o)
    if (url === null) return { abort: () => undefined, onProgressUpdate: () => undefined }
    const boundary = `----weappsim${Date.now()}`
    const parts: Buffer[] = []
    for (const [k, v] of Object.entries(o.formData ?? {})) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
    }
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${o.name}"; filename="photo.png"\r\nContent-Type: image/png\r\n\r\n`))
    parts.push(fs.readFileSync(o.filePath), Buffer.from(`\r\n--${boundary}--\r\n`))
    httpExchange(url, { method: 'POST', headers: { ...o.header, 'Content-Type': `multipart/form-data; boundary=${boundary}` }, body: Buffer.concat(parts) }).then(
      (res) => {
        this.requests.push({ url: o.url, method: 'POST', status: res.status })
        // wx.uploadFile hands back the body as text, whatever it is.
        done({ statusCode: res.status, data: res.body.toString('utf8'), errMsg: 'uploadFile:ok' }, true)
      },
      (e: Error) => done({ errMsg: `uploadFile:fail ${e.message}` }, false),
    )
    return { abort: () => undefined, onProgressUpdate: () => undefined }
  }
}
