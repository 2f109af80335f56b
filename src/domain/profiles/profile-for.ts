import { DEFAULT_PROFILE } from './default'
import { GUANGXI_PROFILE, LIUJIANG_PROFILE } from './guangxi'
import { JIANGSU_PROFILE } from './jiangsu'
import { JIANGXI_PROFILE } from './jiangxi'
import type { PolicyProfile } from './types'
import { YANGJIANG_PROFILE } from './yangjiang'

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

/** Every profile the product knows, the default first. */
export const POLICY_PROFILES: readonly PolicyProfile[] = deepFreeze([
  DEFAULT_PROFILE,
  GUANGXI_PROFILE,
  LIUJIANG_PROFILE,
  JIANGSU_PROFILE,
  YANGJIANG_PROFILE,
  JIANGXI_PROFILE,
])

const BY_PREFIX = [...POLICY_PROFILES]
  .filter((p) => p.regionPrefix !== null)
  .sort((a, b) => (b.regionPrefix as string).length - (a.regionPrefix as string).length)

/**
 * The profile for people insured in a region (GB/T 2260 code, usually 6 digits): the one with
 * the longest matching prefix, else the national default. Answers
 * `GET /api/policy-profiles/:regionCode` (SPEC intro: rules that differ are profile settings).
 */
export function profileFor(regionCode: string): PolicyProfile {
  const code = typeof regionCode === 'string' ? regionCode.trim() : ''
  for (const p of BY_PREFIX) if (code.startsWith(p.regionPrefix as string)) return p
  return POLICY_PROFILES[0]
}
