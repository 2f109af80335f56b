import { randomUUID } from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import type { Database, StaffAccountsTable } from '../schema'

/** Staff accounts, their sessions and failed logins (issue 14). Hashing happens in staff/, not here. */

export const STAFF_ROLES = { REVIEWER: '审核员', ADMIN: '管理员' } as const
export type StaffRole = keyof typeof STAFF_ROLES
export type StaffStatus = 'ACTIVE' | 'DISABLED'

export interface StaffAccount {
  id: string
  username: string
  displayName: string
  role: StaffRole
  status: StaffStatus
  createdAt: string
  updatedAt: string
  passwordChangedAt: string
  /** The password was set by someone else (admin or `npm run staff`): its owner must change it first. */
  mustChangePassword: boolean
}

export interface StaffAccountWithHash extends StaffAccount {
  passwordHash: string
}

export interface LoginAttempts {
  failures: number
  lockedUntil: string | null
}

function toAccount(row: Selectable<StaffAccountsTable>): StaffAccountWithHash {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as StaffRole,
    status: row.status as StaffStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    passwordChangedAt: row.password_changed_at,
    mustChangePassword: Number(row.must_change_password) !== 0,
    passwordHash: row.password_hash,
  }
}

const withoutHash = ({ passwordHash: _hash, ...account }: StaffAccountWithHash): StaffAccount => account

