import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { NotificationKind } from './notifications'

/** What Taro.requestSubscribeMessage answered for a template. Only 'accept' adds a grant. */
export type SubscriptionChoice = 'accept' | 'reject' | 'ban' | 'filter'

export type Subscriptions = Record<NotificationKind, SubscriptionChoice | null>

/** Per kind: the latest choice, and the grants (accepts) not yet spent by a message. */
export interface SubscriptionState {
  choices: Subscriptions
  grants: Record<NotificationKind, number>
}

/**
 * What each person allowed to be sent to them, per kind of notification. WeChat's one-time
 * subscription (一次性订阅) allows one message per accept, so each accept adds one grant and each
 * message sent spends one (db/repositories/outbox.ts takes them).
 */
export function createSubscriptionsRepository(db: Kysely<Database>) {
  async function find(userId: string): Promise<SubscriptionState> {
    const rows = await db
      .selectFrom('notification_subscriptions')
      .select(['kind', 'choice', 'grants'])
      .where('user_id', '=', userId)
      .execute()
    const state: SubscriptionState = { choices: { DEADLINE_REMINDER: null, DECISION: null }, grants: { DEADLINE_REMINDER: 0, DECISION: 0 } }
    for (const row of rows) {
      if (row.kind === 'DEADLINE_REMINDER' || row.kind === 'DECISION') {
        state.choices[row.kind] = row.choice as SubscriptionChoice
        state.grants[row.kind] = Number(row.grants)
      }
    }
    return state
  }

  return {
    find,

    /**
     * Records one answer of the subscription dialog: the choices given (kinds left out keep
     * their previous choice), one more grant for each 'accept'. Answers the new state.
     */
    async save(userId: string, choices: Partial<Subscriptions>, now: Date): Promise<SubscriptionState> {
      const at = now.toISOString()
      await db.transaction().execute(async (trx) => {
        for (const [kind, choice] of Object.entries(choices)) {
          if (choice === null || choice === undefined) continue
          const added = choice === 'accept' ? 1 : 0
          await trx
            .insertInto('notification_subscriptions')
            .values({ user_id: userId, kind, choice, updated_at: at, grants: added })
            .onConflict((oc) =>
              oc.columns(['user_id', 'kind']).doUpdateSet((eb) => ({
                choice,
                updated_at: at,
                grants: eb('notification_subscriptions.grants', '+', added),
              })),
            )
            .execute()
        }
      })
      return find(userId)
    },
  }
}

export type SubscriptionsRepository = ReturnType<typeof createSubscriptionsRepository>
