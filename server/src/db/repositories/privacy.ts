import { randomUUID } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { PrivacyConsentScope } from '@/domain/privacy'
import type { Database } from '../schema'
import { isUnattached } from './uploads'

/** Why a staff-checked 实人认证 request closed without a decision: its person deleted their data. */
const ACCOUNT_DELETED_REASON = '本人撤回同意并删除了信息，不再核对'

/** A consent as GET /api/me shows it. */
export interface PrivacyConsentRecord {
  version: string
  /** ISO 8601 instant. */
  at: string
}

export interface NewPrivacyConsent {
  userId: string
  scope: PrivacyConsentScope
  version: string
  familyMemberId?: string | null
}

/** Inserts one consent row; callers pass their transaction so data and consent are stored together. */
export async function insertConsent(trx: Transaction<Database> | Kysely<Database>, consent: NewPrivacyConsent, now: Date): Promise<void> {
  await trx
    .insertInto('privacy_consents')
    .values({
      id: randomUUID(),
      user_id: consent.userId,
      scope: consent.scope,
      family_member_id: consent.familyMemberId ?? null,
      notice_version: consent.version,
      consented_at: now.toISOString(),
      withdrawn_at: null,
    })
    .execute()
}

/** What DELETE /api/me removed, counted (for the log line; never personal data). */
export interface ErasureCounts {
  profiles: number
  familyMembers: number
  /** Members kept because a filing was made for them (the filing's record), now soft-deleted. */
  familyMembersKeptForFilings: number
  uploads: number
  keptFilings: number
}

const count = (result: { numDeletedRows?: bigint; numUpdatedRows?: bigint }) =>
  Number(result.numDeletedRows ?? result.numUpdatedRows ?? 0n)

export function createPrivacyRepository(db: Kysely<Database>) {
  return {
    /** The latest consent of `scope` not withdrawn, or null. */
    async latestConsent(userId: string, scope: PrivacyConsentScope = 'PROFILE'): Promise<PrivacyConsentRecord | null> {
      const row = await db
        .selectFrom('privacy_consents')
        .select(['notice_version', 'consented_at'])
        .where('user_id', '=', userId)
        .where('scope', '=', scope)
        .where('withdrawn_at', 'is', null)
        .orderBy('consented_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst()
      return row ? { version: row.notice_version, at: row.consented_at } : null
    },

    /**
     * DELETE /api/me, in one transaction (个人信息保护法 第四十七条): withdraws every consent and
     * deletes the person's data — 实名信息, family members they added with their invitations and
     * authorisations, uploads no filing uses, idempotency records, notifications and subscriptions,
     * the ID number they verified (实人认证) and the photos of their verification requests — and
     * revokes authorisations they gave as a family member. Filings they made or that were
     * made for them are kept as the agency's 异地就医业务档案 (002 第五十八条), with their materials,
     * the member records they were filed for and those members' 授权委托书; the account itself is
     * kept only as the anonymous row those filings point at: its openid is replaced, so the WeChat
     * account no longer leads to it, and deleted_at makes every token of it invalid.
     */
    async eraseUser(userId: string, now: Date): Promise<ErasureCounts> {
      const at = now.toISOString()
      return db.transaction().execute(async (trx) => {
        // Lock the account row first: a profile save or member add racing this waits, then finds it gone.
        await trx.updateTable('users').set((eb) => ({ openid: eb.ref('openid') })).where('id', '=', userId).execute()

        const members = await trx.selectFrom('family_members').select('id').where('owner_user_id', '=', userId).execute()
        const memberIds = members.map((m) => m.id)
        const filedFor = memberIds.length === 0
          ? []
          : (await trx
              .selectFrom('filings')
              .select('subject_family_member_id')
              .distinct()
              .where('subject_family_member_id', 'in', memberIds)
              .execute()).map((r) => r.subject_family_member_id as string)
        const erasable = memberIds.filter((id) => !filedFor.includes(id))

        // Authorisations of the members kept: revoked, and no invitation link works any more.
        if (filedFor.length > 0) {
          await trx
            .updateTable('proxy_authorizations')
            .set({ status: 'REVOKED', revoked_at: at, updated_at: at })
            .where('family_member_id', 'in', filedFor)
            .where('status', 'in', ['PENDING_INVITE', 'PENDING_REVIEW', 'ACTIVE'])
            .execute()
          await trx.updateTable('proxy_authorizations').set({ token_hash: null }).where('family_member_id', 'in', filedFor).execute()
          await trx.updateTable('family_members').set({ deleted_at: at }).where('id', 'in', filedFor).where('deleted_at', 'is', null).execute()
        }
        let familyMembers = 0
        if (erasable.length > 0) {
          await trx.deleteFrom('proxy_authorizations').where('family_member_id', 'in', erasable).execute()
          familyMembers = count(await trx.deleteFrom('family_members').where('id', 'in', erasable).executeTakeFirst())
        }

        // As a family member: whoever filed for this person may no longer.
        await trx
          .updateTable('proxy_authorizations')
          .set({ status: 'REVOKED', revoked_at: at, updated_at: at })
          .where('principal_user_id', '=', userId)
          .where('status', 'in', ['PENDING_INVITE', 'PENDING_REVIEW', 'ACTIVE'])
          .execute()

        // 实人认证: the verified ID number is released (its real owner may verify it in another
        // account); a staff-checked request still waiting is closed; the attempts stay as the
        // record of who tried what (hashes only), without their ID photos, deleted below.
        await trx.deleteFrom('verified_identities').where('user_id', '=', userId).execute()
        await trx
          .updateTable('identity_verifications')
          .set({ outcome: 'REJECTED', failure_code: 'ACCOUNT_DELETED', failure_reason: ACCOUNT_DELETED_REASON, decided_at: at })
          .where('user_id', '=', userId)
          .where('outcome', '=', 'PENDING')
          .execute()
        await trx
          .updateTable('identity_verifications')
          .set({ id_front_upload_id: null, id_back_upload_id: null, holding_upload_id: null })
          .where('user_id', '=', userId)
          .execute()

        // Uploads nothing uses any more (no filing, kept authorisation or verification request).
        const uploads = count(await trx.deleteFrom('uploads').where('owner_user_id', '=', userId).where(isUnattached).executeTakeFirst())

        const profiles = count(await trx.deleteFrom('person_profiles').where('user_id', '=', userId).executeTakeFirst())
        await trx.deleteFrom('idempotency_keys').where('user_id', '=', userId).execute()
        await trx.deleteFrom('notifications').where('user_id', '=', userId).execute()
        await trx.deleteFrom('notification_subscriptions').where('user_id', '=', userId).execute()
        await trx.updateTable('privacy_consents').set({ withdrawn_at: at }).where('user_id', '=', userId).where('withdrawn_at', 'is', null).execute()

        const kept = await trx
          .selectFrom('filings')
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .where((eb) => eb.or([eb('user_id', '=', userId), eb('subject_user_id', '=', userId)]))
          .executeTakeFirstOrThrow()
        await trx.updateTable('users').set({ openid: `deleted:${userId}`, deleted_at: at }).where('id', '=', userId).execute()
        return {
          profiles,
          familyMembers,
          familyMembersKeptForFilings: filedFor.length,
          uploads,
          keptFilings: Number(kept.n),
        }
      })
    },
  }
}

export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>
