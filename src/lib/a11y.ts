/**
 * Accessibility props for things a person taps that are not a real <button> (a Taro View): a
 * role, a spoken name and a place in the keyboard order, so a screen reader (VoiceOver, TalkBack,
 * 读屏) and a keyboard can reach and use them (WCAG 2.1 4.1.2 Name, Role, Value; 2.1.1 Keyboard).
 *
 * Taro passes `role`, `aria-*` and `tabIndex` to the DOM in H5. WeChat's screen reader (读屏)
 * reads `aria-role` instead of `role` (its aria-component page), so in the weapp build the role
 * goes out as `aria-role` and `tabIndex` is left out (no keyboard); Taro's templates carry
 * `aria-role`, `aria-label` and the state attributes only because config/weapp-aria.ts adds them
 * to base.wxml (tests/weapp-sim/suites/a11y.ts reads them in the rendered WXML).
 *
 * Usage: `<View {...tappable('改：有没有住院', onTap)}>改</View>` (the props include `onClick`), or
 * with a state: `tappable(null, onTap, { role: 'radio', checked: true })`. A null label lets the
 * element's own text be its name (every role here takes its name from its content).
 */

export type TappableRole = 'button' | 'link' | 'radio' | 'checkbox' | 'switch' | 'tab' | 'option' | 'gridcell'

export interface TappableOptions {
  role?: TappableRole
  /** For radio, checkbox and switch roles: on or off (`aria-checked`). */
  checked?: boolean
  /** For tab, option and gridcell roles: the chosen one (`aria-selected`). */
  selected?: boolean
  /** Pressed state of a toggle button (`aria-pressed`). */
  pressed?: boolean
  /** Not usable now: announced as dimmed, taken out of the keyboard order, Enter/Space ignored. */
  disabled?: boolean
}

export interface TappableProps {
  /** H5 (the standard attribute). */
  role?: TappableRole
  /** The weapp (WeChat's name for the same attribute). */
  'aria-role'?: TappableRole
  'aria-label'?: string
  /** H5 only: 0, or -1 when disabled. */
  tabIndex?: number
  onClick: () => void
  'aria-checked'?: boolean
  'aria-selected'?: boolean
  'aria-pressed'?: boolean
  'aria-disabled'?: boolean
  onKeyDown: (event: { key?: string; preventDefault?: () => void }) => void
}

const CHECKED_ROLES: ReadonlySet<TappableRole> = new Set(['radio', 'checkbox', 'switch'])
const SELECTED_ROLES: ReadonlySet<TappableRole> = new Set(['tab', 'option', 'gridcell'])

/** True in the mini-program build (Taro replaces `process.env.TARO_ENV` when it builds). */
function onWeapp(): boolean {
  return process.env.TARO_ENV === 'weapp'
}

/**
 * The role attribute of an element that is not tapped (a grid, a row, a list): `{ role }` in H5,
 * `{ 'aria-role': role }` in the weapp, where WeChat's screen reader reads that name.
 */
export function roleAttr(role: string): { role?: string; 'aria-role'?: string } {
  return onWeapp() ? { 'aria-role': role } : { role }
}

/**
 * The props that make a View act as a button (or the given role) for everyone: `onClick` =
 * `activate`, `role` (`aria-role` in the weapp), `aria-label` = `label` (when given), `tabIndex`
 * 0 (-1 when disabled; H5 only), the state attribute that fits the role, and an `onKeyDown` that
 * calls `activate` on Enter or Space (H5; the weapp has no keyboard). `label` must be the words a
 * person would say, not an id.
 */
export function tappable(label: string | null, activate: () => void, options: TappableOptions = {}): TappableProps {
  const role = options.role ?? 'button'
  const props: TappableProps = {
    ...(onWeapp() ? { 'aria-role': role } : { role, tabIndex: options.disabled ? -1 : 0 }),
    onClick: () => {
      if (!options.disabled) activate()
    },
    onKeyDown: (event) => {
      if (options.disabled) return
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
        event.preventDefault?.()
        activate()
      }
    },
  }
  if (label) props['aria-label'] = label
  if (CHECKED_ROLES.has(role)) props['aria-checked'] = options.checked ?? false
  if (SELECTED_ROLES.has(role)) props['aria-selected'] = options.selected ?? false
  if (options.pressed !== undefined) props['aria-pressed'] = options.pressed
  if (options.disabled) props['aria-disabled'] = true
  return props
}

/**
 * H5 only: NutUI (Radio, Checkbox, Switch, the close buttons of Popup and Dialog, Toast) marks its
 * elements with WeChat's `aria-role` attribute, which browsers and screen readers do not know
 * (axe: aria-valid-attr; their `aria-checked` then sits on an element without a role). This turns
 * each `aria-role` into the standard `role` as elements appear, makes the interactive ones
 * focusable, and lets Enter or Space activate them; an <img> without alt takes the aria-label of
 * its Image. Returns a function that stops watching.
 */
export function installAriaRoleShim(root: HTMLElement): () => void {
  const INTERACTIVE = new Set(['button', 'radio', 'checkbox', 'switch', 'link', 'tab', 'option'])
  const fix = (el: Element) => {
    const name = el.hasAttribute('aria-role') ? 'aria-role' : el.hasAttribute('ariarole') ? 'ariarole' : null
    if (name === null) return
    const role = el.getAttribute(name) ?? ''
    el.removeAttribute(name)
    if (role) el.setAttribute('role', role)
    if (INTERACTIVE.has(role) && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', el.getAttribute('aria-disabled') === 'true' ? '-1' : '0')
  }
  // Taro's H5 Image draws an <img> without alt inside taro-image-core: it takes the component's
  // aria-label as its text (no label: decorative, alt="").
  const fixImage = (img: Element) => {
    if (img.tagName !== 'IMG' || img.hasAttribute('alt')) return
    img.setAttribute('alt', img.closest('[aria-label]')?.getAttribute('aria-label') ?? '')
  }
  // Taro's H5 page is its own scroll container: keyboard users must be able to focus it to
  // scroll a page that has no control of its own (axe: scrollable-region-focusable).
  // NutUI's dialog body scrolls too (a long confirmation): the same for it.
  const SCROLLERS = ['taro_page', 'nut-dialog-content']
  const fixPage = (el: Element) => {
    if (SCROLLERS.some((c) => el.classList.contains(c)) && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0')
  }
  const sweep = (node: Node) => {
    if (!(node instanceof Element)) return
    fix(node)
    fixImage(node)
    fixPage(node)
    node.querySelectorAll('.taro_page, .nut-dialog-content').forEach(fixPage)
    node.querySelectorAll('[aria-role], [ariarole]').forEach(fix)
    node.querySelectorAll('img:not([alt])').forEach(fixImage)
  }
  sweep(root)
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') fix(r.target as Element)
      else r.addedNodes.forEach(sweep)
    }
  })
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-role', 'ariarole'] })
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    const target = event.target as HTMLElement | null
    // Only the library's elements, which have no key handler of their own; ours use tappable().
    if (!target || !target.className || typeof target.className !== 'string' || !/\bnut-/.test(target.className)) return
    if (!INTERACTIVE.has(target.getAttribute('role') ?? '')) return
    event.preventDefault()
    target.click()
  }
  root.addEventListener('keydown', onKey)
  return () => {
    observer.disconnect()
    root.removeEventListener('keydown', onKey)
  }
}
