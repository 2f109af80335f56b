import { randomUUID } from 'node:crypto'
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import type { VerificationMethod } from '@/domain/verification'
import { preparedQuery, type QueryTarget } from '../prepared-query'
import type { Database, Dialect, IdentityVerificationsTable, VerifiedIdentitiesTable } from '../schema'
import type { DirectSqlite } from '../sqlite-direct'
import { isUniqueViolation } from '../unique-violation'
import { appendAudit, type NewAuditEntry } from './audit'
import type { IdentityHasher } from '@server/verification/identity-hash'

/** Outcome of one attempt: PASSED/FAILED for face and dev, PENDING → APPROVED/REJECTED for staff. */
export type AttemptOutcome = 'PASSED' | 'FAILED' | 'PENDING' | 'APPROVED' | 'REJECTED'

export interface VerificationAttempt {
  id: string
  userId: string
  method: VerificationMethod
  outcome: AttemptOutcome
  failureCode: string | null
  failureReason: string | null
  idHash: string
  nameHash: string
  photos: { idFrontUploadId: string; idBackUploadId: string; holdingUploadId: string } | null
  createdAt: string
  decidedAt: string | null
}

export interface NewAttempt {
  userId: string
  method: VerificationMethod
  outcome: AttemptOutcome
  failureCode?: string | null
  failureReason?: string | null
  idHash: string
  nameHash: string
  /** SHA-256 of WeChat's verify_result: unique, so a result counts once. */
  resultHash?: string | null
  photos?: VerificationAttempt['photos']
}

export interface VerifiedIdentity {
  idHash: string
  userId: string
  nameHash: string
  method: VerificationMethod
  verificationId: string
  verifiedAt: string
}

/** What recording an attempt came to: REPLAYED when its result was used before, TAKEN when another account holds the ID. */
export type RecordOutcome =
  | { outcome: 'RECORDED'; attempt: VerificationAttempt }
  | { outcome: 'REPLAYED' }
  | { outcome: 'TAKEN'; holder: VerifiedIdentity }

function toAttempt(row: Selectable<IdentityVerificationsTable>): VerificationAttempt {
  return {
    id: row.id,
    userId: row.user_id,
    method: row.method as VerificationMethod,
    outcome: row.outcome as AttemptOutcome,
    failureCode: row.failure_code,
    failureReason: row.failure_reason,
    idHash: row.id_hash,
    nameHash: row.name_hash,
    photos:
      row.id_front_upload_id && row.id_back_upload_id && row.holding_upload_id
        ? { idFrontUploadId: row.id_front_upload_id, idBackUploadId: row.id_back_upload_id, holdingUploadId: row.holding_upload_id }
        : null,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  }
}

function toVerified(row: Selectable<VerifiedIdentitiesTable>): VerifiedIdentity {
  return {
    idHash: row.id_hash,
    userId: row.user_id,
    nameHash: row.name_hash,
    method: row.method as VerificationMethod,
    verificationId: row.verification_id,
    verifiedAt: row.verified_at,
  }
}

function attemptRow(input: NewAttempt, now: Date): Selectable<IdentityVerificationsTable> {
  return {
    id: randomUUID(),
    user_id: input.userId,
    method: input.method,
    outcome: input.outcome,
    failure_code: input.failureCode ?? null,
    failure_reason: input.failureReason ?? null,
    id_hash: input.idHash,
    name_hash: input.nameHash,
    result_hash: input.resultHash ?? null,
    id_front_upload_id: input.photos?.idFrontUploadId ?? null,
    id_back_upload_id: input.photos?.idBackUploadId ?? null,
    holding_upload_id: input.photos?.holdingUploadId ?? null,
    created_at: now.toISOString(),
    decided_at: input.outcome === 'PENDING' ? null : now.toISOString(),
  }
}

/** Makes `userId` the holder of the attempt's ID (dropping whatever they held before). */
async function hold(trx: Transaction<Database>, attempt: VerificationAttempt, now: Date): Promise<void> {
  await trx.deleteFrom('verified_identities').where('user_id', '=', attempt.userId).execute()
  await trx
    .insertInto('verified_identities')
    .values({
      id_hash: attempt.idHash,
      user_id: attempt.userId,
      name_hash: attempt.nameHash,
      method: attempt.method,
      verification_id: attempt.id,
      verified_at: now.toISOString(),
    })
    .execute()
}

/** identityOf's statement, built and compiled once (db/prepared-query.ts, issue 15: every filing runs it). */
const identityQuery = preparedQuery<{ userId: string; idHash: string }, Selectable<VerifiedIdentitiesTable>>((db, p) =>
  db
    .selectFrom('verified_identities')
    .selectAll()
    .where((eb) => eb.or([eb('user_id', '=', p.userId), eb('id_hash', '=', p.idHash)])),
)

