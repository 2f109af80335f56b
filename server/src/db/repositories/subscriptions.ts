import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { NotificationKind } from './notifications'

/** What Taro.requestSubscribeMessage answered for a template. Only 'accept' allows a message. */
export type SubscriptionChoice = 'accept' | 'reject' | 'ban' | 'filter'

export type Subscriptions = Record<NotificationKind, SubscriptionChoice | null>

/** What each person allowed to be sent to them, per kind of notification. */
export function createSubscriptionsRepository(db: Kysely<Database>) {
  async function find(userId: string): Promise<Subscriptions> {
    const rows = await db
      .selectFrom('notification_subscriptions')
      .select(['kind', 'choice'])
      .where('user_id', '=', userId)
      .execute()
    const result: Subscriptions = { DEADLINE_REMINDER: null, DECISION: null }
    for (const row of rows) {
      if (row.kind === 'DEADLINE_REMINDER' || row.kind === 'DECISION') result[row.kind] = row.choice as SubscriptionChoice
    }
    return result
  }

  return {
    find,

    /** Records the choices given (kinds left out keep their previous choice) and answers them all. */
    async save(userId: string, choices: Partial<Subscriptions>, now: Date): Promise<Subscriptions> {
      const at = now.toISOString()
      await db.transaction().execute(async (trx) => {
        for (const [kind, choice] of Object.entries(choices)) {
          if (choice === null || choice === undefined) continue
          await trx
            .insertInto('notification_subscriptions')
            .values({ user_id: userId, kind, choice, updated_at: at })
            .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ choice, updated_at: at }))
            .execute()
        }
      })
      return find(userId)
    },
  }
}

export type SubscriptionsRepository = ReturnType<typeof createSubscriptionsRepository>
