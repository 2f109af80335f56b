import { renderHook, waitFor } from '@testing-library/react'
import { useLoadOnShow } from './use-load-on-show'

// The page's didShow callbacks, as Taro would call them when the page is shown again.
const shows: Array<() => void> = []
jest.mock('@tarojs/taro', () => ({
  ...jest.requireActual('@tarojs/taro'),
  useDidShow: (fn: () => void) => {
    shows.length = 0
    shows.push(fn)
  },
}))

const showAgain = () => shows.forEach((fn) => fn())

describe('useLoadOnShow (issue 13, trap 1: a page reloads what it shows when shown again)', () => {
  beforeEach(() => {
    shows.length = 0
  })

  it('loads on first mount, and again each time the page is shown again', async () => {
    const load = jest.fn().mockResolvedValue(undefined)
    renderHook(() => useLoadOnShow(load))
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1))
    showAgain()
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2))
    showAgain()
    await waitFor(() => expect(load).toHaveBeenCalledTimes(3))
  })

  it('merges a show that arrives while a load is still running into it', async () => {
    let finish: () => void = () => undefined
    const load = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    renderHook(() => useLoadOnShow(load))
    showAgain() // the first show of a page arrives with the mount
    showAgain()
    expect(load).toHaveBeenCalledTimes(1)
    finish()
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1))
    await Promise.resolve()
    showAgain()
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2))
  })

  it('calls the latest load function (a page whose state changed since it mounted)', async () => {
    const first = jest.fn().mockResolvedValue(undefined)
    const second = jest.fn().mockResolvedValue(undefined)
    const { rerender } = renderHook(({ load }) => useLoadOnShow(load), { initialProps: { load: first } })
    await waitFor(() => expect(first).toHaveBeenCalledTimes(1))
    rerender({ load: second })
    showAgain()
    await waitFor(() => expect(second).toHaveBeenCalledTimes(1))
    expect(first).toHaveBeenCalledTimes(1)
  })
})
