#!/usr/bin/env node
// Pre-compresses a built web folder (issue 15): next to every text file of at least 1 KB it
// writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) when they are
// smaller, so the server sends them as they are (@fastify/static `preCompressed`) with
// `content-encoding` and spends no CPU per request. Run after `taro build --type h5`
// (npm run build:h5, npm start and the bench do): `node scripts/precompress.mjs dist/h5 …`.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.xml', '.map', '.ttf', '.wasm'])
const MIN_BYTES = 1024

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else yield full
  }
}

/**
 * Writes the .br and .gz siblings of every compressible file under `dir` (stale ones from an
 * earlier run are replaced or removed). Answers { files, bytes, br, gz }: how many files were
 * compressed, their size, and the sizes of their brotli and gzip forms.
 */
export function precompress(dir) {
  const total = { files: 0, bytes: 0, br: 0, gz: 0 }
  for (const file of [...files(dir)]) {
    if (file.endsWith('.br') || file.endsWith('.gz')) continue
    for (const ext of ['.br', '.gz']) fs.rmSync(file + ext, { force: true })
    if (!TEXT.has(path.extname(file).toLowerCase())) continue
    const content = fs.readFileSync(file)
    if (content.length < MIN_BYTES) continue
    const br = zlib.brotliCompressSync(content, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    })
    const gz = zlib.gzipSync(content, { level: 9 })
    total.files += 1
    total.bytes += content.length
    if (br.length < content.length) {
      fs.writeFileSync(file + '.br', br)
      total.br += br.length
    } else total.br += content.length
    if (gz.length < content.length) {
      fs.writeFileSync(file + '.gz', gz)
      total.gz += gz.length
    } else total.gz += content.length
  }
  return total
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dirs = process.argv.slice(2)
  if (dirs.length === 0) {
    console.error('usage: node scripts/precompress.mjs <dir> [dir…]')
    process.exit(2)
  }
  for (const dir of dirs) {
    const t = precompress(dir)
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`
    console.log(`${dir}: ${t.files} files, ${kb(t.bytes)} → brotli ${kb(t.br)}, gzip ${kb(t.gz)}`)
  }
}
