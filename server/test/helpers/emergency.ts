import type { FastifyInstance } from 'fastify'
import { PRIVACY_CONSENT, VALID_PROFILE, bearer, login } from './build'
import { CONTACTS, uploadAll } from './filings'
import { distinctIdNumber } from './verification'

/**
 * Emergency-filing fixtures (SPEC §6). A filer insured in `insuredRegion` (450200 柳州: the
 * Guangxi window profile; 320500 苏州: Jiangsu, deemed filed; 441700 阳江: before discharge),
 * admitted in 阳江 (441700), or in 柳州 when insured in 阳江.
 */

export const YANGJIANG = { province: '440000', city: '441700' } as const
export const LIUZHOU = { province: '450000', city: '450200' } as const

export async function insuredIn(app: FastifyInstance, insuredRegion: string, code?: string): Promise<{ token: string; userId: string }> {
  const user = await login(app, code)
  const response = await app.inject({
    method: 'PUT',
    url: '/api/me/profile',
    headers: bearer(user.token),
    // An ID number of its own: a person's filings are all those under their ID number.
    payload: { ...VALID_PROFILE, idNumber: distinctIdNumber(VALID_PROFILE.idNumber), insuredRegion, ...PRIVACY_CONSENT },
  })
  if (response.statusCode !== 200) throw new Error(`profile failed: ${response.statusCode} ${response.body}`)
  return user
}

export function emergencyPart(admittedOn: string, change: Record<string, unknown> = {}) {
  return {
    admittedOn,
    leftOn: null,
    awayReason: 'TRAVEL',
    hospitalName: '阳江市人民医院',
    diagnosis: '急性阑尾炎',
    criteria: ['ACUTE_PAIN'],
    ...change,
  }
}

/** An EMERGENCY body with an ID and an emergency diagnosis uploaded by `token`. */
export async function emergencyBody(
  app: FastifyInstance,
  token: string,
  admittedOn: string,
  change: { emergency?: Record<string, unknown> } & Record<string, unknown> = {},
) {
  const materials = await uploadAll(app, token, ['ID_DOCUMENT', 'EMERGENCY_DIAGNOSIS'])
  const { emergency, ...rest } = change
  return {
    type: 'EMERGENCY',
    subject: { self: true },
    destination: YANGJIANG,
    startDate: admittedOn,
    contacts: { phone1: CONTACTS.phone1, addressAtDestination: '' },
    materials,
    emergency: emergencyPart(admittedOn, emergency),
    ...rest,
  }
}
