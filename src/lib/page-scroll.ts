import Taro from '@tarojs/taro'

/**
 * Shows the page from its top, at once, after the render that switches it (a timer lets the weapp
 * render first). For a page that changes in place to another state: a form giving way to its
 * outcome (已提交 ✓, 等待人工核对), or a consent step giving way to its form. Without it the new
 * state opens at the old scroll offset, where the button was, with its heading above the top edge.
 * Taro.pageScrollTo does the same in the weapp and H5; a failure (no page, a test renderer) is
 * ignored. Returns nothing.
 */
export function scrollPageToTop(): void {
  setTimeout(() => {
    try {
      void Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined)
    } catch {
      // No page to scroll (a test renderer): nothing to do.
    }
  }, 0)
}
