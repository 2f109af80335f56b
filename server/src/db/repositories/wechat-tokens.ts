import type { Kysely } from 'kysely'
import type { Database } from '../schema'

/** The WeChat access token every instance shares (notifications/wechat-token), per AppID. */
export interface StoredWechatToken {
  token: string
  /** ISO instant: fetch again from then on. */
  expiresAt: string
}

export interface ForceRefreshRule {
  /** Only when the stored token is still this one (so one instance forces per rejected token). */
  rejected: string
  now: Date
  /** The China day of `now`, YYYY-MM-DD: the count starts again each day. */
  day: string
  /** At least this long after the previous forced refresh (WeChat: 30 s). */
  minIntervalMs: number
  /** At most this many forced refreshes per day (WeChat allows 20). */
  maxPerDay: number
}

export function createWechatTokensRepository(db: Kysely<Database>) {
  return {
    async find(appId: string): Promise<StoredWechatToken | null> {
      const row = await db.selectFrom('wechat_tokens').select(['access_token', 'expires_at']).where('app_id', '=', appId).executeTakeFirst()
      return row ? { token: row.access_token, expiresAt: row.expires_at } : null
    },

    /** Stores what WeChat answered (several instances storing the same stable token agree). */
    async store(appId: string, token: StoredWechatToken, now: Date): Promise<void> {
      const values = { access_token: token.token, expires_at: token.expiresAt, fetched_at: now.toISOString() }
      await db
        .insertInto('wechat_tokens')
        .values({ app_id: appId, ...values })
        .onConflict((oc) => oc.column('app_id').doUpdateSet(values))
        .execute()
    },

    /**
     * Reserves the right to force a refresh (getStableAccessToken with force_refresh): true for
     * exactly one caller while the rule allows it, false otherwise. One conditional UPDATE, so
     * instances racing on the same rejected token force at most once.
     */
    async reserveForceRefresh(appId: string, rule: ForceRefreshRule): Promise<boolean> {
      const at = rule.now.toISOString()
      const earliestPrevious = new Date(rule.now.getTime() - rule.minIntervalMs).toISOString()
      const result = await db
        .updateTable('wechat_tokens')
        .set((eb) => ({
          force_refreshed_at: at,
          force_refresh_count: eb.case().when('force_refresh_day', '=', rule.day).then(eb('force_refresh_count', '+', 1)).else(1).end(),
          force_refresh_day: rule.day,
        }))
        .where('app_id', '=', appId)
        .where('access_token', '=', rule.rejected)
        .where((eb) => eb.or([eb('force_refreshed_at', 'is', null), eb('force_refreshed_at', '<=', earliestPrevious)]))
        .where((eb) =>
          eb.or([
            eb('force_refresh_day', 'is', null),
            eb('force_refresh_day', '<>', rule.day),
            eb('force_refresh_count', '<', rule.maxPerDay),
          ]),
        )
        .executeTakeFirst()
      return result.numUpdatedRows > 0n
    },
  }
}

export type WechatTokensRepository = ReturnType<typeof createWechatTokensRepository>
