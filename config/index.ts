import fs from 'node:fs'
import path from 'node:path'
import webpack from 'webpack'
// A type-only import: importing defineConfig from '@tarojs/cli' loads its native binding,
// which 4.2.1 publishes for linux-x64 only (TARO-NOTES).
import type { UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { checkReleaseOrigin } from './release-origin'
import { minifyWithSwc } from './swc-minify'
import { remScript } from './h5-rem-script'

type ConfigFn = (
  merge: (...configs: UserConfigExport<'webpack5'>[]) => UserConfigExport<'webpack5'>,
  env: { command: string; mode: string },
) => UserConfigExport<'webpack5'> | Promise<UserConfigExport<'webpack5'>>

const defineConfig = (fn: ConfigFn): ConfigFn => fn

const platform = process.env.TARO_ENV ?? 'weapp'

/**
 * `npm run release:weapp` sets WEAPP_RELEASE=1 (scripts/release-weapp.ts). A release build
 * refuses an API_BASE WeChat would refuse (not https, loopback, an IP address); every other build
 * is a development build against the local server (DevTools with 不校验合法域名).
 */
const release = platform === 'weapp' && process.env.WEAPP_RELEASE === '1'
function apiBase(): string {
  if (!release) return process.env.API_BASE ?? 'http://127.0.0.1:3000'
  const check = checkReleaseOrigin(process.env.API_BASE)
  if (!check.ok) throw new Error(`发布构建已停止：${check.reason}`)
  return check.origin
}

/**
 * Whether the app config or any page config turns on pull-down refresh (`enablePullDownRefresh`).
 * When none does, the H5 entry does not define Taro's pull-down-refresh element at start
 * (config/h5-no-pull-to-refresh.js).
 */
function pullDownRefreshUsed(dir: string): boolean {
  return fs.readdirSync(dir, { withFileTypes: true }).some((e) => {
    const file = path.join(dir, e.name)
    if (e.isDirectory()) return pullDownRefreshUsed(file)
    return /\.config\.ts$/.test(e.name) && fs.readFileSync(file, 'utf8').includes('enablePullDownRefresh')
  })
}

/** NutUI React Taro is drawn at 375 px; our own styles at 750 px (TARO-NOTES). */
function designWidth(input?: { file?: string }): number {
  const file = input?.file?.replace(/\\+/g, '/') ?? ''
  return file.includes('@nutui') ? 375 : 750
}

export default defineConfig(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yidi-jiuyi-beian',
    date: '2026-11-23',
    designWidth: designWidth as unknown as number,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per platform, so building one never wipes the other.
    // WEAPP_OUTPUT_ROOT lets the release test build into its own folder (scripts/test.mjs).
    outputRoot: (platform === 'weapp' && process.env.WEAPP_OUTPUT_ROOT) || `dist/${platform}`,
    // The weapp's View and Text templates carry WeChat's aria-* attributes (config/weapp-aria.ts).
    plugins: platform === 'weapp' ? [path.resolve(__dirname, 'weapp-aria.ts')] : [],
    defineConstants: {
      // The API's origin for the mini-program (H5 calls its own origin). Replaced at build time:
      // a bare process.env read would crash on a phone, which has no `process`.
      API_BASE: JSON.stringify(apiBase()),
      // A release weapp's receipt QR code carries the https status link (src/lib/receipt).
      RELEASE_BUILD: JSON.stringify(release),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
    },
    copy: { patterns: [], options: {} },
    // fs() (type and tap targets that grow in 长辈模式) is available in every scss file.
    sass: { resource: [path.resolve(__dirname, '..', 'src/styles/scale.scss')] },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      // Keeps the whole of NutUI out of the weapp output in watch mode (TARO-NOTES).
      prebundle: { exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] },
    },
    // The persistent cache only for watch builds: a production build (npm test, CI, npm start)
    // always starts clean, so a stale cache can never ship a page that cannot load.
    cache: { enable: process.env.NODE_ENV !== 'production' },
    mini: {
      webpackChain(chain) {
        minifyWithSwc(chain)
      },
      // All flows share one subpackage (src/app.config.ts), so NutUI's per-component stylesheets
      // meet in one sub-vendors.wxss, imported by the pages in differing orders. Each styles its
      // own .nut-<component> classes, and their order was Taro's choice before too (the copies in
      // each subpackage's sub-common): the "Conflicting order" warning is ignored, as in H5.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      // Taro's component stylesheet, NutUI's icon sheet and the flows' shared styles come with the
      // pages under src/packages, not with the home page (h5-page-styles-loader.cjs,
      // src/app-styles.h5.ts).
      webpackChain(chain) {
        minifyWithSwc(chain)
        chain.module
          .rule('h5-page-styles')
          .test(/[\\/]src[\\/]packages[\\/].+[\\/]pages[\\/][^\\/]+[\\/]index\.tsx$/)
          .enforce('pre')
          .use('h5-page-styles')
          .loader(path.resolve(__dirname, 'h5-page-styles-loader.cjs'))
        // The home page in the main chunk, not fetched after it (h5-home-eager-loader.cjs).
        chain.module
          .rule('h5-home-eager')
          .test(/[\\/]src[\\/]app\.config\.ts$/)
          .enforce('pre')
          .use('h5-home-eager')
          .loader(path.resolve(__dirname, 'h5-home-eager-loader.cjs'))
          .options({ page: 'pages/index/index' })
        // Taro's entry defines the pull-down-refresh element, which needs Stencil's runtime, at
        // start; the home page needs neither (config/h5-no-pull-to-refresh.js).
        if (!pullDownRefreshUsed(path.resolve(__dirname, '..', 'src'))) {
          const appEntry = /[\\/]src[\\/]app(\.config)?\.[jt]sx?$/
          chain.plugin('h5-no-pull-to-refresh').use(webpack.NormalModuleReplacementPlugin, [
            /^@tarojs\/components\/dist\/components$/,
            (resource: { request: string; contextInfo?: { issuer?: string } }) => {
              if (appEntry.test(resource.contextInfo?.issuer ?? '')) resource.request = path.resolve(__dirname, 'h5-no-pull-to-refresh.js')
            },
          ])
        }
        // Taro's H5 runtime imports Taro's component stylesheet at start; it comes with the other
        // pages instead (h5-page-styles-loader.cjs), in the same place in the cascade: after the
        // global sheet, before the pages' own.
        const taroRuntime = /[\\/]@tarojs[\\/]plugin-platform-h5[\\/]dist[\\/]runtime[\\/]/
        chain.plugin('h5-component-styles-with-pages').use(webpack.NormalModuleReplacementPlugin, [
          /^@tarojs\/components\/dist\/taro-components\/taro-components\.css$/,
          (resource: { request: string; contextInfo?: { issuer?: string } }) => {
            if (taroRuntime.test(resource.contextInfo?.issuer ?? '')) resource.request = path.resolve(__dirname, 'h5-nothing.js')
          },
        ])
        // One stylesheet of their own, fetched once, not a copy in each page's.
        const split = chain.optimization.get('splitChunks') ?? {}
        chain.optimization.splitChunks({
          ...split,
          cacheGroups: {
            ...split.cacheGroups,
            pageStyles: {
              name: 'page-styles',
              test: (m: { nameForCondition?: () => string | null }) => /pages-h5\.scss|style_icon\.css|taro-components\.css/.test(m.nameForCondition?.() ?? ''),
              chunks: 'all',
              enforce: true,
              priority: 100,
            },
          },
        })
      },
      publicPath: '/',
      // The root font size from the viewport, not from how tall the page is yet (h5-rem-script.ts).
      htmlPluginOption: { script: remScript() },
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
