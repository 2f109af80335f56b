/**
 * View and Text for the home page and PageRoot. In the mini-program (and the tests) they are
 * Taro's own; H5 takes primitives.h5.ts (Taro's per-platform file).
 */
export { Text, View } from '@tarojs/components'
