import type { Kysely, Selectable } from 'kysely'
import type { Database, PersonProfilesTable } from '../schema'
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

export function createProfilesRepository(db: Kysely<Database>) {
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
     * The profile with the version of the person's latest standing PROFILE consent (as
     * privacy.latestConsent picks it: newest first, withdrawn ones left out; null when none), in
     * one statement: what a filing checks of its filer (issue 15). Null without a profile.
     */
    async findWithConsent(userId: string): Promise<{ profile: PersonProfile; consentVersion: string | null } | null> {
      const row = await db
        .selectFrom('person_profiles')
        .selectAll()
        .select((eb) =>
          eb
            .selectFrom('privacy_consents')
            .select('notice_version')
            .where('privacy_consents.user_id', '=', userId)
            .where('privacy_consents.scope', '=', 'PROFILE')
            .where('privacy_consents.withdrawn_at', 'is', null)
            .orderBy('privacy_consents.consented_at', 'desc')
            .orderBy('privacy_consents.id', 'desc')
            .limit(1)
            .as('consent_version'),
        )
        .where('person_profiles.user_id', '=', userId)
        .executeTakeFirst()
      return row ? { profile: toProfile(row), consentVersion: row.consent_version ?? null } : null
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
