import type { Destination, Region } from '@/domain/regions'
import { addressPlaceMismatch } from '@/domain/regions/address-place'
import { checkAddressDetail } from '@/domain/validation/address-detail'
import { checkBackupPhone, checkMobile } from '@/domain/validation/mobile'
import { checkChangedAddress } from './change-address'

/** 联系电话1, 联系电话2 and 就医地联系地址 of a filing (004 表8). */
export interface FilingContacts {
  phone1: string
  phone2?: string | null
  /** 就医地联系地址 (004 表8). */
  addressAtDestination: string
}

/** The fields checkContacts answers for, named as in the filing's checks (FilingField). */
export type ContactField = 'phone1' | 'phone2' | 'addressAtDestination'

export type ContactFieldErrors = Partial<Record<ContactField, string>>

export interface ContactsContext {
  /**
   * The 备案地 as checked (checkDestination's region): the address must name no other place
   * (addressPlaceMismatch). Null when the 备案地 itself is wrong: the place is not compared then.
   */
  destination: Region | null
  /** 多地备案 (002 第十一条): the address may be in any of the places, so it is not compared. */
  multiPlace?: boolean
  /** A 变更: where the filing was and its address then (checkChangedAddress), and where it goes. */
  changeOf?: { from: Destination; to: Destination; oldAddress: string } | null
}

/**
 * Checks a filing's contacts (SPEC §9; 004 表8 联系电话1/2, 就医地联系地址): the first phone a
 * mainland mobile (checkMobile), the second empty, a mobile or a landline with its area code
 * (checkBackupPhone), the address 5 to 100 characters, naming a road (or 小区, village) and a house
 * number (checkAddressDetail), in the 备案地 (addressPlaceMismatch) — or, on a 变更 to another
 * place, not the old place's address (checkChangedAddress). Answers a message per wrong field (plain
 * Chinese, what to do), `{}` when all are right. checkFiling calls it for a filing and a 变更; the
 * server's 补充材料 (POST /api/filings/:id/materials) for a correction staff asked for
 * (checkCorrections), against the filing's own 备案地.
 * Example: checkContacts({ phone1: '1381234', addressAtDestination: '阳江' }, { destination: null })
 * → { phone1: '手机号码应为 11 位…', addressAtDestination: '请填写在外地的住址…' }.
 */
export function checkContacts(contacts: FilingContacts, ctx: ContactsContext): ContactFieldErrors {
  const fields: ContactFieldErrors = {}
  const phone1 = checkMobile(contacts.phone1 ?? '')
  if (!phone1.ok) fields.phone1 = phone1.message
  const phone2 = checkBackupPhone(contacts.phone2)
  if (phone2) fields.phone2 = phone2
  const address = (contacts.addressAtDestination ?? '').trim()
  if (address.length < 5) fields.addressAtDestination = '请填写在外地的住址，写到街道和门牌号，方便联系您'
  else if (address.length > 100) fields.addressAtDestination = '住址请控制在 100 个字以内'
  else {
    // A 变更 to another place that keeps the old address says so; otherwise the address must be
    // where one stays at the 备案地 (a trial: 阳江 chosen, an address in 广州).
    const wrong =
      (ctx.changeOf ? checkChangedAddress({ ...ctx.changeOf, newAddress: address }) : undefined) ??
      checkAddressDetail(address) ??
      (ctx.destination && ctx.multiPlace !== true ? addressPlaceMismatch(address, ctx.destination) : undefined)
    if (wrong) fields.addressAtDestination = wrong
  }
  return fields
}