export function createStaffRepository(db: Kysely<Database>) {
  return {
    async findByUsername(username: string): Promise<StaffAccountWithHash | null> {
      const row = await db.selectFrom('staff_accounts').selectAll().where('username', '=', username).executeTakeFirst()
      return row ? toAccount(row) : null
    },

    async findById(id: string): Promise<StaffAccount | null> {
      const row = await db.selectFrom('staff_accounts').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? withoutHash(toAccount(row)) : null
    },

    async list(): Promise<StaffAccount[]> {
      const rows = await db.selectFrom('staff_accounts').selectAll().orderBy('username').execute()
      return rows.map((row) => withoutHash(toAccount(row)))
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('staff_accounts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()
      return Number(row?.n ?? 0)
    },

    /** Null when the username is taken. */
    async create(
      input: { username: string; displayName: string; role: StaffRole; passwordHash: string },
      now: Date,
    ): Promise<StaffAccount | null> {
      const at = now.toISOString()
      const taken = await db.selectFrom('staff_accounts').select('id').where('username', '=', input.username).executeTakeFirst()
      if (taken) return null
      const row = {
        id: randomUUID(),
        username: input.username,
        display_name: input.displayName,
        role: input.role,
        password_hash: input.passwordHash,
        status: 'ACTIVE',
        created_at: at,
        updated_at: at,
        password_changed_at: at,
        // A new account's password is always someone else's choice (staff/accounts).
        must_change_password: 1,
      }
      try {
        await db.insertInto('staff_accounts').values(row).execute()
      } catch (error) {
        // A concurrent create of the same name: the unique index decides.
        if (await db.selectFrom('staff_accounts').select('id').where('username', '=', input.username).where('id', '!=', row.id).executeTakeFirst()) return null
        throw error
      }
      return withoutHash(toAccount(row))
    },

    /** Sets the status; ending every session of a disabled account in the same transaction. False when unknown. */
    async setStatus(id: string, status: StaffStatus, now: Date): Promise<boolean> {
      const at = now.toISOString()
      return db.transaction().execute(async (trx) => {
        const { numUpdatedRows } = await trx.updateTable('staff_accounts').set({ status, updated_at: at }).where('id', '=', id).executeTakeFirst()
        if (numUpdatedRows === 0n) return false
        if (status === 'DISABLED') {
          await trx.updateTable('staff_sessions').set({ revoked_at: at }).where('staff_id', '=', id).where('revoked_at', 'is', null).execute()
        }
        return true
      })
    },

    /**
     * New password: every open session of the account ends, except `keepSessionId` (the owner's own,
     * when they change it themselves). `mustChange`: set by someone else, to be changed at the next
     * sign-in. False when unknown.
     */
    async setPassword(
      id: string,
      passwordHash: string,
      now: Date,
      options: { mustChange: boolean; keepSessionId?: string },
    ): Promise<boolean> {
      const at = now.toISOString()
      return db.transaction().execute(async (trx) => {
        const { numUpdatedRows } = await trx
          .updateTable('staff_accounts')
          .set({ password_hash: passwordHash, password_changed_at: at, updated_at: at, must_change_password: options.mustChange ? 1 : 0 })
          .where('id', '=', id)
          .executeTakeFirst()
        if (numUpdatedRows === 0n) return false
        let sessions = trx.updateTable('staff_sessions').set({ revoked_at: at }).where('staff_id', '=', id).where('revoked_at', 'is', null)
        if (options.keepSessionId !== undefined) sessions = sessions.where('id', '!=', options.keepSessionId)
        await sessions.execute()
        return true
      })
    },

    /** The hash to check an account's current password against (changing one's own), or null when unknown. */
    async passwordHashOf(id: string): Promise<string | null> {
      const row = await db.selectFrom('staff_accounts').select('password_hash').where('id', '=', id).executeTakeFirst()
      return row?.password_hash ?? null
    },

    async createSession(input: { idHash: string; staffId: string; expiresAt: string; ip: string | null }, now: Date): Promise<void> {
      await db
        .insertInto('staff_sessions')
        .values({ id: input.idHash, staff_id: input.staffId, created_at: now.toISOString(), expires_at: input.expiresAt, revoked_at: null, ip: input.ip })
        .execute()
    },

    /** The ACTIVE account behind a live session (not revoked, not expired), else null. */
    async accountForSession(idHash: string, now: Date): Promise<(StaffAccount & { sessionExpiresAt: string }) | null> {
      const row = await db
        .selectFrom('staff_sessions')
        .innerJoin('staff_accounts', 'staff_accounts.id', 'staff_sessions.staff_id')
        .selectAll('staff_accounts')
        .select('staff_sessions.expires_at as session_expires_at')
        .where('staff_sessions.id', '=', idHash)
        .where('staff_sessions.revoked_at', 'is', null)
        .where('staff_sessions.expires_at', '>', now.toISOString())
        .where('staff_accounts.status', '=', 'ACTIVE')
        .executeTakeFirst()
      if (!row) return null
      const { session_expires_at: sessionExpiresAt, ...account } = row
      return { ...withoutHash(toAccount(account)), sessionExpiresAt }
    },

    async revokeSession(idHash: string, now: Date): Promise<void> {
      await db.updateTable('staff_sessions').set({ revoked_at: now.toISOString() }).where('id', '=', idHash).where('revoked_at', 'is', null).execute()
    },

    async loginAttempts(username: string): Promise<LoginAttempts> {
      const row = await db.selectFrom('staff_login_attempts').selectAll().where('username', '=', username).executeTakeFirst()
      return row ? { failures: Number(row.failures), lockedUntil: row.locked_until } : { failures: 0, lockedUntil: null }
    },

    /** Counts one more failure; locks until `lockUntil` when the count reaches `lockAfter`. Answers the new state. */
    async recordFailure(username: string, lockAfter: number, lockUntil: Date, now: Date): Promise<LoginAttempts> {
      const at = now.toISOString()
      return db.transaction().execute(async (trx) => {
        // Make sure the row exists (two first failures at once must not collide), then count atomically.
        await trx
          .insertInto('staff_login_attempts')
          .values({ username, failures: 0, locked_until: null, updated_at: at })
          .onConflict((oc) => oc.column('username').doNothing())
          .execute()
        // A lock that has run out starts a fresh count.
        await trx
          .updateTable('staff_login_attempts')
          .set({ failures: 0, locked_until: null })
          .where('username', '=', username)
          .where('locked_until', '<=', at)
          .execute()
        await trx
          .updateTable('staff_login_attempts')
          .set((eb) => ({ failures: eb('failures', '+', 1), updated_at: at }))
          .where('username', '=', username)
          .execute()
        const row = await trx.selectFrom('staff_login_attempts').selectAll().where('username', '=', username).executeTakeFirstOrThrow()
        const failures = Number(row.failures)
        let lockedUntil = row.locked_until
        if (failures >= lockAfter && lockedUntil === null) {
          lockedUntil = lockUntil.toISOString()
          await trx.updateTable('staff_login_attempts').set({ locked_until: lockedUntil }).where('username', '=', username).execute()
        }
        return { failures, lockedUntil }
      })
    },

    async clearFailures(username: string): Promise<void> {
      await db.deleteFrom('staff_login_attempts').where('username', '=', username).execute()
    },
  }
}

export type StaffRepository = ReturnType<typeof createStaffRepository>