/** An account's own verified identity and the holder of an ID hash (identityOf's answer). */
export interface IdentityOf {
  own: VerifiedIdentity | null
  holder: VerifiedIdentity | null
}

/**
 * identityOf's answer from the verified_identities rows `where user_id = userId or id_hash =
 * idHash` (at most two: each column is unique), read by identityOf or inside a larger read
 * (filings.lockedOwnFilings on PostgreSQL).
 */
export function identityFromRows(rows: ReadonlyArray<Selectable<VerifiedIdentitiesTable>>, userId: string, idHash: string): IdentityOf {
  const own = rows.find((r) => r.user_id === userId)
  const holder = rows.find((r) => r.id_hash === idHash)
  return { own: own ? toVerified(own) : null, holder: holder ? toVerified(holder) : null }
}

/** identityOf's statement on `target` (QueryTarget: a transaction's connection on SQLite). */
export async function readIdentityOf(target: QueryTarget, userId: string, idHash: string): Promise<IdentityOf> {
  return identityFromRows((await identityQuery(target, { userId, idHash })).rows, userId, idHash)
}

/**
 * `hash`: how ID numbers and names are kept (keyed, verification/identity-hash.ts); callers hash
 * with it too. `dialect`, `direct`: where identityOf runs (db/prepared-query.ts).
 */
/** Work done in the transaction that makes an account VERIFIED (record, decideStaff). */
export type OnVerified = (trx: Transaction<Database>) => Promise<unknown>

