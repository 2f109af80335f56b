import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {
    // The H5 build is served by our own server; keep it lean.
    enableExtract: true,
  },
} satisfies UserConfigExport<'webpack5'>
