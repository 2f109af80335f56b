import Taro from '@tarojs/taro'
import { scrollToQuestion, scrollToSelector } from './page-scroll'

// A tap pressed while the page moves and released after it reaches nothing; the end-to-end tests
// wait for this mark before they tap (e2e/app-helpers pageStill).
describe('scrollToSelector marks the page while it scrolls (H5)', () => {
  afterEach(() => {
    jest.useRealTimers()
    jest.restoreAllMocks()
  })

  it('from the request until the scroll has ended, overlapping scrolls until the last ends', async () => {
    jest.useFakeTimers()
    const ends: Array<() => void> = []
    jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => new Promise((resolve) => ends.push(() => resolve({ errMsg: 'pageScrollTo:ok' }))) as never)
    const marked = () => document.documentElement.hasAttribute('data-page-scrolling')
    scrollToSelector('#a')
    expect(marked()).toBe(true) // before the render's timer: the page is about to move
    jest.advanceTimersByTime(50)
    scrollToSelector('#b')
    jest.advanceTimersByTime(50)
    expect(Taro.pageScrollTo).toHaveBeenCalledTimes(2)
    ends[0]!()
    await Promise.resolve()
    await Promise.resolve()
    expect(marked()).toBe(true)
    ends[1]!()
    await Promise.resolve()
    await Promise.resolve()
    expect(marked()).toBe(false)
  })

  it('a scroll that fails (no such element) ends the mark too', async () => {
    jest.useFakeTimers()
    jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.reject(new Error('no element')) as never)
    scrollToSelector('#missing')
    jest.advanceTimersByTime(50)
    await Promise.resolve()
    await Promise.resolve()
    await Promise.resolve()
    expect(document.documentElement.hasAttribute('data-page-scrolling')).toBe(false)
  })
})

describe('scrollToQuestion: the unanswered question comes into view and its heading takes the focus (H5)', () => {
  afterEach(() => {
    jest.useRealTimers()
    jest.restoreAllMocks()
    document.body.innerHTML = ''
  })

  it('scrolls to the block and focuses its heading, made focusable out of the tab order, without a jump of its own', () => {
    jest.useFakeTimers()
    jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    document.body.innerHTML = '<div id="question-reason"><span id="question-reason-title">3. 为什么在外地？</span></div>'
    const heading = document.getElementById('question-reason-title')!
    const focus = jest.spyOn(heading, 'focus')
    scrollToQuestion('#question-reason', '#question-reason-title')
    jest.advanceTimersByTime(50)
    expect(Taro.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '#question-reason' }))
    expect(focus).toHaveBeenCalledWith({ preventScroll: true })
    expect(document.activeElement).toBe(heading)
    expect(heading.getAttribute('tabindex')).toBe('-1')
  })

  it('no such heading: only the scroll', () => {
    jest.useFakeTimers()
    jest.spyOn(Taro, 'pageScrollTo').mockImplementation(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }) as never)
    scrollToQuestion('#gone', '#gone-title')
    expect(() => jest.advanceTimersByTime(50)).not.toThrow()
    expect(Taro.pageScrollTo).toHaveBeenCalledTimes(1)
  })
})
