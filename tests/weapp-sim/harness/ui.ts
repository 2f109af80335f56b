/* eslint-disable @typescript-eslint/no-explicit-any */
import path from 'node:path'
import { makePng } from '../../../e2e/fixtures'
import fs from 'node:fs'
import os from 'node:os'
import { startFakeWechat, type FakeWechat } from '../../../server/test/helpers/fake-wechat'
import { Backend } from './backend'
import { consoleLines, MiniProgram, type OpenPage, type SimNode } from './mini-program'
import { WxStandIn } from './wx-stand-in'
import { WEAPP_DIST } from '../../weapp-dist'

/** Reading and driving the rendered page the way a person would: by text, by id, by tap. */

export const DIST = WEAPP_DIST

export interface Sim {
  mp: MiniProgram
  wx: WxStandIn
  backend: Backend
  /** The local fake of WeChat's server API the backend logs in and checks face results with. */
  wechat: FakeWechat
}

/** The openid the fake WeChat gives the stand-in's login code (jscode2session: `o_<code>`). */
export const openidOf = (loginCode: string) => `o_${loginCode}`

/**
 * Boots the whole thing once per test file: the backend, the simulator with the stand-in, app.js.
 * `WEAPP_RELEASE=1` says dist/weapp is a release build (https only); `API_BASE` is the origin it
 * was built with (the same default as config/index.ts).
 */
