import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

/**
 * A minimal stand-in for the WeChat mini-program runtime: just enough of `wx`, `App`, `Page` and
 * `Component` to load the built bundle in Node and mount a page.
 *
 * The bundle runs in its own vm context with NO `window`, `document` or `localStorage`, as on a
 * phone: shared code that reaches for an H5-only API fails here instead of on a user's phone.
 */

type Data = Record<string, unknown>
type AnyFn = (...args: unknown[]) => unknown

export interface PageInstance extends Record<string, unknown> {
  data: Data
  route: string
  setData: (patch: Data, cb?: () => void) => void
}

export interface WxCall {
  api: string
  args: unknown
}

/** Applies a setData patch: keys are paths like `root.cn.[0].cn.[2].v`. */
function applyPatch(target: Data, patch: Data) {
  for (const [key, value] of Object.entries(patch)) {
    const parts = key.replace(/\[(\d+)\]/g, '$1').split('.').filter(Boolean)
    let node: Record<string, unknown> = target
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i]
      if (node[part] === undefined || node[part] === null) node[part] = /^\d+$/.test(parts[i + 1]) ? [] : {}
      node = node[part] as Record<string, unknown>
    }
    node[parts[parts.length - 1]] = value
  }
}

export class MiniProgramHost {
  readonly calls: WxCall[] = []
  readonly storage = new Map<string, unknown>()
  appConfig: Record<string, unknown> | null = null
  readonly pageConfigs = new Map<string, Record<string, unknown>>()
  private readonly context: vm.Context
  private readonly moduleCache = new Map<string, { exports: unknown }>()
  private currentRoute = ''
  private readonly pages: PageInstance[] = []

