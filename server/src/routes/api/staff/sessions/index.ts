import type { FastifyPluginAsync } from 'fastify'
import { currentStaff } from '@server/plugins/app/auth'
import { StaffLoginSchema, StaffLogoutSchema } from '@server/schemas/staff'
import { staffLogin, staffLogout } from '@server/staff/login'

/** /api/staff/sessions — staff log in and out (issue 14). */
const staffSessions: FastifyPluginAsync = async (app) => {
  app.post<{ Body: { username: string; password: string } }>(
    '',
    {
      schema: StaffLoginSchema,
      config: { rateLimit: { max: app.config.staffLoginRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (request) => staffLogin(app, request, request.body),
  )

  app.delete('/current', { schema: StaffLogoutSchema, onRequest: app.requireStaffSession }, async (request, reply) => {
    await staffLogout(app, request, currentStaff(request))
    return reply.code(204).send()
  })
}

export default staffSessions
