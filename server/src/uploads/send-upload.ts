import type { FastifyReply } from 'fastify'
import type { UploadRecord } from '@server/db/repositories/uploads'
import { CONTENT_TYPES, EXTENSIONS } from './sniff-kind'

/**
 * Sends an upload's bytes as the file it is (GET /api/uploads/:id, GET /api/review/materials/:id):
 * its sniffed content type with nosniff, shown inline under its id, never cached anywhere but
 * the reader's own browser (a material is personal data).
 */
export function sendUpload(reply: FastifyReply, upload: Pick<UploadRecord, 'id' | 'kind'>, content: Buffer): FastifyReply {
  return reply
    .header('content-type', CONTENT_TYPES[upload.kind])
    .header('content-disposition', `inline; filename="${upload.id}.${EXTENSIONS[upload.kind]}"`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(content)
}
