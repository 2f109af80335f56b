// The H5-only modules of the home page (Taro's per-platform files, which the component tests
// otherwise never resolve): the plain View and Text, the waiting cards' slot and the stores'
// localStorage. README "Measured" says why they exist.
import { createElement as h, type ComponentType } from 'react'
import Taro from '@tarojs/taro'
import { act, fireEvent, render, waitFor } from '@testing-library/react'
import { View as H5View, Text as H5Text } from '@/components/primitives.h5'
import { readStoredItem, taroStorage } from '@/stores/taro-storage.h5'
import WaitingSlot, { hasUnfinishedFilingDraft, hasWaitingSources } from './waiting-slot.h5'
import { PROFILE_DRAFT_KEY, profileSavedIn } from './saved-profile-state'

// No JSX here: the components project's transformer would need React in scope for it.
jest.mock('./waiting-cards', () => ({ __esModule: true, default: () => jest.requireActual('react').createElement('div', { id: 'waiting-cards-shown' }) }))

type Loose = ComponentType<Record<string, unknown>>
const View = H5View as unknown as Loose
const Text = H5Text as unknown as Loose

describe('H5 View and Text are plain elements that keep what the home page gives them', () => {
  it('passes id, class, role, aria state and handlers through to a div and a span', () => {
    const onClick = jest.fn()
    const onKeyDown = jest.fn()
    const { container } = render(
      h(View, { id: 'v', className: 'a b', role: 'switch', 'aria-checked': true, tabIndex: 0, onClick, onKeyDown }, h(Text, { className: 't', selectable: true }, '长辈模式')),
    )
    const v = container.querySelector('#v')!
    expect(v.tagName).toBe('DIV')
    expect(v.getAttribute('class')).toBe('a b')
    expect(v.getAttribute('role')).toBe('switch')
    expect(v.getAttribute('aria-checked')).toBe('true')
    expect(v.getAttribute('tabindex')).toBe('0')
    const t = v.querySelector('.t')!
    expect(t.tagName).toBe('SPAN')
    expect(t.hasAttribute('selectable')).toBe(false)
    expect(t.textContent).toBe('长辈模式')
    fireEvent.click(v)
    fireEvent.keyDown(v, { key: 'Enter' })
    expect(onClick).toHaveBeenCalledTimes(1)
    expect(onKeyDown.mock.calls[0][0].key).toBe('Enter')
  })

  it('adds hoverClass 50 ms into a touch and takes it off 400 ms after it ends, as Taro\'s View', () => {
    jest.useFakeTimers()
    try {
      const { container } = render(h(View, { id: 'v', className: 'entry', hoverClass: 'entry--pressed' }))
      const v = container.querySelector('#v')!
      fireEvent.touchStart(v)
      act(() => void jest.advanceTimersByTime(49))
      expect(v.className).toBe('entry')
      act(() => void jest.advanceTimersByTime(1))
      expect(v.className).toBe('entry entry--pressed')
      fireEvent.touchEnd(v)
      act(() => void jest.advanceTimersByTime(399))
      expect(v.className).toBe('entry entry--pressed')
      act(() => void jest.advanceTimersByTime(1))
      expect(v.className).toBe('entry')
    } finally {
      jest.useRealTimers()
    }
  })
})

describe('H5 stores keep their state where Taro\'s storage keeps it', () => {
  it('writes what Taro.getStorageSync reads, and reads what Taro.setStorageSync wrote', () => {
    taroStorage!.setItem('beian-settings', { state: { elder: true }, version: 1 })
    expect(JSON.parse(localStorage.getItem('beian-settings')!)).toEqual({ data: '{"state":{"elder":true},"version":1}' })
    expect(Taro.getStorageSync('beian-settings')).toBe('{"state":{"elder":true},"version":1}')
    Taro.setStorageSync('beian-session', '{"state":{"token":"t"},"version":1}')
    expect(taroStorage!.getItem('beian-session')).toEqual({ state: { token: 't' }, version: 1 })
    taroStorage!.removeItem('beian-session')
    expect(localStorage.getItem('beian-session')).toBeNull()
  })

  it('reads a missing key, or one not written by Taro, as nothing', () => {
    expect(taroStorage!.getItem('beian-settings')).toBeNull()
    localStorage.setItem('beian-settings', 'not json')
    expect(taroStorage!.getItem('beian-settings')).toBeNull()
    localStorage.setItem('beian-settings', '{"state":{}}')
    expect(taroStorage!.getItem('beian-settings')).toBeNull()
  })
})

