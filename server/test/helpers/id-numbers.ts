import { idCheckChar } from '@/domain/validation/id-number'

/**
 * 实人认证 fixtures. One ID number can be verified by one account only, so tests that verify
 * many accounts give each its own ID number: `distinctIdNumber(template)` keeps the template's
 * first 4 and last 6 characters (what masks and status lookups show) and varies the hidden
 * district and birth year/month until the check character matches again. Deterministic:
 * the n-th call per template answers the n-th such number (per test file: jest loads this
 * module once per file, and each file has its own database).
 */

const issued = new Map<string, number>()

function* variants(template: string): Generator<string> {
  const head = template.slice(0, 4)
  const day = Number(template.slice(12, 14))
  const tail = template.slice(12, 17)
  const check = template[17]
  const baseYear = Number(template.slice(6, 10))
  for (let yearStep = 0; yearStep < 40; yearStep++) {
    const year = baseYear - yearStep
    for (let month = 1; month <= 12; month++) {
      if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue
      for (let district = 0; district < 100; district++) {
        const first17 = `${head}${String(district).padStart(2, '0')}${year}${String(month).padStart(2, '0')}${tail}`
        if (first17 === template.slice(0, 17)) continue
        if (idCheckChar(first17) === check) yield `${first17}${check}`
      }
    }
  }
}

/** A valid ID number no other call in this file has answered, looking like `template` when masked. */
export function distinctIdNumber(template: string): string {
  const n = issued.get(template) ?? 0
  issued.set(template, n + 1)
  let i = 0
  for (const id of variants(template)) {
    if (i === n) return id
    i += 1
  }
  throw new Error(`no more ID numbers like ${template}`)
}
