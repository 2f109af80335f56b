import type { FastifyInstance } from 'fastify'
import { idCheckChar } from '@/domain/validation/id-number'
import { bearer } from './build'
import { uploadMaterial } from './multipart'

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

/** Verifies the account with the development provider (`dev:pass`); throws on anything but 200 VERIFIED. */
export async function verifyDev(app: FastifyInstance, token: string): Promise<void> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/me/verification',
    headers: bearer(token),
    payload: { provider: 'DEV', verifyResult: 'dev:pass' },
  })
  if (response.statusCode !== 200 || response.json().verification.status !== 'VERIFIED') {
    throw new Error(`verification failed: ${response.statusCode} ${response.body}`)
  }
}

/**
 * Asks for 人工核对: uploads the three ID photos as the account and posts them (provider STAFF);
 * answers the POST /api/me/verification response, whatever it is.
 */
export async function requestStaffVerification(app: FastifyInstance, token: string) {
  const idFrontUploadId = await uploadMaterial(app, token, 'ID_CARD_FRONT')
  const idBackUploadId = await uploadMaterial(app, token, 'ID_CARD_BACK')
  const holdingUploadId = await uploadMaterial(app, token, 'ID_CARD_HOLDING')
  return app.inject({
    method: 'POST',
    url: '/api/me/verification',
    headers: bearer(token),
    payload: { provider: 'STAFF', idFrontUploadId, idBackUploadId, holdingUploadId },
  })
}
