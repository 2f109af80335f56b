import type { FastifyInstance, InjectOptions } from 'fastify'
import { COMMITMENT_VERSION } from '@/domain/materials'
import { findRegion } from '@/domain/regions'
import { PRIVACY_CONSENT, VALID_PROFILE, bearer, login } from './build'
import { uploadMaterial } from './multipart'
import { distinctIdNumber, verifyDev } from './verification'

/**
 * Filing fixtures. VALID_PROFILE is insured in 440300 (深圳市, the national default profile);
 * the destination is 阳江市 (441700), another city of the same province.
 */

export const DESTINATION = { province: '440000', city: '441700' } as const
export const OTHER_DESTINATION = { province: '450000', city: '450200' } as const
export const CONTACTS = { phone1: '13812345678', addressAtDestination: '阳江市江城区东风路 8 号' } as const
/**
 * Contacts with an address at `destination`: '<city>人民路 1 号 2 栋', or without a place name for a
 * province-level unit or a whole province. The address must be at the 备案地 (addressPlaceMismatch).
 */
export function contactsAt(destination: { province: string; city?: string | null }): { phone1: string; addressAtDestination: string } {
  const region = findRegion(destination.city || destination.province)
  return { phone1: CONTACTS.phone1, addressAtDestination: `${region?.city?.name ?? ''}人民路 1 号 2 栋` }
}
/** Contacts at OTHER_DESTINATION (柳州): a 变更 to another place sends the address there. */
export const OTHER_CONTACTS = { phone1: '13812345678', addressAtDestination: '柳州市城中区文昌路 1 号' } as const
export const COMMITMENT = { signedName: VALID_PROFILE.name, textVersion: COMMITMENT_VERSION } as const

/**
 * A logged-in user with a saved 实名信息 profile (VALID_PROFILE with an ID number of their own,
 * the same first 4 and last 6 characters) who passed 实人认证 with the dev provider, unless
 * `verified` is false. Self-service filings by a verified filer are approved at once.
 */
export async function filer(
  app: FastifyInstance,
  options: { verified?: boolean } = {},
): Promise<{ token: string; userId: string; idNumber: string }> {
  const user = await login(app)
  const idNumber = distinctIdNumber(VALID_PROFILE.idNumber)
  const response = await app.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(user.token), payload: { ...VALID_PROFILE, idNumber, ...PRIVACY_CONSENT } })
  if (response.statusCode !== 200) throw new Error(`profile failed: ${response.statusCode} ${response.body}`)
  if (options.verified !== false) await verifyDev(app, user.token)
  return { ...user, idNumber }
}

/** Uploads one PNG per material code and answers the ids in the same order. */
export async function uploadAll(app: FastifyInstance, token: string, purposes: readonly string[]): Promise<string[]> {
  const ids: string[] = []
  for (const purpose of purposes) ids.push(await uploadMaterial(app, token, purpose))
  return ids
}

export function fileRequest(token: string, body: unknown, headers: Record<string, string> = {}): InjectOptions {
  return {
    method: 'POST',
    url: '/api/filings',
    headers: { ...bearer(token), ...headers },
    payload: body as InjectOptions['payload'],
  }
}

/** A LONG_TERM_RESIDENT filing body with an ID and a residence permit, starting `today`. */
export async function longTermBody(app: FastifyInstance, token: string, today: string, change: Record<string, unknown> = {}) {
  const materials = await uploadAll(app, token, ['ID_DOCUMENT', 'RESIDENCE_PERMIT'])
  return { type: 'LONG_TERM_RESIDENT', subject: { self: true }, destination: DESTINATION, startDate: today, contacts: CONTACTS, materials, ...change }
}

/** Files a body and answers the 201 view; throws on anything else. */
export async function fileOk(app: FastifyInstance, token: string, body: unknown) {
  const response = await app.inject(fileRequest(token, body))
  if (response.statusCode !== 201) throw new Error(`filing failed: ${response.statusCode} ${response.body}`)
  return response.json()
}