describe('H5 实名信息 tile: saved or not, read from the form store\'s localStorage without Taro', () => {
  afterEach(() => localStorage.clear())

  it.each<[string, string | null, boolean]>([
    ['nothing kept', null, false],
    ['not Taro\'s shape', '{"state":{"onServer":true}}', false],
    ['not JSON', 'x', false],
    ['typed, never saved', JSON.stringify({ data: JSON.stringify({ state: { draft: { idNumber: '4502' }, dirty: true, onServer: false }, version: 1 }) }), false],
    ['saved, an edit half-typed', JSON.stringify({ data: JSON.stringify({ state: { draft: { idNumber: '4502' }, dirty: true, onServer: true }, version: 1 }) }), true],
    ['saved by a version before onServer', JSON.stringify({ data: JSON.stringify({ state: { draft: { idNumber: '450221195503120017' }, dirty: false }, version: 1 }) }), true],
  ])('%s', (_, stored, saved) => {
    if (stored !== null) localStorage.setItem(PROFILE_DRAFT_KEY, stored)
    // saved-profile.ts, as H5 resolves it: the form store's key through H5's own storage reader.
    expect(profileSavedIn(readStoredItem(PROFILE_DRAFT_KEY))).toBe(saved)
  })
})

describe('H5 waiting cards load only when they can show something', () => {
  it('a first visit (no session, no emergency draft) loads no card', async () => {
    expect(hasWaitingSources()).toBe(false)
    const { container } = render(h(WaitingSlot))
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(container.querySelector('#waiting-cards-shown')).toBeNull()
  })

  it.each(['beian-session', 'beian-emergency-drafts'])('with %s kept, the cards load', async (key) => {
    Taro.setStorageSync(key, '{"state":{},"version":1}')
    expect(hasWaitingSources()).toBe(true)
    const { container } = render(h(WaitingSlot))
    await waitFor(() => expect(container.querySelector('#waiting-cards-shown')).not.toBeNull())
  })

  // 还没填完的备案: the filing-draft store's own JSON says whether there is a draft to name.
  it.each<[string, unknown, boolean]>([
    ['only questions answered', { self: { step: 'start', type: null } }, false],
    ['a type chosen, still on the first step', { self: { step: 'start', type: 'REFERRAL' } }, false],
    ['a family member’s draft at 上传材料', { self: null, 'member:m1': { step: 'materials', type: 'RETIRED_RESETTLED' } }, true],
  ])('filing drafts kept, %s → cards %s', async (_what, drafts, loads) => {
    Taro.setStorageSync('beian-filing-drafts', JSON.stringify({ state: { subject: 'self', drafts }, version: 1 }))
    expect(hasWaitingSources()).toBe(loads)
    const { container } = render(h(WaitingSlot))
    if (loads) await waitFor(() => expect(container.querySelector('#waiting-cards-shown')).not.toBeNull())
    else {
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 50))
      })
      expect(container.querySelector('#waiting-cards-shown')).toBeNull()
    }
    Taro.removeStorageSync('beian-filing-drafts')
  })

  it('reads nothing from filing drafts that are not JSON', () => {
    expect(hasUnfinishedFilingDraft('x')).toBe(false)
    expect(hasUnfinishedFilingDraft(null)).toBe(false)
  })
})
