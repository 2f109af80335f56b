/**
 * How a person's identifiers are shown where they need not be in full: the public status lookup,
 * the staff console's lists, log lines (server/src/logging/mask.ts applies them to every line).
 * Region prefix and last digits stay recognisable, so a person can tell it is theirs.
 */

/** `110101199003071234` → `1101**********1234`: region prefix and last four stay recognisable. */
export function maskIdNumber(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length)
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4)
}

/** `13812345678` → `138****5678`. */
export function maskPhone(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length)
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4)
}

/** A name as the public may see it: `张建华` → `张*华`, `李四` → `李*`, `欧阳小明` → `欧**明`. */
export function maskName(value: string): string {
  const chars = Array.from(value)
  if (chars.length <= 1) return '*'
  if (chars.length === 2) return chars[0] + '*'
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1]
}
