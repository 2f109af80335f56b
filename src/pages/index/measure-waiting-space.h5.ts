import { keepWaitingSpace } from './waiting-space'

/**
 * H5: measures the drawn cards (`#home-waiting`; none drawn: 0) in the next frame, from the DOM,
 * and keeps their height for this mode (keepWaitingSpace). Taro's selector query and nextTick,
 * which the mini-program's version needs, would add ~3 KB to the home page's bytes (measured).
 */
export function measureWaitingSpace(elder: boolean): void {
  requestAnimationFrame(() => keepWaitingSpace(elder, document.getElementById('home-waiting')?.getBoundingClientRect().height ?? 0))
}
