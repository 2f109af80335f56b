import type { FastifyPluginAsync } from 'fastify'
import { currentStaff } from '@server/plugins/app/auth'
import { StaffMeSchema } from '@server/schemas/staff'

/** /api/staff/me — who is logged in (the console asks on load). */
const staffMe: FastifyPluginAsync = async (app) => {
  app.get('', { schema: StaffMeSchema, onRequest: app.requireReviewer }, async (request) => {
    const staff = currentStaff(request)
    return {
      staff: { id: staff.id, username: staff.username, displayName: staff.displayName, role: staff.role },
      kind: staff.kind,
      expiresAt: staff.sessionExpiresAt,
    }
  })
}

export default staffMe
