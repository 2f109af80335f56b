import type { Text as TaroText, View as TaroView } from '@tarojs/components'
import { defineCustomElement as defineCustomElementTaroTextCore } from '@tarojs/components/dist/components/taro-text-core.js'
import { defineCustomElement as defineCustomElementTaroViewCore } from '@tarojs/components/dist/components/taro-view-core.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js'

/**
 * H5: View and Text made the way `@tarojs/components` makes them (the same custom elements,
 * `taro-view-core` and `taro-text-core`, through the same createReactComponent), but in a module of
 * their own. webpack keeps one copy of Taro's component module with every component any page uses
 * (button, image, input, picker, scroll-view, textarea …, 55 KB before compression) and put it in
 * the home page's chunk; the home page shows only these two (README "Measured"). Defining an
 * element twice is harmless: Taro's define skips a tag already defined.
 */
export const View = createReactComponent('taro-view-core', undefined, manipulatePropsFunction, defineCustomElementTaroViewCore) as unknown as typeof TaroView
export const Text = createReactComponent('taro-text-core', undefined, manipulatePropsFunction, defineCustomElementTaroTextCore) as unknown as typeof TaroText
