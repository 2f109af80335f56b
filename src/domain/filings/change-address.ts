import type { Destination } from '@/domain/regions'

/** A 变更 as far as the address goes: where the filing was and is going, and the address before and after. */
export interface ChangedPlace {
  from: Destination
  to: Destination
  oldAddress: string
  /** The 就医地联系地址 sent with the change; null or undefined when the change sends no contacts. */
  newAddress?: string | null
}

const sameDestination = (a: Destination, b: Destination) => a.province === b.province && (a.city ?? null) === (b.city ?? null)

/**
 * A 变更 to another city or province needs the address there: the old 就医地联系地址 is in the old
 * place (004 表8 asks the 就医地 address with the 就医地; 000 第七条: a change is registered anew).
 * Answers the message for `contacts.addressAtDestination` when the place changes and the address
 * is missing or the same as before; undefined otherwise. App (change page) and server
 * (POST /api/filings/:id/change) call this.
 */
export function checkChangedAddress(change: ChangedPlace): string | undefined {
  if (sameDestination(change.from, change.to)) return undefined
  const address = (change.newAddress ?? '').trim()
  if (address === '' || address === change.oldAddress.trim()) {
    return '备案地换了，请填写在新备案地的住址（写到街道和门牌号），原来的住址是在旧备案地的'
  }
  return undefined
}
