import fs from 'node:fs'
import type { Page } from 'playwright-core'

/**
 * The accessibility pass run at every page state the e2e tests photograph (harness.shot):
 *
 * - axe-core over the page as shown: no violation of impact "critical" or "serious";
 * - in the H5 app (a `.page-root` is shown): every visible interactive element is at least 48 × 48
 *   CSS px, 60 × 60 in 长辈模式 (WeChat's 适老化 guide; WCAG 2.5.5 asks 44); in 长辈模式 every
 *   visible piece of text is at least 18 px.
 *
 * Failures name the element (tag, id, class, text) and the measured value, so a broken screen
 * says what to fix.
 */

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export interface A11yProblem {
  rule: string
  impact?: string
  where: string
}

/** axe-core's critical and serious violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<A11yProblem[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined')
  // Evaluated through the debugging protocol, not as a <script>: the app's CSP stays as it is.
  if (!hasAxe) await page.evaluate(`${AXE_SOURCE};true`)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact?: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.slice(0, 300)) }))
  })
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) => v.nodes.map((where) => ({ rule: v.id, impact: v.impact, where })))
}

/** Visible interactive elements smaller than the floor, text past a choice box's border, and (in 长辈模式) text under 18 px. */
export async function sizeProblems(page: Page): Promise<A11yProblem[]> {
  return page.evaluate(() => {
    const problems: Array<{ rule: string; where: string }> = []
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) return false
      const style = getComputedStyle(el)
      return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0
    }
    // The shown page: Taro H5 keeps earlier pages in the DOM, hidden.
    const roots = Array.from(document.querySelectorAll('.page-root')).filter(visible)
    if (roots.length === 0) return problems
    const elder = roots.some((r) => r.classList.contains('page-root--elder'))
    const minTarget = elder ? 60 : 48
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? ` id=${el.id}` : ''} class="${(el.getAttribute('class') ?? '').slice(0, 60)}"> "${(el.textContent ?? '').trim().slice(0, 24)}"`
    const scope = [...roots, ...Array.from(document.querySelectorAll('.nut-popup, .nut-dialog, .nut-toast')).filter(visible)]
    const selector = [
      'button', 'a[href]', 'input:not([type=hidden])', 'textarea', '[tabindex="0"]',
      '[role=button]', '[role=link]', '[role=radio]', '[role=checkbox]', '[role=switch]', '[role=tab]',
    ].join(',')
    const seen = new Set<Element>()
    for (const root of scope) {
      for (const el of Array.from(root.querySelectorAll(selector))) {
        if (seen.has(el) || !visible(el)) continue
        seen.add(el)
        const r = el.getBoundingClientRect()
        // The month grid's days: seven to a row, as wide as a 390 px screen allows (WCAG 2.5.8's
        // spacing exception); in 长辈模式 four to a row, 60 × 60 like every other target.
        const minWidth = el.matches('[role=gridcell]') && !elder ? 44 : minTarget
        if (Math.round(r.height) < minTarget || Math.round(r.width) < minWidth) {
          problems.push({ rule: `target-size-${minTarget}`, where: `${name(el)} ${Math.round(r.width)}×${Math.round(r.height)}` })
        }
      }
      // Text of a bordered choice or tick box stays inside its padding (NutUI's checkbox label
      // would not shrink, and a long one ran to the box's edge in 长辈模式).
      for (const box of Array.from(root.querySelectorAll('.flow__tick, .flow__choice')).filter(visible)) {
        const boxStyle = getComputedStyle(box)
        // Its content box: the text may not eat the padding either (it read as touching the border).
        const edge = box.getBoundingClientRect().right - parseFloat(boxStyle.borderRightWidth) - parseFloat(boxStyle.paddingRight)
        for (const el of Array.from(box.querySelectorAll('*')).filter(visible)) {
          const hasText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
          if (hasText && el.getBoundingClientRect().right > edge + 0.5) {
            problems.push({ rule: 'text-past-padding', where: `${name(el)} right ${Math.round(el.getBoundingClientRect().right)} > ${Math.round(edge)}` })
          }
        }
      }
      // A button's words stay inside it: a label longer than its line wrapped and was cut off (a
      // fresh trial: 回到添加家人，接着填家人的信息, clipped top and bottom in a one-line button).
      for (const button of Array.from(root.querySelectorAll('.nut-button')).filter(visible)) {
        const b = button.getBoundingClientRect()
        for (const el of Array.from(button.querySelectorAll('*')).filter(visible)) {
          const hasText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
          const t = el.getBoundingClientRect()
          if (hasText && (t.top < b.top - 0.5 || t.bottom > b.bottom + 0.5)) {
            problems.push({ rule: 'button-text-clipped', where: `${name(el)} ${Math.round(t.top)}-${Math.round(t.bottom)} outside ${Math.round(b.top)}-${Math.round(b.bottom)}` })
          }
        }
      }
      if (!elder) continue
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent || !node.textContent.trim()) continue
        const el = node.parentElement
        if (!el || seen.has(el) || !visible(el)) continue
        seen.add(el)
        const size = parseFloat(getComputedStyle(el).fontSize)
        if (size < 17.5) problems.push({ rule: 'font-size-18', where: `${name(el)} ${size}px` })
      }
    }
    return problems
  })
}

/**
 * Runs both checks; throws with every problem listed when there is any. With A11Y_REPORT=<file>
 * it appends them to that file instead and goes on (to survey every state in one run).
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const problems = [...(await axeViolations(page)), ...(await sizeProblems(page))]
  if (problems.length > 0 && process.env.A11Y_REPORT) {
    fs.appendFileSync(process.env.A11Y_REPORT, `== ${state} ${page.url()}\n${problems.map((p) => `  ${p.rule}${p.impact ? ` (${p.impact})` : ''}: ${p.where}`).join('\n')}\n`)
    return
  }
  if (problems.length > 0) {
    throw new Error(`accessibility problems at "${state}" (${page.url()}):\n${problems.map((p) => `  ${p.rule}${p.impact ? ` (${p.impact})` : ''}: ${p.where}`).join('\n')}`)
  }
}
