import { createElement, useEffect, useRef, useState, type ReactNode } from 'react'
import type { Text as TaroText, View as TaroView } from '@tarojs/components'

/** What the home page and PageRoot give a View or Text: class, id, style, hoverClass and DOM props. */
interface PrimitiveProps {
  className?: string
  children?: ReactNode
  /** Added while a finger is on the element (as Taro's View: after 50 ms, kept 400 ms after). */
  hoverClass?: string
  [prop: string]: unknown
}

const HOVER_START_MS = 50
const HOVER_STAY_MS = 400

/**
 * H5: View and Text as a plain `<div>` and `<span>`, not Taro's custom elements (`taro-view-core`,
 * `taro-text-core`). Those need Stencil's runtime and Taro's component stylesheet; the home page
 * and PageRoot use nothing else of them, so the first screen loads neither (README "Measured";
 * the other pages bring them with NutUI). The elements look the same: Taro's only style for them
 * is `display: block` (a div's own) and `inline` (a span's). What they do is kept: the DOM props
 * (id, role, aria-*, tabIndex, onClick, onKeyDown) go through unchanged, and View's `hoverClass`
 * is added as Taro's View adds it, 50 ms after a touch starts, removed 400 ms after it ends.
 * The mini-program (and the component tests) use Taro's own (primitives.ts).
 */
function PlainView({ hoverClass, className, children, ...rest }: PrimitiveProps) {
  const [hover, setHover] = useState(false)
  const touching = useRef(false)
  const timers = useRef<ReturnType<typeof setTimeout>[]>([])
  useEffect(() => () => timers.current.forEach(clearTimeout), [])
  const later = (ms: number, fn: () => void) => {
    timers.current.push(setTimeout(fn, ms))
  }
  const touchProps = hoverClass
    ? {
        onTouchStart: () => {
          touching.current = true
          later(HOVER_START_MS, () => touching.current && setHover(true))
        },
        onTouchEnd: () => {
          touching.current = false
          later(HOVER_STAY_MS, () => !touching.current && setHover(false))
        },
      }
    : {}
  const cls = hover && hoverClass ? `${className ?? ''} ${hoverClass}`.trim() : className
  return createElement('div', { ...rest, ...touchProps, className: cls }, children)
}

function PlainText({ children, className, ...rest }: PrimitiveProps) {
  // Taro's Text props that are not DOM attributes.
  delete rest.selectable
  delete rest.userSelect
  delete rest.space
  delete rest.decode
  return createElement('span', { ...rest, className }, children)
}

export const View = PlainView as unknown as typeof TaroView
export const Text = PlainText as unknown as typeof TaroText
