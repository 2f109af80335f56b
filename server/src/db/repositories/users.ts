import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../schema'

export interface User {
  id: string
}

export function createUsersRepository(db: Kysely<Database>) {
  return {
    /** A live account: null for an unknown id and for one deleted by its owner (DELETE /api/me). */
    async findById(id: string): Promise<User | null> {
      const row = await db.selectFrom('users').select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst()
      return row ? { id: row.id } : null
    },

    /** The WeChat openid of a user: where a subscription message goes. */
    async findOpenid(id: string): Promise<string | null> {
      const row = await db.selectFrom('users').select('openid').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst()
      return row ? row.openid : null
    },

    /**
     * The same openid always maps to the same user. Insert-if-absent then read back, so two
     * first logins racing (two taps, two instances) still end with one user.
     */
    async findOrCreateByOpenid(openid: string, now: Date): Promise<User> {
      await db
        .insertInto('users')
        .values({ id: randomUUID(), openid, created_at: now.toISOString() })
        .onConflict((oc) => oc.column('openid').doNothing())
        .execute()
      const row = await db
        .selectFrom('users')
        .select('id')
        .where('openid', '=', openid)
        .executeTakeFirstOrThrow()
      return { id: row.id }
    },
  }
}

export type UsersRepository = ReturnType<typeof createUsersRepository>