export function createVerificationsRepository(db: Kysely<Database>, hash: IdentityHasher, dialect: Dialect, direct: DirectSqlite | null = null) {
  const target: QueryTarget = { db, dialect, direct }
  const findHolder = async (executor: Kysely<Database>, idHash: string) => {
    const row = await executor.selectFrom('verified_identities').selectAll().where('id_hash', '=', idHash).executeTakeFirst()
    return row ? toVerified(row) : null
  }

  return {
    /** The keyed hashes an ID number and a name are stored and looked up by. */
    hash,

    /**
     * Records an attempt; a PASSED one also makes the account the ID's holder, in the same
     * transaction. A result hash seen before → REPLAYED (nothing written); an ID held by
     * another account → TAKEN (the attempt is recorded as FAILED with code ID_TAKEN).
     */
    /**
     * `onVerified`: run in the same transaction once a PASSED attempt holds the ID (the filings
     * waiting on it are released there: verification/release.ts); what it throws undoes the attempt.
     */
    async record(input: NewAttempt, now: Date, onVerified?: OnVerified): Promise<RecordOutcome> {
      try {
        return await db.transaction().execute(async (trx): Promise<RecordOutcome> => {
          if (input.outcome === 'PASSED') {
            const holder = await findHolder(trx, input.idHash)
            if (holder && holder.userId !== input.userId) {
              const row = attemptRow({ ...input, outcome: 'FAILED', failureCode: 'ID_TAKEN', failureReason: '身份证号已由另一个账号认证' }, now)
              await trx.insertInto('identity_verifications').values(row).execute()
              return { outcome: 'TAKEN', holder }
            }
          }
          const row = attemptRow(input, now)
          await trx.insertInto('identity_verifications').values(row).execute()
          const attempt = toAttempt(row)
          if (input.outcome === 'PASSED') {
            await hold(trx, attempt, now)
            await onVerified?.(trx)
          }
          return { outcome: 'RECORDED', attempt }
        })
      } catch (error) {
        if (isUniqueViolation(error, 'result_hash')) return { outcome: 'REPLAYED' }
        if (isUniqueViolation(error, 'id_hash')) {
          const holder = await findHolder(db, input.idHash)
          if (holder) return { outcome: 'TAKEN', holder }
        }
        throw error
      }
    },

    async holderOf(idHash: string): Promise<VerifiedIdentity | null> {
      return findHolder(db, idHash)
    },

    /**
     * holderOf for each of `idHashes`, in one statement (a list of staff's 实人认证 requests,
     * verification/review.ts): keyed by ID hash, the held ones only. None given: no statement.
     */
    async holdersOf(idHashes: readonly string[]): Promise<Map<string, VerifiedIdentity>> {
      const hashes = [...new Set(idHashes)]
      if (hashes.length === 0) return new Map()
      const rows = await db.selectFrom('verified_identities').selectAll().where('id_hash', 'in', hashes).execute()
      return new Map(rows.map((row) => [row.id_hash, toVerified(row)]))
    },

    /**
     * In one statement (issue 15): the account's own verified identity (`own`, as verifiedFor)
     * and the holder of the ID hash (`holder`, as holderOf) — the same row when the account
     * verified that ID. At most two rows: user_id and id_hash are each unique.
     */
    async identityOf(userId: string, idHash: string): Promise<IdentityOf> {
      return readIdentityOf(target, userId, idHash)
    },

    /**
     * The account's 实名信息 ID number and name with the identity it verified, in one read (null
     * when it has either none): the caller compares the hashes (verify.ts verifiedIdNumber).
     */
    async profileWithVerified(userId: string): Promise<{ idNumber: string; name: string; verified: VerifiedIdentity } | null> {
      const row = await db
        .selectFrom('verified_identities')
        .innerJoin('person_profiles', 'person_profiles.user_id', 'verified_identities.user_id')
        .selectAll('verified_identities')
        .select(['person_profiles.id_number', 'person_profiles.name'])
        .where('verified_identities.user_id', '=', userId)
        .executeTakeFirst()
      if (!row) return null
      const { id_number: idNumber, name, ...verified } = row
      return { idNumber, name, verified: toVerified(verified) }
    },

    async verifiedFor(userId: string): Promise<VerifiedIdentity | null> {
      const row = await db.selectFrom('verified_identities').selectAll().where('user_id', '=', userId).executeTakeFirst()
      return row ? toVerified(row) : null
    },

    /** Drops the account's verified identity (its name or ID number changed). */
    async clear(userId: string): Promise<void> {
      await db.deleteFrom('verified_identities').where('user_id', '=', userId).execute()
    },

    async resultSeen(resultHash: string): Promise<boolean> {
      const row = await db.selectFrom('identity_verifications').select('id').where('result_hash', '=', resultHash).executeTakeFirst()
      return row !== undefined
    },

    /** Failed face/dev attempts since `sinceIso` (the rate limit counts these). */
    async countFailedSince(userId: string, sinceIso: string): Promise<number> {
      const row = await db
        .selectFrom('identity_verifications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('outcome', '=', 'FAILED')
        .where('created_at', '>=', sinceIso)
        .executeTakeFirstOrThrow()
      return Number(row.n)
    },

    /** The account's staff-checked request that counts: the pending one, else the latest decided. */
    async latestStaffRequest(userId: string): Promise<VerificationAttempt | null> {
      const row = await db
        .selectFrom('identity_verifications')
        .selectAll()
        .where('user_id', '=', userId)
        .where('method', '=', 'STAFF')
        // At most one is pending; the clock may not move between two requests (tests, fast hands).
        .orderBy(sql`case when outcome = 'PENDING' then 0 else 1 end`)
        .orderBy('created_at', 'desc')
        .orderBy('decided_at', 'desc')
        .executeTakeFirst()
      return row ? toAttempt(row) : null
    },

    async findAttempt(id: string): Promise<VerificationAttempt | null> {
      const row = await db.selectFrom('identity_verifications').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? toAttempt(row) : null
    },

    /** Every attempt of one account, newest first (staff see them beside a request). */
    async listForUser(userId: string): Promise<VerificationAttempt[]> {
      const rows = await db
        .selectFrom('identity_verifications')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .execute()
      return rows.map(toAttempt)
    },

    /** Staff-checked requests in one state, oldest first. */
    async staffQueue(outcome: 'PENDING' | 'APPROVED' | 'REJECTED'): Promise<VerificationAttempt[]> {
      const rows = await db
        .selectFrom('identity_verifications')
        .selectAll()
        .where('method', '=', 'STAFF')
        .where('outcome', '=', outcome)
        .orderBy('created_at', 'asc')
        .execute()
      return rows.map(toAttempt)
    },

    /**
     * Staff's decision on a PENDING request; false when it was no longer pending. Approving
     * makes the requester the ID's holder, replacing any other account (staff saw the conflict).
     */
    async decideStaff(
      id: string,
      decision: { approve: true } | { approve: false; reason: string },
      now: Date,
      audit?: NewAuditEntry,
      /** Run in the same transaction after an approval holds the ID (as record's). */
      onVerified?: OnVerified,
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('identity_verifications')
          .set({
            outcome: decision.approve ? 'APPROVED' : 'REJECTED',
            failure_reason: decision.approve ? null : decision.reason,
            failure_code: decision.approve ? null : 'STAFF_REJECTED',
            decided_at: now.toISOString(),
          })
          .where('id', '=', id)
          .where('outcome', '=', 'PENDING')
          .executeTakeFirst()
        if (Number(updated.numUpdatedRows) !== 1) return false
        if (decision.approve) {
          const row = await trx.selectFrom('identity_verifications').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
          const attempt = toAttempt(row)
          await trx.deleteFrom('verified_identities').where('id_hash', '=', attempt.idHash).execute()
          await hold(trx, attempt, now)
          await onVerified?.(trx)
        }
        // In the same transaction: a decision and its audit entry stand or fall together.
        if (audit) await appendAudit(trx, audit, now)
        return true
      })
    },
  }
}

export type VerificationsRepository = ReturnType<typeof createVerificationsRepository>
