// Order matters: @tarojs/taro first, or an import cycle crashes on `history` (TARO-NOTES).
import '@tarojs/taro'
import React from 'react'
import ReactDOM from 'react-dom'
import { setClock } from '@/lib/clock'
import { useConsentDraftStore } from '@/stores/use-consent-draft-store'
// @ts-expect-error: no types for the runtime entry
import { createH5NativeComponentConfig } from '@tarojs/plugin-framework-react/dist/runtime'

// Makes Taro's page hooks (useLoad, useRouter …) work outside a real Taro app.
createH5NativeComponentConfig(() => null, React, ReactDOM)

beforeEach(() => {
  window.localStorage.clear()
  // Persisted stores keep their state in memory between tests; this one is read by every page
  // that asks for consent, so each test starts without an agreement.
  useConsentDraftStore.setState(useConsentDraftStore.getInitialState(), true)
})

// A page test clicks through several screens, each rendered by jsdom: about a second on a quiet
// 2-core machine, but five tests passed Jest's 5 s default when the machine was loaded (a full
// test run beside other builds), and one test cut off mid-flow left its writes to the next.
jest.setTimeout(20_000)

// Every component test runs at one fixed instant (issue 16: tests pin values): 10:00 China time on
// Tuesday 2026-12-01. A test that needs another day calls setClock itself; the next test starts
// from this one again.
export const COMPONENT_TEST_NOW = new Date('2026-12-01T10:00:00+08:00')
beforeEach(() => {
  setClock(COMPONENT_TEST_NOW)
})
