// Why over 300 lines: family members and their authorisations are one aggregate, read and written in the same transactions.
import { randomUUID } from 'node:crypto'
import type { Kysely, Selectable, Transaction } from 'kysely'
import type { AuthorizationMethod, AuthorizationStatus } from '@/domain/family'
import type { CreateFamilyMemberBody, FamilyRelation } from '@/domain/family'
import type { Database, FamilyMembersTable, ProxyAuthorizationsTable } from '../schema'
import { appendAudit, type NewAuditEntry } from './audit'
import type { InsuranceType } from './profiles'
import { insertConsent } from './privacy'
import { inTransaction } from '../in-transaction'

/** A family member as the rest of the server sees it (camelCase, no row types). */
export interface FamilyMemberRecord extends NewFamilyMember {
  id: string
  ownerUserId: string
  createdAt: string
  deletedAt: string | null
}

/** What a new family member row is made from: the checked `POST /api/family-members` body. */
export type NewFamilyMember = CreateFamilyMemberBody

/** One authorisation request as stored (EXPIRED is worked out from expiresAt, never stored). */
export interface AuthorizationRecord {
  id: string
  familyMemberId: string
  proxyUserId: string
  principalUserId: string | null
  method: AuthorizationMethod
  status: AuthorizationStatus
  expiresAt: string | null
  letterUploadId: string | null
  idPhotoUploadId: string | null
  reasons: string[]
  createdAt: string
  updatedAt: string
  acceptedAt: string | null
  decidedAt: string | null
  /** When it was withdrawn, replaced while pending, or its member removed; null otherwise. */
  revokedAt: string | null
  /** Who decided on a 授权委托书 (a staff username or service:reviewer-token); null before that was recorded. */
  decidedBy: { id: string | null; name: string } | null
  /** An invitation sent for an emergency stay: its admission day 'YYYY-MM-DD'; null otherwise. */
  emergencyAdmittedOn: string | null
}

/** A member with their latest authorisation (null before any was asked for). */
export interface MemberWithAuthorization {
  member: FamilyMemberRecord
  authorization: AuthorizationRecord | null
}

export type CreateMemberOutcome =
  | { outcome: 'CREATED'; member: FamilyMemberRecord }
  | { outcome: 'LIMIT' }
  | { outcome: 'EXISTS' }

export interface NewAuthorization {
  method: AuthorizationMethod
  /** INVITATION: the SHA-256 of the token and its expiry. */
  tokenHash?: string
  expiresAt?: string
  /** The emergency stay it is sent for (admission day), if any. */
  emergencyAdmittedOn?: string
  /** DOCUMENT: the signed 授权委托书 and the member's ID photo. */
  letterUploadId?: string
  idPhotoUploadId?: string
}

export type RequestAuthorizationOutcome =
  | { outcome: 'CREATED'; authorization: AuthorizationRecord }
  | { outcome: 'MEMBER_GONE' }
  | { outcome: 'ALREADY_ACTIVE' }

/** An active authorisation as its principal sees it. */
export interface ProxyRecord {
  authorizationId: string
  proxyUserId: string
  relation: FamilyRelation
  since: string
}

const PENDING: AuthorizationStatus[] = ['PENDING_INVITE', 'PENDING_REVIEW']

function toMember(row: Selectable<FamilyMembersTable>): FamilyMemberRecord {
  return {
    id: row.id,
    ownerUserId: row.owner_user_id,
    name: row.name,
    idNumber: row.id_number,
    relation: row.relation as FamilyRelation,
    phone: row.phone,
    insuredRegion: row.insured_region,
    insuranceType: row.insurance_type as InsuranceType,
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
  }
}

function toAuthorization(row: Selectable<ProxyAuthorizationsTable>): AuthorizationRecord {
  return {
    id: row.id,
    familyMemberId: row.family_member_id,
    proxyUserId: row.proxy_user_id,
    principalUserId: row.principal_user_id,
    method: row.method as AuthorizationMethod,
    status: row.status as AuthorizationStatus,
    expiresAt: row.expires_at,
    letterUploadId: row.letter_upload_id,
    idPhotoUploadId: row.id_photo_upload_id,
    reasons: JSON.parse(row.reasons) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    acceptedAt: row.accepted_at,
    decidedAt: row.decided_at,
    revokedAt: row.revoked_at,
    decidedBy: row.decided_by_name === null ? null : { id: row.decided_by_id, name: row.decided_by_name },
    emergencyAdmittedOn: row.emergency_admitted_on,
  }
}

