import Taro from '@tarojs/taro'
import { keepWaitingSpace } from './waiting-space'

/**
 * Measures the drawn cards (`#home-waiting`; none drawn: 0) after the next render and keeps their
 * height for this mode (keepWaitingSpace): in the mini-program by Taro's selector query, answered
 * by the view layer after the render's setData. H5 builds take measure-waiting-space.h5.ts (the
 * DOM; the selector query's code stays out of the home page's bytes); the component tests, which
 * render with Taro's H5 runtime and have no page for a selector query, take the DOM branch here.
 */
export function measureWaitingSpace(elder: boolean): void {
  Taro.nextTick(() => {
    if (process.env.TARO_ENV === 'h5') {
      keepWaitingSpace(elder, document.getElementById('home-waiting')?.getBoundingClientRect().height ?? 0)
      return
    }
    Taro.createSelectorQuery()
      .select('#home-waiting')
      .boundingClientRect((rect) => {
        const box = Array.isArray(rect) ? rect[0] : rect
        keepWaitingSpace(elder, box ? box.height : 0)
      })
      .exec()
  })
}
