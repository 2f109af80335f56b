/**
 * The mini-program runtime's half of config/weapp-aria.ts: the same WeChat 无障碍 attributes
 * (src/lib/weapp-aria.json) added to the runtime's component list, so it sends `aria-role`,
 * `aria-label`, `aria-checked`… of a View or Text under the same short data keys the templates
 * read. Imported by the app entry before any page renders (the runtime computes the keys once, at
 * the first render); the weapp build only.
 */
import { mergeInternalComponents } from '@tarojs/shared'
import components from './weapp-aria.json'

mergeInternalComponents(components)
