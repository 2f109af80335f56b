import type { FastifyPluginAsync } from 'fastify'
import { staffMaterial } from '../../../../filings/staff-review'
import { currentStaff } from '../../../../plugins/app/auth'
import type { FilingParams } from '../../../../schemas/filings'
import { MaterialSchema } from '../../../../schemas/staff-review'
import { clientIp } from '../../../../staff/actor'
import { CONTENT_TYPES, EXTENSIONS } from '../../../../uploads/sniff-kind'

/** /api/review/materials/:id — a material of a filing or 授权委托书, for staff; every view is logged. */
const reviewMaterials: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.requireReviewer)
  app.get<{ Params: FilingParams }>('/:id', { schema: MaterialSchema }, async (request, reply) => {
    const { upload, content } = await staffMaterial(app, request.params.id, { principal: currentStaff(request), ip: clientIp(request) })
    return reply
      .header('content-type', CONTENT_TYPES[upload.kind])
      .header('content-disposition', `inline; filename="${upload.id}.${EXTENSIONS[upload.kind]}"`)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .send(content)
  })
}

export default reviewMaterials
