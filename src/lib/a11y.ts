/**
 * Accessibility props for things a person taps that are not a real <button> (a Taro View): a
 * role, a spoken name and a place in the keyboard order, so a screen reader (VoiceOver, TalkBack,
 * 读屏) and a keyboard can reach and use them (WCAG 2.1 4.1.2 Name, Role, Value; 2.1.1 Keyboard).
 *
 * Taro passes `role`, `aria-*` and `tabIndex` to the DOM in H5. In the weapp build its templates
 * keep `role` and `aria-label` (WeChat's own 无障碍 attributes, base.wxml) and drop `tabIndex`
 * and `onKeyDown`, which WeChat has no use for: its screen reader activates a view with `role`.
 *
 * Usage: `<View {...tappable('改：有没有住院', onTap)} onClick={onTap}>改</View>`, or with a state:
 * `tappable('住院了', onTap, { role: 'radio', checked: true })`.
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
  role: TappableRole
  'aria-label': string
  tabIndex: number
  'aria-checked'?: boolean
  'aria-selected'?: boolean
  'aria-pressed'?: boolean
  'aria-disabled'?: boolean
  onKeyDown: (event: { key?: string; preventDefault?: () => void }) => void
}

const CHECKED_ROLES: ReadonlySet<TappableRole> = new Set(['radio', 'checkbox', 'switch'])
const SELECTED_ROLES: ReadonlySet<TappableRole> = new Set(['tab', 'option', 'gridcell'])

/**
 * The props that make a View behave as a button (or the given role) for assistive technology:
 * `role`, `aria-label` = `label`, `tabIndex` 0 (-1 when disabled), the state attribute that fits
 * the role, and an `onKeyDown` that calls `activate` on Enter or Space (H5; the weapp has no
 * keyboard). `label` must be the words a person would say, not an id.
 */
export function tappable(label: string, activate: () => void, options: TappableOptions = {}): TappableProps {
  const role = options.role ?? 'button'
  const props: TappableProps = {
    role,
    'aria-label': label,
    tabIndex: options.disabled ? -1 : 0,
    onKeyDown: (event) => {
      if (options.disabled) return
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
        event.preventDefault?.()
        activate()
      }
    },
  }
  if (CHECKED_ROLES.has(role)) props['aria-checked'] = options.checked ?? false
  if (SELECTED_ROLES.has(role)) props['aria-selected'] = options.selected ?? false
  if (options.pressed !== undefined) props['aria-pressed'] = options.pressed
  if (options.disabled) props['aria-disabled'] = true
  return props
}
