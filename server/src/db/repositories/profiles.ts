import { sql, type Expression, type Kysely, type QueryCreator, type Selectable } from 'kysely'
import { jsonArrayFrom as postgresJsonArrayFrom } from 'kysely/helpers/postgres'
import { jsonArrayFrom as sqliteJsonArrayFrom } from 'kysely/helpers/sqlite'
import { personLock } from '../person-lock'
import { preparedQuery, type QueryTarget } from '../prepared-query'
import type { Database, Dialect, PersonProfilesTable } from '../schema'
import type { DirectSqlite } from '../sqlite-direct'
import { META_COLUMNS, toUploadRecord, type UploadRecord } from './uploads'
import { claimKey } from './idempotency-keys'
import { insertConsent } from './privacy'

export type InsuranceType = 'EMPLOYEE' | 'RESIDENT'
export type Sex = 'M' | 'F'

/** A person profile as the rest of the server sees it (camelCase, no row types). */
export interface PersonProfile {
  name: string
  idNumber: string
  phone: string
  insuredRegion: string
  insuranceType: InsuranceType
  birthDate: string
  sex: Sex
  updatedAt: string
}

export type PersonProfileInput = Omit<PersonProfile, 'updatedAt'>

function toProfile(row: Selectable<PersonProfilesTable>): PersonProfile {
  return {
    name: row.name,
    idNumber: row.id_number,
    phone: row.phone,
    insuredRegion: row.insured_region,
    insuranceType: row.insurance_type as InsuranceType,
    birthDate: row.birth_date,
    sex: row.sex as Sex,
    updatedAt: row.updated_at,
  }
}

/** An upload's columns as the JSON array of findFiler carries them. */
type UploadJsonRow = Parameters<typeof toUploadRecord>[0]

/** findFiler's row: the profile's columns (null without one), the consent's version, the uploads (JSON text on SQLite). */
type FilerRow = { [K in keyof Selectable<PersonProfilesTable>]: Selectable<PersonProfilesTable>[K] | null } & {
  consent_version: string | null
  uploads: UploadJsonRow[] | string | null
  /** PostgreSQL, with a key to claim: how many key rows the statement inserted (0: the key is taken). */
  key_claimed?: number | string | null
}

/** The key row a keyed write's first statement claims (server/src/idempotency.ts, PendingKey). */
export interface KeyToClaim {
  key: string
  requestHash: string
  at: string
}

/**
 * findFiler's one statement (see there), built and compiled once per number of uploads and lock
 * (db/prepared-query.ts, issue 15: building it took ~5 % of a filing's CPU).
 */
type FilerValues = { userId: string; uploadIds: string[]; claimKey?: string; claimHash?: string; claimAt?: string }
const filerQuery = preparedQuery<FilerValues, FilerRow, { lock: boolean; claim: boolean }>(
  (db, p, { lock, claim }, dialect) => {
    // The subquery's rows as one JSON array (json_agg on PostgreSQL, json_group_array on SQLite).
    const jsonArrayFrom = (dialect === 'postgres' ? postgresJsonArrayFrom : sqliteJsonArrayFrom) as typeof sqliteJsonArrayFrom
    // PostgreSQL: the key is claimed by this statement too (a data-modifying WITH, run whatever the select answers).
    const from: QueryCreator<Database & { claimed_key: { key: string } }> = claim
      ? db.with('claimed_key', (qb) =>
          qb
            .insertInto('idempotency_keys')
            .values({ user_id: p.userId, key: p.claimKey as string, request_hash: p.claimHash as string, status_code: null, response_body: null, created_at: p.claimAt as string })
            .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
            .returning('key'),
        )
      : (db as unknown as QueryCreator<Database & { claimed_key: { key: string } }>)
    const query = from
      .selectFrom('users')
      .leftJoin('person_profiles', 'person_profiles.user_id', 'users.id')
      .selectAll('person_profiles')
      .select((eb) => [
        eb
          .selectFrom('privacy_consents')
          .select('notice_version')
          .where('privacy_consents.user_id', '=', p.userId)
          .where('privacy_consents.scope', '=', 'PROFILE')
          .where('privacy_consents.withdrawn_at', 'is', null)
          .orderBy('privacy_consents.consented_at', 'desc')
          .orderBy('privacy_consents.id', 'desc')
          .limit(1)
          .as('consent_version'),
        ...(claim ? [eb.selectFrom('claimed_key').select((k) => k.fn.countAll<number>().as('n')).as('key_claimed')] : []),
        p.uploadIds.length === 0
          ? sql<UploadJsonRow[]>`null`.as('uploads')
          : jsonArrayFrom(
              eb
                .selectFrom('uploads')
                .select(META_COLUMNS.map((c) => `uploads.${c}` as const))
                .where('uploads.owner_user_id', '=', p.userId)
                .where('uploads.id', 'in', p.uploadIds),
            ).as('uploads'),
      ])
      .where('users.id', '=', p.userId)
      .where('users.deleted_at', 'is', null)
    // The lock on the person's ID number (db/person-lock.ts) and on the account row, in this statement.
    return lock
      ? query.select((eb) => personLock(eb.ref('person_profiles.id_number') as Expression<string>).as('person_locked')).forNoKeyUpdate('users')
      : query
  },
)

