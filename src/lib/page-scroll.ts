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

/**
 * Brings the first element `selector` matches into view, a little below the top, after the render
 * that shows it (a timer lets the weapp render first). Taro.pageScrollTo with a selector does the
 * same in the weapp and H5; a failure (no such element, a test renderer) is ignored. Returns nothing.
 */
export function scrollToSelector(selector: string): void {
  setTimeout(() => {
    try {
      void Promise.resolve(Taro.pageScrollTo({ selector, offsetTop: -24, duration: 300 })).catch(() => undefined)
    } catch {
      // No page to scroll (a test renderer): nothing to do.
    }
  }, 50)
}

/**
 * Brings the first field marked wrong (`.form-field--error`, components/form-field) into view
 * (a trial: after 下一步 the form stayed at its foot, "还有 2 处要改，请看上面的红字", its first
 * mistake a screen above). Returns nothing.
 */
export function scrollToFirstError(): void {
  scrollToSelector('.form-field--error')
}
