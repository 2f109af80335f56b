/**
 * H5 only (config/index.ts): puts Taro's component stylesheet, NutUI's icon sheet and the flows'
 * shared styles (src/styles/pages-h5.scss) at the top of every page module under src/packages, so
 * they are fetched with the first such page, before it renders, and not with the home page, which
 * draws no Taro component (src/components/primitives.h5.ts). Taro's H5 runtime imported the
 * component stylesheet at start; config/index.ts takes that import out. The mini-program has the
 * shared styles in app.scss. Input and output: a page's TypeScript source.
 */
module.exports = function h5PageStyles(source) {
  return (
    "import '@tarojs/components/dist/taro-components/taro-components.css'\n" +
    "import '@nutui/icons-react-taro/dist/style_icon.css'\n" +
    "import '@/styles/pages-h5.scss'\n" +
    source
  )
}
