/**
 * H5 only (config/index.ts): in the app entry Taro generates (src/app.config.ts through
 * @tarojs/taro-loader/lib/h5), every page's route loads its page with `import()`, a chunk fetched
 * once the app has started. For the home page, the first screen, that is one more round trip
 * after the main chunk (over 0.5 s on a slow mobile network) before anything shows. Marked
 * `webpackMode: "eager"`, the home page is built into the main chunk (its styles into the main
 * stylesheet) and its route resolves at once; every other page stays a chunk of its own.
 * Input and output: the generated entry's source. Fails the build when the home page's import is
 * not found (a Taro upgrade that generates the entry differently).
 */
module.exports = function h5HomeEager(source) {
  const { page } = this.getOptions()
  const escaped = page.replace(/[/\\]/g, '[\\\\/]+')
  const homeImport = new RegExp(`import\\((["'][^"']*${escaped}["'])\\)`)
  if (!homeImport.test(source)) throw new Error(`h5-home-eager-loader: no import() of ${page} in ${this.resourcePath}`)
  return source.replace(homeImport, 'import(/* webpackMode: "eager" */ $1)')
}
