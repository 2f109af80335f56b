/**
 * The H5 page's root font size (the `rem` that pxtransform turns our 750-wide design into), set by
 * an inline script in index.html before anything is drawn, and again on `resize`.
 *
 * Taro's own script (@tarojs/webpack5-runner H5WebpackPlugin.getHtmlWebpackPlugin) takes the
 * smaller of the <html> element's width and *height*, and the height of <html> is its content's:
 * at Chromium's first `resize` on a phone the page was still 8 px tall, so the root size fell to
 * the 20 px floor, and 500 ms later (its second look) rose to 20.8 px on a 390 px phone. Every line
 * of the home page grew by 4 % and its footer moved down 56 px under the finger (layout shift
 * 0.055); a tap pressed before and released after the move reached nothing. This one measures
 * the viewport instead (`clientWidth` of <html> and `innerHeight`: the short side in landscape,
 * as Taro meant), never the content, with Taro's formula and bounds otherwise unchanged.
 *
 * `rootValue` is Taro's `baseFontSize / deviceRatio[designWidth] * 2` (20 / 1 * 2 = 40 for our
 * designWidth 750); `min` and `max` are pxtransform's minRootSize and maxRootSize defaults.
 */
export function remScript({ rootValue = 40, designWidth = 750, min = 20, max = 40 } = {}): string {
  return (
    '!function(n){function f(){var e=n.document.documentElement,' +
    'arr=[e.clientWidth,n.innerHeight].filter(function(v){return Boolean(v)});if(!arr.length)return;' +
    `var x=${rootValue}*Math.min.apply(Math,arr)/${designWidth};` +
    `e.style.fontSize=x>=${max}?"${max}px":x<=${min}?"${min}px":x+"px"}` +
    'n.addEventListener("resize",function(){f();setTimeout(f,500)});f()}(window);'
  )
}