export function createProfilesRepository(db: Kysely<Database>, dialect: Dialect, direct: DirectSqlite | null = null) {
  const target: QueryTarget = { db, dialect, direct }
  return {
    async findByUserId(userId: string): Promise<PersonProfile | null> {
      const row = await db
        .selectFrom('person_profiles')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst()
      return row ? toProfile(row) : null
    },

    /**
     * findByUserId for each of `userIds`, in one statement (a list of staff's 实人认证 requests,
     * verification/review.ts): keyed by user id, those with a profile only. None given: no statement.
     */
    async findByUserIds(userIds: readonly string[]): Promise<Map<string, PersonProfile>> {
      const ids = [...new Set(userIds)]
      if (ids.length === 0) return new Map()
      const rows = await db.selectFrom('person_profiles').selectAll().where('user_id', 'in', ids).execute()
      return new Map(rows.map((row) => [row.user_id, toProfile(row)]))
    },

    /**
     * What a filing reads of its filer, in one statement (issue 15): whether the account is live
     * (null when it is unknown or deleted by its owner: what `authenticate` reads, so the filing
     * route need not read it apart); the profile (null without one); the version of the person's
     * latest standing PROFILE consent (as privacy.latestConsent picks it: newest first, withdrawn
     * ones left out; null when none); and those of `uploadIds` that exist and are theirs (as
     * uploads.findOwned answers them, in no particular order). `lockAccount` (a filing for
     * oneself, inside its transaction): on PostgreSQL the same statement also takes the lock on the
     * person's ID number that filings.lockedSubjectFilings takes on a subject (db/person-lock.ts),
     * one round trip fewer, and locks the account row (a concurrent DELETE /api/me waits for the
     * filing, or the filing finds the account gone), until the transaction ends (SQLite needs none).
     * `claim` (a keyed filing: server/src/idempotency.ts, PendingKey): the key's row is inserted
     * first unless taken (`ON CONFLICT DO NOTHING`), by the same statement on PostgreSQL (one
     * round trip fewer), by one before it on SQLite; `keyClaimed` says whether it was inserted.
     */
    async findFiler(
      userId: string,
      uploadIds: readonly string[],
      { lockAccount = false, claim }: { lockAccount?: boolean; claim?: KeyToClaim } = {},
    ): Promise<{ profile: PersonProfile | null; consentVersion: string | null; uploads: UploadRecord[]; keyClaimed?: boolean } | null> {
      // SQLite: the claim is a statement of its own, first (no round trip to save).
      let claimedApart: boolean | undefined
      if (claim && dialect !== 'postgres') {
        claimedApart = (await claimKey(target, { userId, key: claim.key, requestHash: claim.requestHash, at: claim.at })).numAffectedRows === 1n
      }
      const claimHere = claim !== undefined && dialect === 'postgres'
      const values: FilerValues = { userId, uploadIds: [...uploadIds], ...(claimHere ? { claimKey: claim.key, claimHash: claim.requestHash, claimAt: claim.at } : {}) }
      const [row] = (await filerQuery(target, values, { lock: lockAccount && dialect === 'postgres', claim: claimHere })).rows
      if (!row) return null
      // SQLite answers the JSON array as text, PostgreSQL as parsed JSON.
      const uploads = (typeof row.uploads === 'string' ? JSON.parse(row.uploads) : row.uploads ?? []) as UploadJsonRow[]
      const profile = row.user_id === null ? null : toProfile(row as Selectable<PersonProfilesTable>)
      const keyClaimed = claimHere ? Number(row.key_claimed) === 1 : claimedApart
      return { profile, consentVersion: row.consent_version ?? null, uploads: uploads.map(toUploadRecord), ...(keyClaimed === undefined ? {} : { keyClaimed }) }
    },

    /**
     * Creates or replaces the user's profile and reads it back inside one transaction,
     * so a failure leaves the previous profile exactly as it was. `consentVersion`: a new consent
     * to that 隐私保护指引 version, recorded in the same transaction (null: none given this time).
     */
    async upsert(userId: string, input: PersonProfileInput, now: Date, consentVersion: string | null = null): Promise<PersonProfile> {
      const at = now.toISOString()
      const columns = {
        name: input.name,
        id_number: input.idNumber,
        phone: input.phone,
        insured_region: input.insuredRegion,
        insurance_type: input.insuranceType,
        birth_date: input.birthDate,
        sex: input.sex,
        updated_at: at,
      }
      return db.transaction().execute(async (trx) => {
        if (consentVersion !== null) await insertConsent(trx, { userId, scope: 'PROFILE', version: consentVersion }, now)
        await trx
          .insertInto('person_profiles')
          .values({ user_id: userId, created_at: at, ...columns })
          .onConflict((oc) => oc.column('user_id').doUpdateSet(columns))
          .execute()
        const row = await trx
          .selectFrom('person_profiles')
          .selectAll()
          .where('user_id', '=', userId)
          .executeTakeFirstOrThrow()
        return toProfile(row)
      })
    },
  }
}

export type ProfilesRepository = ReturnType<typeof createProfilesRepository>