  constructor(private readonly root: string) {
    const record = (api: string) => (args: unknown) => {
      this.calls.push({ api, args })
      const opts = (args ?? {}) as { success?: AnyFn; complete?: AnyFn }
      opts.success?.({ errMsg: `${api}:ok` })
      opts.complete?.({ errMsg: `${api}:ok` })
      return Promise.resolve({ errMsg: `${api}:ok` })
    }
    const wx: Record<string, unknown> = {
      getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, windowHeight: 667, pixelRatio: 2, language: 'zh_CN', version: '8.0.50', SDKVersion: '3.7.0' }),
      getWindowInfo: () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2, screenWidth: 375, screenHeight: 667 }),
      getDeviceInfo: () => ({ platform: 'devtools', system: 'iOS 17' }),
      getAppBaseInfo: () => ({ SDKVersion: '3.7.0', language: 'zh_CN', version: '8.0.50' }),
      getMenuButtonBoundingClientRect: () => ({ top: 24, bottom: 56, left: 281, right: 368, width: 87, height: 32 }),
      getStorageSync: (key: string) => (this.storage.has(key) ? this.storage.get(key) : ''),
      setStorageSync: (key: string, value: unknown) => void this.storage.set(key, value),
      removeStorageSync: (key: string) => void this.storage.delete(key),
      login: (opts: { success?: AnyFn }) => {
        this.calls.push({ api: 'login', args: opts })
        const res = { code: 'weapp-test-code', errMsg: 'login:ok' }
        opts?.success?.(res)
        return Promise.resolve(res)
      },
      // The network is not part of this test: answer every request as unreachable.
      request: (opts: { fail?: AnyFn; complete?: AnyFn }) => {
        this.calls.push({ api: 'request', args: opts })
        const err = { errMsg: 'request:fail offline in boot test' }
        setTimeout(() => {
          opts?.fail?.(err)
          opts?.complete?.(err)
        }, 0)
        return { abort: () => undefined }
      },
      navigateTo: record('navigateTo'),
      redirectTo: record('redirectTo'),
      reLaunch: record('reLaunch'),
      navigateBack: record('navigateBack'),
      showToast: record('showToast'),
      nextTick: (fn: () => void) => setTimeout(fn, 0),
      canIUse: () => true,
      createSelectorQuery: () => ({ select: () => ({ boundingClientRect: () => ({ exec: () => undefined }) }), exec: () => undefined }),
      onAppShow: () => undefined,
      onAppHide: () => undefined,
      offAppShow: () => undefined,
      offAppHide: () => undefined,
      env: { USER_DATA_PATH: 'wxfile://usr' },
    }
    const sandbox: Record<string, unknown> = {
      wx,
      console,
      // The mini-program's own timers (useNow's minute tick, a retry) must not keep the test run
      // alive after the last test: the phone goes on, the test process may end.
      setTimeout: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => setTimeout(fn, ms, ...args).unref(),
      clearTimeout,
      setInterval: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => setInterval(fn, ms, ...args).unref(),
      clearInterval,
      Promise,
      App: (config: Record<string, unknown>) => {
        this.appConfig = config
      },
      Page: (config: Record<string, unknown>) => {
        this.pageConfigs.set(this.currentRoute, config)
      },
      Component: (config: Record<string, unknown>) => {
        this.pageConfigs.set(`component:${this.currentRoute}`, config)
      },
      Behavior: (config: unknown) => config,
      getApp: () => this.appConfig,
      getCurrentPages: () => this.pages,
      requirePlugin: () => ({}),
    }
    sandbox.global = sandbox
    sandbox.globalThis = sandbox
    this.context = vm.createContext(sandbox)
  }

  /** Loads a bundle file the way the mini-program runtime does: CommonJS, relative requires only. */
  require(file: string): unknown {
    const full = path.resolve(this.root, file.endsWith('.js') ? file : `${file}.js`)
    const cached = this.moduleCache.get(full)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    this.moduleCache.set(full, module)
    const code = fs.readFileSync(full, 'utf8')
    const fn = vm.runInContext(`(function (require, module, exports) {${code}\n})`, this.context, { filename: full }) as (
      r: (p: string) => unknown,
      m: { exports: unknown },
      e: unknown,
    ) => void
    fn((p) => this.require(path.join(path.dirname(full), p)), module, module.exports)
    return module.exports
  }

  /** Boots the app: loads app.js and calls onLaunch, as WeChat does. */
  launch() {
    this.require('app.js')
    if (!this.appConfig) throw new Error('app.js did not call App()')
    const launch = this.appConfig.onLaunch as AnyFn | undefined
    launch?.call(this.appConfig, { path: 'pages/index/index', query: {}, scene: 1001 })
    ;(this.appConfig.onShow as AnyFn | undefined)?.call(this.appConfig, { path: 'pages/index/index', query: {} })
  }

  /** Loads a page's bundle, creates its instance and runs its lifecycle up to onReady. */
  openPage(route: string, query: Record<string, string> = {}): PageInstance {
    this.currentRoute = route
    this.require(`${route}.js`)
    const config = this.pageConfigs.get(route)
    if (!config) throw new Error(`${route}.js did not call Page()`)
    const instance = { ...config, route, __route__: route, data: structuredClone((config.data as Data) ?? {}) } as unknown as PageInstance
    instance.setData = (patch, cb) => {
      applyPatch(instance.data, patch)
      cb?.()
    }
    for (const [key, value] of Object.entries(config)) {
      if (typeof value === 'function') instance[key] = (value as AnyFn).bind(instance)
    }
    this.pages.push(instance)
    ;(instance.onLoad as AnyFn | undefined)?.(query)
    ;(instance.onShow as AnyFn | undefined)?.()
    ;(instance.onReady as AnyFn | undefined)?.()
    return instance
  }
}

/** All text in a rendered page tree (Taro keeps text nodes' values under `v`). */
export function textsOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => textsOf(n, out))
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'v' && typeof value === 'string') out.push(value)
      else textsOf(value, out)
    }
  }
  return out
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 20))

/** Waits until the page's rendered text contains `text` (rendering is asynchronous), up to 3 s. */
export async function waitForText(page: PageInstance, text: string): Promise<string> {
  const deadline = Date.now() + 3000
  let seen = ''
  while (Date.now() < deadline) {
    seen = textsOf(page.data).join('|')
    if (seen.includes(text)) return seen
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return seen
}
