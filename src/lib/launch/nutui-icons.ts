import { configure } from '@nutui/icons-react-taro'

/**
 * NutUI's icons (checkbox and radio marks, close buttons) draw an SVG mask on an element that
 * is `<i>` by default. WeChat's templates have no `i` (the simulator logs "Template `tmpl_0_i`
 * not found" and the mark is empty), so in the mini-program they are views: same classes, same
 * mask. H5 keeps `<i>` and takes `nutui-icons.h5.ts` (Taro's per-platform file), so the icon
 * library is not in the H5 entry (README "Measured").
 */
export function configureNutuiIcons(): void {
  configure({ tag: 'view' })
}
