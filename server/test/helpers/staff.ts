import type { FastifyInstance } from 'fastify'
import { createAccount } from '@server/staff/accounts'

/**
 * Staff fixtures: accounts made the way `npm run staff -- add` makes them, and a login. Such an
 * account must change its password first (staff/accounts); addStaff's accounts have done so —
 * their password is STAFF_PASSWORD, their own — unless `{ passwordChanged: false }`.
 */

export const STAFF_PASSWORD = 'Correct-horse-42'

export async function addStaff(
  app: FastifyInstance,
  username: string,
  role: 'REVIEWER' | 'ADMIN',
  displayName = username,
  options: { passwordChanged?: boolean } = {},
) {
  const { account } = await createAccount(
    { repos: app.repos, now: app.now(), actor: { type: 'CLI', id: null, name: 'cli:test', role: null }, ip: null },
    { username, displayName, role, password: STAFF_PASSWORD },
  )
  if (options.passwordChanged === false) return account
  // As if the owner had changed it to STAFF_PASSWORD themselves (no second argon2 hash needed).
  await app.db.updateTable('staff_accounts').set({ must_change_password: 0 }).where('id', '=', account.id).execute()
  return { ...account, mustChangePassword: false }
}

export async function staffLogin(app: FastifyInstance, username: string, password = STAFF_PASSWORD) {
  return app.inject({ method: 'POST', url: '/api/staff/sessions', payload: { username, password } })
}

export async function staffToken(app: FastifyInstance, username: string): Promise<string> {
  const response = await staffLogin(app, username)
  if (response.statusCode !== 200) throw new Error(`staff login failed: ${response.statusCode} ${response.body}`)
  return response.json<{ token: string }>().token
}

export interface AuditRow {
  action: string
  actor: { type: string; name: string; role: string | null }
  subject: { type: string; id: string; label: string | null } | null
  detail: Record<string, unknown>
  ip: string | null
}

/** The audit log, oldest first, read straight from the repository. */
export async function auditRows(app: FastifyInstance): Promise<AuditRow[]> {
  return (await app.repos.audit.list({ limit: 1000 })).reverse()
}
