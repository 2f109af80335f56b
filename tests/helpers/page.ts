// What every component test does around the page it drives: mount it, read and tap elements by id,
// and leave an empty document behind. Imported as @tests/helpers/page (tsconfig.json, jest.config.js).
import TestUtils from '@tarojs/test-utils-react'
import { fireEvent } from '@testing-library/react'
import type { ComponentClass, FunctionComponent } from 'react'

/** The text of the element with this id, '' when there is none. */
export const text = (id: string): string => document.getElementById(id)?.textContent ?? ''

/** Whether an element with this id is on the page. */
export const exists = (id: string): boolean => document.getElementById(id) !== null

/** Taps the element with this id; throws `no element #id` when there is none. */
export function click(id: string): void {
  const el = document.getElementById(id)
  if (!el) throw new Error(`no element #${id}`)
  fireEvent.click(el)
}

let mounted: TestUtils | null = null

/** Mounts a page or component (with these props) through @tarojs/test-utils-react; one at a time. */
export async function mount<T extends Record<string, unknown>>(
  ui: FunctionComponent<T> | ComponentClass<T>,
  props?: T,
): Promise<void> {
  mounted = new TestUtils()
  await mounted.mount(ui, props === undefined ? {} : { props })
}

/**
 * Unmounts what mount() mounted and empties the document; with `restoreMocks` (the default) also
 * restores every jest.spyOn. Call it from afterEach.
 */
export function unmount({ restoreMocks = true }: { restoreMocks?: boolean } = {}): void {
  mounted?.unmout() // (sic) @tarojs/test-utils-react's spelling
  mounted = null
  document.body.innerHTML = ''
  if (restoreMocks) jest.restoreAllMocks()
}
