import type { Kysely } from 'kysely'
import type { Database } from '../schema'

export function createSettingsRepository(db: Kysely<Database>) {
  return {
    async get(key: string): Promise<string | null> {
      const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst()
      return row ? row.value : null
    },

    /**
     * Stores `candidate` unless the key already has a value, and returns whichever value won.
     * Several instances starting together therefore agree on one value.
     */
    async getOrInsert(key: string, candidate: string, now: Date): Promise<string> {
      await db
        .insertInto('settings')
        .values({ key, value: candidate, updated_at: now.toISOString() })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute()
      const row = await db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirstOrThrow()
      return row.value
    },
  }
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>
