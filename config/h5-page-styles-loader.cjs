/**
 * H5 only (config/index.ts): puts NutUI's icon sheet and the flows' shared styles
 * (src/styles/pages-h5.scss) at the top of every page module under src/packages, so they are
 * fetched with the first such page, before it renders, and not with the home page. The
 * mini-program has them in app.scss. Input and output: a page's TypeScript source.
 */
module.exports = function h5PageStyles(source) {
  return `import '@nutui/icons-react-taro/dist/style_icon.css'\nimport '@/styles/pages-h5.scss'\n${source}`
}
