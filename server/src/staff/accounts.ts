import type { AuditActor } from '@server/db/repositories/audit'
import { STAFF_ROLES, type StaffAccount, type StaffRole } from '@server/db/repositories/staff'
import type { Repositories } from '@server/db/repositories'
import { AppError, validationFailed } from '@server/errors'
import { hashPassword, passwordProblem, temporaryPassword, verifyPassword } from './passwords'
import { normalizeUsername } from './username'

/**
 * Account management (issue 14): create, disable, enable, reset — used by the admin API and by
 * `npm run staff` (which talks to the database directly, before any admin exists). Each change
 * leaves an audit row naming who made it. Passwords given back are shown once and never stored.
 */

export interface StaffAccountView {
  id: string
  username: string
  displayName: string
  role: StaffRole
  roleLabel: string
  status: 'ACTIVE' | 'DISABLED'
  statusLabel: string
  createdAt: string
  passwordChangedAt: string
  /** The password was set by someone else and not yet changed by its owner. */
  mustChangePassword: boolean
}

export function toStaffAccountView(account: StaffAccount): StaffAccountView {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    roleLabel: STAFF_ROLES[account.role],
    status: account.status,
    statusLabel: account.status === 'ACTIVE' ? '在用' : '已停用',
    createdAt: account.createdAt,
    passwordChangedAt: account.passwordChangedAt,
    mustChangePassword: account.mustChangePassword,
  }
}

const USERNAME = /^[a-z][a-z0-9._-]{2,31}$/

export interface AccountContext {
  repos: Repositories
  now: Date
  actor: AuditActor
  ip: string | null
}

function accountNotFound(): AppError {
  return new AppError(404, 'STAFF_ACCOUNT_NOT_FOUND', '没有找到这个账号，请刷新账号列表后再试')
}

/** Checks a new account's fields; every problem at once. */
function checkNewAccount(input: { username: string; displayName: string; role: string; password?: string }): Record<string, string> {
  const fields: Record<string, string> = {}
  if (!USERNAME.test(normalizeUsername(input.username))) {
    fields.username = '用户名用 3 到 32 位小写字母、数字或 . _ -，以字母开头，例如 zhangsan'
  }
  const name = input.displayName.trim()
  if (name.length < 1 || name.length > 32) fields.displayName = '请填写姓名（1 到 32 个字），审核记录里会显示这个名字'
  if (!(input.role in STAFF_ROLES)) fields.role = '角色只能是审核员（REVIEWER）或管理员（ADMIN）'
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password)
    if (problem) fields.password = problem
  }
  return fields
}

/**
 * Creates an account; without a password, a temporary one is made and returned (once). Either way
 * the password is someone else's choice, handed over: the owner must change it at the first sign-in.
 */
export async function createAccount(
  ctx: AccountContext,
  input: { username: string; displayName: string; role: string; password?: string },
): Promise<{ account: StaffAccountView; password: string }> {
  const fields = checkNewAccount(input)
  if (Object.keys(fields).length > 0) throw validationFailed(422, fields)
  const password = input.password ?? temporaryPassword()
  const created = await ctx.repos.staff.create(
    { username: normalizeUsername(input.username), displayName: input.displayName.trim(), role: input.role as StaffRole, passwordHash: await hashPassword(password) },
    ctx.now,
  )
  if (!created) {
    throw validationFailed(422, { username: '这个用户名已经有人用了，请换一个' })
  }
  await ctx.repos.audit.append(
    {
      actor: ctx.actor,
      action: 'ACCOUNT_CREATED',
      subject: { type: 'STAFF_ACCOUNT', id: created.id, label: `${created.username}（${created.displayName}）` },
      detail: { role: created.role },
      ip: ctx.ip,
    },
    ctx.now,
  )
  return { account: toStaffAccountView(created), password }
}

async function findAccount(ctx: AccountContext, idOrUsername: string): Promise<StaffAccount> {
  const account =
    (await ctx.repos.staff.findById(idOrUsername)) ?? (await ctx.repos.staff.findByUsername(normalizeUsername(idOrUsername)))
  if (!account) throw accountNotFound()
  return account
}

