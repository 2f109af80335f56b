import type { FastifyPluginAsync } from 'fastify'
import { staffMaterial } from '@server/filings/staff-review'
import { currentStaff } from '@server/plugins/app/auth'
import type { FilingParams } from '@server/schemas/filings'
import { MaterialSchema } from '@server/schemas/staff-review'
import { clientIp } from '@server/staff/actor'
import { sendUpload } from '@server/uploads/send-upload'

/** /api/review/materials/:id — a material of a filing or 授权委托书, for staff; every view is logged. */
const reviewMaterials: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.requireReviewer)
  app.get<{ Params: FilingParams }>('/:id', { schema: MaterialSchema }, async (request, reply) => {
    const { upload, content } = await staffMaterial(app, request.params.id, { principal: currentStaff(request), ip: clientIp(request) })
    return sendUpload(reply, upload, content)
  })
}

export default reviewMaterials
