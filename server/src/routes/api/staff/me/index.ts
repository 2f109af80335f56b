import type { FastifyPluginAsync } from 'fastify'
import { AppError } from '@server/errors'
import { currentStaff } from '@server/plugins/app/auth'
import { ChangeOwnPasswordSchema, StaffMeSchema, type ChangeOwnPasswordBody } from '@server/schemas/staff'
import { changeOwnPassword } from '@server/staff/accounts'
import { auditActor, clientIp } from '@server/staff/actor'

/**
 * /api/staff/me — who is logged in (the console asks on load), and changing one's own password.
 * Both are open to a session that must change its password first (requireStaffSession).
 */
const staffMe: FastifyPluginAsync = async (app) => {
  app.get('', { schema: StaffMeSchema, onRequest: app.requireStaffSession }, async (request) => {
    const staff = currentStaff(request)
    return {
      staff: { id: staff.id, username: staff.username, displayName: staff.displayName, role: staff.role },
      kind: staff.kind,
      expiresAt: staff.sessionExpiresAt,
      mustChangePassword: staff.mustChangePassword,
    }
  })

  app.post<{ Body: ChangeOwnPasswordBody }>(
    '/password',
    {
      schema: ChangeOwnPasswordSchema,
      onRequest: app.requireStaffSession,
      // Guessing the current password from a session left open is as limited as guessing it at login.
      config: { rateLimit: { max: app.config.staffLoginRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const staff = currentStaff(request)
      if (staff.kind !== 'STAFF' || staff.sessionId === null) {
        throw new AppError(409, 'STAFF_NO_PASSWORD', '服务账号（审核人员令牌）没有密码可改；要换令牌请找系统管理员')
      }
      await changeOwnPassword(
        { repos: app.repos, now: app.now(), actor: auditActor(staff), ip: clientIp(request), sessionId: staff.sessionId },
        staff.id,
        request.body,
      )
      return reply.code(204).send()
    },
  )
}

export default staffMe
