import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import { currentStaff } from '@server/plugins/app/auth'
import type { FilingParams } from '@server/schemas/filings'
import { AccountActionSchema, CreateAccountSchema, ListAccountsSchema, ResetPasswordSchema } from '@server/schemas/staff'
import { createAccount, resetPassword, setAccountStatus, toStaffAccountView, type AccountContext } from '@server/staff/accounts'
import { auditActor, clientIp } from '@server/staff/actor'

/** /api/staff/accounts — ADMIN only: list, create, disable, enable, reset a password. */
const staffAccounts: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.requireAdmin)

  const context = (request: FastifyRequest): AccountContext => ({
    repos: app.repos,
    now: app.now(),
    actor: auditActor(currentStaff(request)),
    ip: clientIp(request),
  })

  app.get('', { schema: ListAccountsSchema }, async () => ({
    accounts: (await app.repos.staff.list()).map(toStaffAccountView),
  }))

  app.post<{ Body: { username: string; displayName: string; role: string; password?: string } }>(
    '',
    { schema: CreateAccountSchema },
    async (request, reply) => reply.code(201).send(await createAccount(context(request), request.body)),
  )

  app.post<{ Params: FilingParams }>('/:id/disable', { schema: AccountActionSchema }, async (request) =>
    setAccountStatus(context(request), request.params.id, 'DISABLED'),
  )

  app.post<{ Params: FilingParams }>('/:id/enable', { schema: AccountActionSchema }, async (request) =>
    setAccountStatus(context(request), request.params.id, 'ACTIVE'),
  )

  app.post<{ Params: FilingParams }>('/:id/reset-password', { schema: ResetPasswordSchema }, async (request) =>
    resetPassword(context(request), request.params.id),
  )
}

export default staffAccounts
