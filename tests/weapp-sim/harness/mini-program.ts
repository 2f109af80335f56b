/* eslint-disable @typescript-eslint/no-explicit-any */
import fs from 'node:fs'
import path from 'node:path'

/**
 * The production weapp build (dist/weapp) in WeChat's own simulator: miniprogram-simulate
 * (j-component + the official wcc templates), with a shim that hands Taro's `Page()` config to
 * `Component()` (the simulator models components only, TARO-NOTES) and a page stack that behaves
 * like WeChat's: at most 10 pages, onHide/onShow/onUnload as pages are covered and removed.
 *
 * Each page is loaded (compiled, its JS run) once per process and then rendered as many times as
 * it is opened: the same as WeChat, which registers a page once and creates an instance per visit.
 */

export const MAX_PAGES = 10

type AnyFn = (...args: any[]) => any

export interface SimNode {
  tagName: string
  attrs: Array<{ name: string; value: unknown }>
  children: Array<SimNode | string>
}

export interface OpenPage {
  route: string
  query: Record<string, string>
  comp: any
  instance: any
}

/** Console lines the simulator and the app wrote (warnings of missing templates among them). */
export const consoleLines: string[] = []

function captureConsole() {
  for (const level of ['warn', 'error'] as const) {
    const original = console[level].bind(console)
    console[level] = (...args: unknown[]) => {
      const line = args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' ')
      consoleLines.push(`${level}: ${line}`)
      if (process.env.WEAPP_SIM_VERBOSE) original(...args)
    }
  }
}

export function parseUrl(url: string): { route: string; query: Record<string, string> } {
  const [pathPart, search = ''] = url.split('?')
  const query: Record<string, string> = {}
  for (const pair of search.split('&').filter(Boolean)) {
    const [k, v = ''] = pair.split('=')
    query[decodeURIComponent(k)] = decodeURIComponent(v)
  }
  return { route: pathPart.replace(/^\//, ''), query }
}

export class MiniProgram {
  readonly stack: OpenPage[] = []
  readonly routes: string[]
  private readonly ids = new Map<string, string>()
  private pending: { route: string; query: Record<string, string> } | null = null
  private readonly simulate: any
  private readonly host = document.createElement('div')
  app: any = null

  constructor(readonly root: string) {
    if (!fs.existsSync(path.join(root, 'app.js'))) {
      throw new Error(`${root} is missing: run \`npm run build:weapp\` first (npm test does)`)
    }
    captureConsole()
    const appJson = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8'))
    this.routes = [
      ...appJson.pages,
      ...(appJson.subPackages ?? []).flatMap((p: { root: string; pages: string[] }) => p.pages.map((page) => `${p.root}/${page}`)),
    ]
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.simulate = require('miniprogram-simulate')
    const g = global as any
    g.getCurrentPages = () => this.stack.map((p) => p.instance)
    g.App = (config: any) => {
      this.app = config
    }
    g.getApp = () => this.app
    const self = this
    g.Page = (config: any) => {
      const methods: Record<string, AnyFn> = {}
      for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value as AnyFn
      g.Component({
        data: config.data,
        methods,
        lifetimes: {
          attached(this: any) {
            const target = self.pending!
            this.route = target.route
            this.__route__ = target.route
            this.options = target.query
            this.onLoad?.(target.query)
            this.onShow?.()
          },
          ready(this: any) {
            this.onReady?.()
          },
        },
      })
    }
  }

  /** Loads app.js and launches the app, as WeChat does before the first page. */
  launch() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(this.root, 'app.js'))
    if (!this.app) throw new Error('app.js did not call App()')
    this.app.onLaunch?.({ path: 'pages/index/index', query: {}, scene: 1001 })
    this.app.onShow?.({ path: 'pages/index/index', query: {}, scene: 1001 })
  }

  hasRoute(route: string): boolean {
    return this.routes.includes(route)
  }

  private componentId(route: string): string {
    let id = this.ids.get(route)
    if (!id) {
      id = this.simulate.load(path.join(this.root, route), 'page', { rootPath: this.root, compilerOptions: { maxBuffer: 64 << 20 } }) as string
      if (!id) throw new Error(`${route} did not register a page`)
      this.ids.set(route, id)
    }
    return id
  }

  /** Creates a page instance on top of the stack (no limit check: the wx stand-in does that). */
  push(route: string, query: Record<string, string> = {}): OpenPage {
    const id = this.componentId(route)
    this.stack.at(-1)?.instance.onHide?.()
    this.pending = { route, query }
    const comp = this.simulate.render(id)
    const page: OpenPage = { route, query, comp, instance: comp.instance }
    this.stack.push(page)
    comp.attach(this.host)
    this.pending = null
    return page
  }

  /** Removes the top `count` pages (onUnload, detached) and shows the one beneath. */
  pop(count = 1, showNext = true) {
    for (let i = 0; i < count && this.stack.length; i++) {
      const page = this.stack.pop()!
      page.instance.onUnload?.()
      page.comp.detach()
    }
    if (showNext) this.stack.at(-1)?.instance.onShow?.()
  }

  /** Closes every page and opens `route`: a fresh start for a test. */
  open(route: string, query: Record<string, string> = {}): OpenPage {
    this.pop(this.stack.length, false)
    return this.push(route, query)
  }

  get top(): OpenPage {
    const page = this.stack.at(-1)
    if (!page) throw new Error('no page is open')
    return page
  }

  get routeStack(): string[] {
    return this.stack.map((p) => p.route)
  }
}