/** On PostgreSQL the no-op update holds the row's lock until the transaction ends (SQLite runs one at a time). */
async function lockUser(trx: Transaction<Database>, userId: string): Promise<void> {
  await trx.updateTable('users').set((eb) => ({ openid: eb.ref('openid') })).where('id', '=', userId).execute()
}

export function createFamilyRepository(db: Kysely<Database>) {
  /** The latest authorisation of each member (the highest seq). */
  /**
   * The invitations that wait on the people with `idNumbers` (non-empty): pending, unexpired at
   * `now`, for live members carrying one of those ID numbers; oldest first. Each caller adds what it
   * selects of the member.
   */
  const waitingInvitations = (idNumbers: readonly string[], now: Date) =>
    db
      .selectFrom('proxy_authorizations')
      .innerJoin('family_members', 'family_members.id', 'proxy_authorizations.family_member_id')
      .selectAll('proxy_authorizations')
      .where('family_members.id_number', 'in', [...idNumbers])
      .where('family_members.deleted_at', 'is', null)
      .where('proxy_authorizations.method', '=', 'INVITATION')
      .where('proxy_authorizations.status', '=', 'PENDING_INVITE')
      .where('proxy_authorizations.expires_at', '>', now.toISOString())
      .orderBy('proxy_authorizations.created_at')
      .orderBy('proxy_authorizations.id')

  async function latestAuthorizations(memberIds: readonly string[]): Promise<Map<string, AuthorizationRecord>> {
    const latest = new Map<string, AuthorizationRecord>()
    if (memberIds.length === 0) return latest
    const rows = await db
      .selectFrom('proxy_authorizations')
      .selectAll()
      .where('family_member_id', 'in', [...memberIds])
      .orderBy('family_member_id')
      .orderBy('seq', 'desc')
      .execute()
    for (const row of rows) if (!latest.has(row.family_member_id)) latest.set(row.family_member_id, toAuthorization(row))
    return latest
  }

  return {
    /** The owner's members not deleted, oldest first, each with the latest authorisation. */
    async listLive(ownerUserId: string): Promise<MemberWithAuthorization[]> {
      const rows = await db
        .selectFrom('family_members')
        .selectAll()
        .where('owner_user_id', '=', ownerUserId)
        .where('deleted_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      const latest = await latestAuthorizations(rows.map((r) => r.id))
      return rows.map((row) => ({ member: toMember(row), authorization: latest.get(row.id) ?? null }))
    },

    /** One member of the owner, not deleted; null for anyone else's, a deleted one or an unknown id. */
    async findLive(ownerUserId: string, id: string): Promise<MemberWithAuthorization | null> {
      const row = await db
        .selectFrom('family_members')
        .selectAll()
        .where('id', '=', id)
        .where('owner_user_id', '=', ownerUserId)
        .where('deleted_at', 'is', null)
        .executeTakeFirst()
      if (!row) return null
      const latest = await latestAuthorizations([row.id])
      return { member: toMember(row), authorization: latest.get(row.id) ?? null }
    },

    /** Any member by id, deleted or not (to describe an authorisation). */
    async findById(id: string): Promise<FamilyMemberRecord | null> {
      const row = await db.selectFrom('family_members').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? toMember(row) : null
    },

    /** Members by id, deleted or not, in one statement (none for an empty list); keyed by id. */
    async findByIds(ids: readonly string[]): Promise<Map<string, FamilyMemberRecord>> {
      const wanted = [...new Set(ids)]
      if (wanted.length === 0) return new Map()
      const rows = await db.selectFrom('family_members').selectAll().where('id', 'in', wanted).execute()
      return new Map(rows.map((row) => [row.id, toMember(row)]))
    },

    /**
     * Adds a member unless the owner already has `limit` live ones or one with the same ID number;
     * the owner's row is locked meanwhile, so two requests racing cannot both slip under the limit.
     * The owner's consent to `consentVersion` of the 隐私保护指引 for this member is recorded with it.
     */
    async create(ownerUserId: string, input: NewFamilyMember, limit: number, now: Date, consentVersion: string): Promise<CreateMemberOutcome> {
      return inTransaction(db, async (trx) => {
        await lockUser(trx, ownerUserId)
        const live = await trx
          .selectFrom('family_members')
          .select(['id', 'id_number'])
          .where('owner_user_id', '=', ownerUserId)
          .where('deleted_at', 'is', null)
          .execute()
        if (live.some((m) => m.id_number === input.idNumber)) return { outcome: 'EXISTS' } as const
        if (live.length >= limit) return { outcome: 'LIMIT' } as const
        const row: Selectable<FamilyMembersTable> = {
          id: randomUUID(),
          owner_user_id: ownerUserId,
          name: input.name,
          id_number: input.idNumber,
          relation: input.relation,
          phone: input.phone,
          insured_region: input.insuredRegion,
          insurance_type: input.insuranceType,
          created_at: now.toISOString(),
          deleted_at: null,
        }
        await trx.insertInto('family_members').values(row).execute()
        await insertConsent(trx, { userId: ownerUserId, scope: 'FAMILY_MEMBER', version: consentVersion, familyMemberId: row.id }, now)
        return { outcome: 'CREATED', member: toMember(row) } as const
      })
    },

    /** Soft-deletes the owner's member and revokes every authorisation of it, in one transaction. False when not theirs or gone. */
    async softDelete(ownerUserId: string, id: string, now: Date): Promise<boolean> {
      const at = now.toISOString()
      return db.transaction().execute(async (trx) => {
        const { numUpdatedRows } = await trx
          .updateTable('family_members')
          .set({ deleted_at: at })
          .where('id', '=', id)
          .where('owner_user_id', '=', ownerUserId)
          .where('deleted_at', 'is', null)
          .executeTakeFirst()
        if (numUpdatedRows === 0n) return false
        await trx
          .updateTable('proxy_authorizations')
          .set({ status: 'REVOKED', revoked_at: at, updated_at: at })
          .where('family_member_id', '=', id)
          .where('status', 'in', [...PENDING, 'ACTIVE'])
          .execute()
        return true
      })
    },

    /**
     * A new authorisation request for the owner's live member: a pending one is replaced (marked
     * REVOKED); refused while one is ACTIVE. One transaction, the member row locked.
     */
    async requestAuthorization(
      ownerUserId: string,
      memberId: string,
      input: NewAuthorization,
      now: Date,
    ): Promise<RequestAuthorizationOutcome> {
      const at = now.toISOString()
      return db.transaction().execute(async (trx) => {
        const { numUpdatedRows } = await trx
          .updateTable('family_members')
          .set((eb) => ({ relation: eb.ref('relation') }))
          .where('id', '=', memberId)
          .where('owner_user_id', '=', ownerUserId)
          .where('deleted_at', 'is', null)
          .executeTakeFirst()
        if (numUpdatedRows === 0n) return { outcome: 'MEMBER_GONE' } as const
        const active = await trx
          .selectFrom('proxy_authorizations')
          .select('id')
          .where('family_member_id', '=', memberId)
          .where('status', '=', 'ACTIVE')
          .executeTakeFirst()
        if (active) return { outcome: 'ALREADY_ACTIVE' } as const
        await trx
          .updateTable('proxy_authorizations')
          .set({ status: 'REVOKED', revoked_at: at, updated_at: at })
          .where('family_member_id', '=', memberId)
          .where('status', 'in', PENDING)
          .execute()
        const last = await trx
          .selectFrom('proxy_authorizations')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .where('family_member_id', '=', memberId)
          .executeTakeFirst()
        const row: Selectable<ProxyAuthorizationsTable> = {
          id: randomUUID(),
          family_member_id: memberId,
          seq: last?.seq === null || last?.seq === undefined ? 0 : Number(last.seq) + 1,
          proxy_user_id: ownerUserId,
          principal_user_id: null,
          method: input.method,
          status: input.method === 'INVITATION' ? 'PENDING_INVITE' : 'PENDING_REVIEW',
          token_hash: input.tokenHash ?? null,
          expires_at: input.expiresAt ?? null,
          letter_upload_id: input.letterUploadId ?? null,
          id_photo_upload_id: input.idPhotoUploadId ?? null,
          reasons: '[]',
          created_at: at,
          updated_at: at,
          decided_by_id: null,
          decided_by_name: null,
          accepted_at: null,
          decided_at: null,
          revoked_at: null,
          emergency_admitted_on: input.emergencyAdmittedOn ?? null,
        }
        await trx.insertInto('proxy_authorizations').values(row).execute()
        return { outcome: 'CREATED', authorization: toAuthorization(row) } as const
      })
    },

    async findAuthorization(id: string): Promise<AuthorizationRecord | null> {
      const row = await db.selectFrom('proxy_authorizations').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? toAuthorization(row) : null
    },

    /** The invitation with this token hash (any status), or null. */
    async findByTokenHash(tokenHash: string): Promise<AuthorizationRecord | null> {
      const row = await db
        .selectFrom('proxy_authorizations')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('method', '=', 'INVITATION')
        .executeTakeFirst()
      return row ? toAuthorization(row) : null
    },

    /**
     * Invitations that wait on the person with this ID number: pending, unexpired (at `now`),
     * for a live member carrying that ID number; oldest first. The caller checks who may see them.
     */
    async listWaitingInvitations(idNumber: string, now: Date): Promise<Array<{ authorization: AuthorizationRecord; member: FamilyMemberRecord }>> {
      const rows = await waitingInvitations([idNumber], now).select('family_members.id as member_id').execute()
      const members = rows.length === 0
        ? []
        : await db.selectFrom('family_members').selectAll().where('id', 'in', rows.map((r) => r.member_id)).execute()
      const byId = new Map(members.map((m) => [m.id, toMember(m)]))
      return rows.flatMap(({ member_id, ...row }) => {
        const member = byId.get(member_id)
        return member ? [{ authorization: toAuthorization(row), member }] : []
      })
    },

    /**
     * The pending, unexpired invitations (at `now`) sent for an emergency stay to live members
     * carrying any of `idNumbers`, each with the member's ID number and 参保地 (whose rule counts the
     * stay's deadline), in one statement (the staff 实人认证 list: whose photo check holds up a stay's
     * 补办). [] for no ID numbers.
     */
    async listWaitingStayInvitations(
      idNumbers: readonly string[],
      now: Date,
    ): Promise<Array<{ authorization: AuthorizationRecord; idNumber: string; insuredRegion: string }>> {
      if (idNumbers.length === 0) return []
      const rows = await waitingInvitations(idNumbers, now)
        .select(['family_members.id_number as m_id_number', 'family_members.insured_region as m_insured_region'])
        .where('proxy_authorizations.emergency_admitted_on', 'is not', null)
        .execute()
      return rows.map(({ m_id_number, m_insured_region, ...row }) => ({ authorization: toAuthorization(row), idNumber: m_id_number, insuredRegion: m_insured_region }))
    },

    /** Accepts a pending, unexpired invitation for `principalUserId`; false when it no longer is one. */
    async accept(id: string, principalUserId: string, now: Date): Promise<boolean> {
      const at = now.toISOString()
      const { numUpdatedRows } = await db
        .updateTable('proxy_authorizations')
        .set({ status: 'ACTIVE', principal_user_id: principalUserId, accepted_at: at, updated_at: at })
        .where('id', '=', id)
        .where('status', '=', 'PENDING_INVITE')
        .where('expires_at', '>', at)
        .executeTakeFirst()
      return numUpdatedRows > 0n
    },

    /** Who may file for `principalUserId` now (their ACTIVE authorisations), oldest first. */
    async listProxies(principalUserId: string): Promise<ProxyRecord[]> {
      const rows = await db
        .selectFrom('proxy_authorizations')
        .innerJoin('family_members', 'family_members.id', 'proxy_authorizations.family_member_id')
        .select([
          'proxy_authorizations.id',
          'proxy_authorizations.proxy_user_id',
          'proxy_authorizations.accepted_at',
          'family_members.relation',
        ])
        .where('proxy_authorizations.principal_user_id', '=', principalUserId)
        .where('proxy_authorizations.status', '=', 'ACTIVE')
        .orderBy('proxy_authorizations.accepted_at')
        .orderBy('proxy_authorizations.id')
        .execute()
      return rows.map((r) => ({
        authorizationId: r.id,
        proxyUserId: r.proxy_user_id,
        relation: r.relation as FamilyRelation,
        since: r.accepted_at ?? '',
      }))
    },

    /** The principal withdraws an ACTIVE authorisation; false when it is not theirs or not active. */
    async revokeByPrincipal(principalUserId: string, id: string, now: Date): Promise<boolean> {
      const at = now.toISOString()
      const { numUpdatedRows } = await db
        .updateTable('proxy_authorizations')
        .set({ status: 'REVOKED', revoked_at: at, updated_at: at })
        .where('id', '=', id)
        .where('principal_user_id', '=', principalUserId)
        .where('status', '=', 'ACTIVE')
        .executeTakeFirst()
      return numUpdatedRows > 0n
    },

    /** 授权委托书 requests for staff, in any of `statuses`, oldest first. */
    async listForReview(statuses: readonly AuthorizationStatus[]): Promise<AuthorizationRecord[]> {
      const rows = await db
        .selectFrom('proxy_authorizations')
        .selectAll()
        .where('method', '=', 'DOCUMENT')
        .where('status', 'in', [...statuses])
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      return rows.map(toAuthorization)
    },

    /** Every authorisation request of one member, in the order they were made. */
    async listForMember(memberId: string): Promise<AuthorizationRecord[]> {
      const rows = await db
        .selectFrom('proxy_authorizations')
        .selectAll()
        .where('family_member_id', '=', memberId)
        .orderBy('seq')
        .execute()
      return rows.map(toAuthorization)
    },

    /**
     * Refused 授权委托书 of these proxies for members with these ID numbers (deleted members too),
     * oldest first, each with its member's ID number, in one statement; none for empty lists.
     * The caller pairs them (a proxy and an ID number of the same letter).
     */
    async listRefusedLetters(
      proxyUserIds: readonly string[],
      idNumbers: readonly string[],
    ): Promise<Array<{ authorization: AuthorizationRecord; idNumber: string }>> {
      if (proxyUserIds.length === 0 || idNumbers.length === 0) return []
      const rows = await db
        .selectFrom('proxy_authorizations')
        .innerJoin('family_members', 'family_members.id', 'proxy_authorizations.family_member_id')
        .selectAll('proxy_authorizations')
        .select('family_members.id_number as member_id_number')
        .where('proxy_authorizations.method', '=', 'DOCUMENT')
        .where('proxy_authorizations.status', '=', 'REJECTED')
        .where('proxy_authorizations.proxy_user_id', 'in', [...new Set(proxyUserIds)])
        .where('family_members.id_number', 'in', [...new Set(idNumbers)])
        .orderBy('proxy_authorizations.created_at')
        .orderBy('proxy_authorizations.id')
        .execute()
      return rows.map(({ member_id_number, ...row }) => ({ authorization: toAuthorization(row), idNumber: member_id_number }))
    },

    /**
     * Staff decide on a 授权委托书 still PENDING_REVIEW (the check is in the UPDATE, so of two
     * reviewers deciding at once only one succeeds); false when it no longer is. `audit` is written
     * in the same transaction.
     */
    async decide(
      id: string,
      toStatus: 'ACTIVE' | 'REJECTED',
      reasons: readonly string[],
      decidedBy: { id: string; name: string },
      audit: NewAuditEntry,
      now: Date,
    ): Promise<boolean> {
      const at = now.toISOString()
      return db.transaction().execute(async (trx) => {
        const { numUpdatedRows } = await trx
          .updateTable('proxy_authorizations')
          .set({
            status: toStatus,
            reasons: JSON.stringify(reasons),
            decided_at: at,
            updated_at: at,
            decided_by_id: decidedBy.id,
            decided_by_name: decidedBy.name,
          })
          .where('id', '=', id)
          .where('method', '=', 'DOCUMENT')
          .where('status', '=', 'PENDING_REVIEW')
          .executeTakeFirst()
        if (numUpdatedRows === 0n) return false
        await appendAudit(trx, audit, now)
        return true
      })
    },
  }
}

export type FamilyRepository = ReturnType<typeof createFamilyRepository>
