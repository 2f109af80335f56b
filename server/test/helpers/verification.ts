import type { FastifyInstance } from 'fastify'
import { bearer } from './build'
import { uploadMaterial } from './multipart'

// distinctIdNumber lives in its own module, free of jest's globals, so the bench's kill-and-retry
// (which runs outside jest through spawned-server.ts) can use it too.
export { distinctIdNumber } from './id-numbers'

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