/** Disables or enables an account; disabling ends its sessions at once. One cannot disable oneself. */
export async function setAccountStatus(ctx: AccountContext, idOrUsername: string, status: 'ACTIVE' | 'DISABLED'): Promise<StaffAccountView> {
  const account = await findAccount(ctx, idOrUsername)
  if (status === 'DISABLED' && account.id === ctx.actor.id) {
    throw new AppError(409, 'STAFF_CANNOT_DISABLE_SELF', '不能停用自己正在用的账号；请让另一位管理员来停用')
  }
  if (!(await ctx.repos.staff.setStatus(account.id, status, ctx.now))) throw accountNotFound()
  await ctx.repos.audit.append(
    {
      actor: ctx.actor,
      action: status === 'DISABLED' ? 'ACCOUNT_DISABLED' : 'ACCOUNT_ENABLED',
      subject: { type: 'STAFF_ACCOUNT', id: account.id, label: `${account.username}（${account.displayName}）` },
      detail: { before: account.status },
      ip: ctx.ip,
    },
    ctx.now,
  )
  const updated = await ctx.repos.staff.findById(account.id)
  return toStaffAccountView(updated ?? account)
}

/**
 * Sets a new password (given, or a temporary one returned once) and ends the account's sessions;
 * the owner must change it at the next sign-in, as after createAccount.
 */
export async function resetPassword(
  ctx: AccountContext,
  idOrUsername: string,
  given?: string,
): Promise<{ account: StaffAccountView; password: string }> {
  const account = await findAccount(ctx, idOrUsername)
  if (given !== undefined) {
    const problem = passwordProblem(given)
    if (problem) throw validationFailed(422, { password: problem })
  }
  const password = given ?? temporaryPassword()
  if (!(await ctx.repos.staff.setPassword(account.id, await hashPassword(password), ctx.now, { mustChange: true }))) throw accountNotFound()
  await ctx.repos.staff.clearFailures(account.username)
  await ctx.repos.audit.append(
    {
      actor: ctx.actor,
      action: 'ACCOUNT_PASSWORD_RESET',
      subject: { type: 'STAFF_ACCOUNT', id: account.id, label: `${account.username}（${account.displayName}）` },
      detail: {},
      ip: ctx.ip,
    },
    ctx.now,
  )
  const updated = await ctx.repos.staff.findById(account.id)
  return { account: toStaffAccountView(updated ?? account), password }
}

/**
 * A staff member changes their own password (the current one, then a new one by passwordProblem's
 * rules, not the same as the current one): the flag set by an admin's reset or 新建账号 is cleared,
 * and every other session of the account ends; the session doing it goes on. Every problem is
 * answered as 422 VALIDATION_FAILED on its field. Audited as PASSWORD_CHANGED by the account itself.
 */
export async function changeOwnPassword(
  ctx: AccountContext & { sessionId: string },
  accountId: string,
  input: { oldPassword: string; newPassword: string },
): Promise<void> {
  const account = await ctx.repos.staff.findById(accountId)
  const hash = await ctx.repos.staff.passwordHashOf(accountId)
  if (!account || hash === null) throw accountNotFound()
  if (!(await verifyPassword(hash, input.oldPassword))) {
    throw validationFailed(422, { oldPassword: '原密码不对，请重新输入（临时密码请照管理员给的原样输入，注意大小写）' })
  }
  const problem = passwordProblem(input.newPassword)
  if (problem) throw validationFailed(422, { newPassword: problem })
  if (input.newPassword === input.oldPassword) {
    throw validationFailed(422, { newPassword: '新密码不能和原密码一样，请换一个只有自己知道的密码' })
  }
  const changed = await ctx.repos.staff.setPassword(accountId, await hashPassword(input.newPassword), ctx.now, {
    mustChange: false,
    keepSessionId: ctx.sessionId,
  })
  if (!changed) throw accountNotFound()
  await ctx.repos.audit.append(
    {
      actor: ctx.actor,
      action: 'PASSWORD_CHANGED',
      subject: { type: 'STAFF_ACCOUNT', id: account.id, label: `${account.username}（${account.displayName}）` },
      detail: { wasRequired: account.mustChangePassword },
      ip: ctx.ip,
    },
    ctx.now,
  )
}
