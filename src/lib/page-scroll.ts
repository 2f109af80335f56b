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
  const done = markScrolling()
  setTimeout(() => {
    try {
      void Promise.resolve(Taro.pageScrollTo({ selector, offsetTop: -24, duration: 300 }))
        .catch(() => undefined)
        .finally(done)
    } catch {
      // No page to scroll (a test renderer): nothing to do.
      done()
    }
  }, 50)
}

/**
 * Brings a question the person has not answered yet into view (scrollToSelector) and moves the
 * focus to its heading, `headingSelector`, so a screen reader reads the question and not only the
 * message at the foot (a trial: 请先回答… sat at the foot, the question a screen above). H5: the
 * heading is made focusable (tabindex -1, out of the tab order) and focused without a jump of its
 * own. The weapp has no API that moves 读屏's focus: there the question comes into view, at the
 * same place. Returns nothing.
 */
export function scrollToQuestion(selector: string, headingSelector: string): void {
  scrollToSelector(selector)
  if (process.env.TARO_ENV === 'weapp' || typeof document === 'undefined') return
  setTimeout(() => {
    const heading = document.querySelector(headingSelector)
    if (!(heading instanceof HTMLElement)) return
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
    heading.focus({ preventScroll: true })
  }, 50)
}

let scrolling = 0
/**
 * H5: marks the page (`data-page-scrolling` on <html>) from the moment a smooth scroll is asked
 * until it has ended; answers the function that ends the mark. A tap pressed while the page moves
 * and released after it lands elsewhere, and the browser sends the click to neither: the end-to-end
 * tests wait for the mark to go before they tap (a test lost its tap on 在哪里住的院 to this scroll,
 * now and then, on a loaded machine). The weapp has no document: nothing is marked there.
 */
function markScrolling(): () => void {
  // The weapp's `document` is Taro's own tree: nothing to mark there.
  const root = process.env.TARO_ENV === 'h5' && typeof document !== 'undefined' ? document.documentElement : null
  if (!root) return () => undefined
  scrolling += 1
  root.setAttribute('data-page-scrolling', '')
  let ended = false
  return () => {
    if (ended) return
    ended = true
    scrolling -= 1
    if (scrolling === 0) root.removeAttribute('data-page-scrolling')
  }
}

/**
 * Brings the first field marked wrong (`.form-field--error`, components/form-field) into view
 * (a trial: after 下一步 the form stayed at its foot, "还有 2 处要改，请看上面的红字", its first
 * mistake a screen above). Returns nothing.
 */
export function scrollToFirstError(): void {
  scrollToSelector('.form-field--error')
}
