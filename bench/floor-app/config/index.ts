import type { UserConfigExport } from '@tarojs/cli'

const platform = process.env.TARO_ENV ?? 'weapp'

export default async (merge: (...c: UserConfigExport<'webpack5'>[]) => UserConfigExport<'webpack5'>) =>
  merge({}, {
    projectName: 'floor-app',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    framework: 'react',
    compiler: 'webpack5',
    mini: {},
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
    },
  } as UserConfigExport<'webpack5'>)