export async function startSim(): Promise<Sim> {
  // The backend talks to a local fake WeChat, as in production: login by jscode2session and
  // 实人认证 by getinfo (VERIFICATION_PROVIDER=wechat), so the weapp's face verification is real.
  const wechat = await startFakeWechat()
  const backend = new Backend()
  try {
    await backend.start({
      WECHAT_APPID: 'wx-weapp-sim',
      WECHAT_SECRET: 'weapp-sim-secret',
      WECHAT_API_BASE_URL: wechat.baseUrl,
      VERIFICATION_PROVIDER: 'wechat',
    })
  } catch (e) {
    await wechat.close()
    throw e
  }
  const mp = new MiniProgram(DIST)
  const photoPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-sim-photo-')), 'photo.png')
  fs.writeFileSync(photoPath, makePng())
  const wx = new WxStandIn(mp, {
    apiOrigin: process.env.API_BASE ?? 'http://127.0.0.1:3000',
    backendUrl: backend.url,
    release: process.env.WEAPP_RELEASE === '1',
    photoPath,
  })
  wx.install()
  wx.hasElement = (id) => byId(mp.top, id) !== undefined
  mp.launch()
  return { mp, wx, backend, wechat }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export function textOf(page: OpenPage): string {
  return (page.comp.dom.textContent as string).replace(/\s+/g, ' ')
}

/** Waits until `check` answers truthy (rendering and the network are asynchronous), up to 15 s. */
export async function waitFor<T>(check: () => T | undefined | null | false | '', what: string | (() => string), timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout
  for (;;) {
    const value = check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`)
    await sleep(20)
  }
}

export function waitForText(sim: Sim, text: string, timeout = 15_000): Promise<string> {
  return waitFor(() => (textOf(sim.mp.top).includes(text) ? textOf(sim.mp.top) : ''), `"${text}" on ${sim.mp.top.route}: ${textOf(sim.mp.top).slice(0, 400)}`, timeout)
}

/**
 * One element of the rendered tree: its tag (`view`, `input`, `button`…), its attributes as the
 * WXML templates set them, its text, and a handle to dispatch events on.
 */
export interface SimElement extends SimNode {
  text: string
  dispatch: (event: string, detail?: Record<string, unknown>) => void
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const exparser = require('miniprogram-exparser')

/**
 * Every element of the page, depth first, through custom components' shadow trees and slots
 * (Taro renders deep trees through its recursive `comp` component, which `querySelector` of the
 * page does not enter).
 */
export function elementsOf(page: OpenPage): SimElement[] {
  const out: SimElement[] = []
  const Wrapper = Object.getPrototypeOf(Object.getPrototypeOf(page.comp).constructor.prototype).constructor
  const seen = new Set<unknown>()
  const walk = (node: any) => {
    if (!node || seen.has(node)) return
    seen.add(node)
    if (node instanceof exparser.Element && !node.__virtual && node._vt) {
      const vt = node._vt
      const wrapper = new Wrapper(node)
      out.push({
        tagName: String(vt.tagName ?? '').replace(/^wx-/, ''),
        attrs: (vt.attrs ?? []).map((a: { name: string; value: unknown }) => ({ name: a.name, value: a.value })),
        children: [],
        text: String(node.$$?.textContent ?? ''),
        dispatch: (event, detail = {}) => wrapper.dispatchEvent(event, { detail }),
      })
    }
    for (const child of node.__wxSlotChildren ?? node.childNodes ?? []) walk(child)
    if (node.shadowRoot instanceof exparser.Element) walk(node.shadowRoot)
  }
  walk(page.comp._exparserNode.shadowRoot)
  return out
}

export function byId(page: OpenPage, id: string): SimElement | undefined {
  return elementsOf(page).find((e) => attr(e, 'id') === id)
}

/** Taps the element with this id on the top page (it must be there). */
export async function tap(sim: Sim, id: string) {
  const el = await waitFor(() => byId(sim.mp.top, id), `#${id} on ${sim.mp.top.route}`)
  el.dispatch('tap', { x: 10, y: 10 })
  await sleep(30)
}

/** Taps the first element of this tag whose text is exactly `text` (a button, a choice). */
export async function tapText(sim: Sim, text: string, tagName = 'button') {
  const el = await waitFor(
    () => elementsOf(sim.mp.top).find((n) => n.tagName === tagName && n.text.trim() === text),
    `${tagName} "${text}" on ${sim.mp.top.route}`,
  )
  el.dispatch('tap', { x: 10, y: 10 })
  await sleep(30)
}

/** Types into the `<input>` whose `name` is given, as the keyboard would (an input event). */
export async function type(sim: Sim, name: string, value: string) {
  const input = await waitFor(() => inputByName(sim.mp.top, name), `input ${name} on ${sim.mp.top.route}`)
  input.dispatch('input', { value, cursor: value.length, keyCode: 0 })
  await sleep(30)
}

export function inputByName(page: OpenPage, name: string): SimElement | undefined {
  // An input, or the 外地住址's growing box (a textarea: AddressInput).
  return elementsOf(page).find((n) => (n.tagName === 'input' || n.tagName === 'textarea') && attr(n, 'name') === name)
}

export function attr(node: SimNode | undefined, name: string): unknown {
  return node?.attrs?.find((a) => a.name === name)?.value
}

export function classesOf(node: SimNode): string[] {
  return String(attr(node, 'class') ?? '').split(/\s+/).filter(Boolean)
}

/** Missing-template warnings and errors logged since `from` (an index into the console lines). */
export function renderFaults(from: number): string[] {
  return consoleLines.slice(from).filter((l) => /not found|Error|error:/i.test(l))
}

export { consoleLines }

/**
 * The separate consent to the 隐私保护指引 (实名信息, 添加家人) comes before the form until this
 * account has consented to the current version: tick it and agree, then wait for `#formId`.
 */
export async function agreeToPrivacyIfAsked(sim: Sim, formId: string) {
  const step = await waitFor(
    () => (byId(sim.mp.top, 'privacy-consent-check') ? 'consent' : byId(sim.mp.top, formId) ? 'form' : undefined),
    `the consent step or #${formId} on ${sim.mp.top.route}`,
  )
  if (step === 'consent') {
    await tap(sim, 'privacy-consent-check')
    await tap(sim, 'privacy-consent-agree')
    await waitFor(() => byId(sim.mp.top, formId), `#${formId} after consent`)
  }
}
