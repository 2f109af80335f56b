// The weapp's packages as WeChat counts them, and the bytes duplicated across them.
// Used by `npm run bench` and by the release test (tests/release/packages.test.ts).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

function filesUnder(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? filesUnder(full) : [full]
  })
}

/**
 * Splits a built weapp into its packages: every file under a subpackage root belongs to that
 * subpackage, every other file to the main package (WeChat's rule).
 *
 * @param {string} dist the build folder (holds app.json)
 * @returns {Record<string, { bytes: number, files: string[] }>} by package ('main' or the root)
 */
export function weappPackages(dist) {
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))
  const packages = { main: { bytes: 0, files: [] } }
  for (const f of filesUnder(dist)) {
    const rel = path.relative(dist, f).split(path.sep).join('/')
    const name = subRoots.find((r) => rel.startsWith(`${r}/`)) ?? 'main'
    const pkg = (packages[name] ??= { bytes: 0, files: [] })
    pkg.bytes += fs.statSync(f).size
    pkg.files.push(f)
  }
  return packages
}

/**
 * Bytes duplicated across packages: for each content present (byte-identical) in more than one
 * package, every copy beyond the first counts.
 *
 * @param {ReturnType<typeof weappPackages>} packages
 * @returns {{ bytes: number, files: number, total: number, share: number }} the extra bytes, how
 *   many files are copies of one another, all packages' bytes, and bytes / total
 */
export function duplicatedAcrossPackages(packages) {
  const byContent = new Map()
  let total = 0
  for (const [name, pkg] of Object.entries(packages)) {
    for (const f of pkg.files) {
      const buf = fs.readFileSync(f)
      total += buf.length
      const key = crypto.createHash('sha256').update(buf).digest('hex')
      const entry = byContent.get(key) ?? { size: buf.length, copies: 0, packages: new Set() }
      entry.copies += 1
      entry.packages.add(name)
      byContent.set(key, entry)
    }
  }
  let bytes = 0
  let files = 0
  for (const e of byContent.values()) {
    if (e.packages.size < 2) continue
    bytes += (e.copies - 1) * e.size
    files += e.copies
  }
  return { bytes, files, total, share: total ? bytes / total : 0 }
}
