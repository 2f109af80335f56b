// Order matters: @tarojs/taro first, or an import cycle crashes on `history` (TARO-NOTES).
import '@tarojs/taro'
import React from 'react'
import ReactDOM from 'react-dom'
// @ts-expect-error: no types for the runtime entry
import { createH5NativeComponentConfig } from '@tarojs/plugin-framework-react/dist/runtime'

// Makes Taro's page hooks (useLoad, useRouter …) work outside a real Taro app.
createH5NativeComponentConfig(() => null, React, ReactDOM)

beforeEach(() => {
  window.localStorage.clear()
})
