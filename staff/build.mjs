// Builds the staff console (React 18 + antd) into dist/staff/ with esbuild: one bundle, a few
// seconds. Vite is not an option here: Taro 4's peer dependencies pin vite 4 (see README).
import { build } from 'esbuild'
import { copyFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { precompress } from '../scripts/precompress.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')
const out = resolve(root, 'dist/staff')
mkdirSync(out, { recursive: true })

const started = Date.now()
await build({
  entryPoints: [resolve(here, 'src/main.tsx')],
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['chrome100', 'edge100', 'firefox100', 'safari15'],
  outfile: resolve(out, 'app.js'),
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  alias: { '@': resolve(root, 'src'), '@staff': resolve(here, 'src') },
  tsconfig: resolve(here, 'tsconfig.json'),
  legalComments: 'none',
  logLevel: 'warning',
})
copyFileSync(resolve(here, 'index.html'), resolve(out, 'index.html'))
// Served as written here, brotli or gzip (server/src/plugins/external/static.ts).
precompress(out)
process.stdout.write(`staff console built into dist/staff in ${Date.now() - started} ms\n`)
