import { sql, type Selectable, type Transaction } from 'kysely'
import { normalizeIdNumber } from '@/domain/validation/id-number'
import { preparedQuery, type QueryTarget } from '../prepared-query'
import type { Database, FilingsTable, VerifiedIdentitiesTable } from '../schema'
import { subjectFilings } from './filing-writes'
import { toFilingRecord, type FilingRecord } from './filing-records'
import { identityFromRows, readIdentityOf, type IdentityOf } from './verifications'

/** A filer's own filings (newest first) and their identity facts (verifications.identityOf). */
export interface OwnFilings extends IdentityOf {
  filings: FilingRecord[]
}

type OwnRow = { [K in keyof Selectable<FilingsTable>]: Selectable<FilingsTable>[K] | null } & {
  identities: Array<Selectable<VerifiedIdentitiesTable>>
}

/**
 * PostgreSQL: identityOf's rows (as one JSON array) beside each of the person's filings, in one
 * statement: the verified_identities subquery always answers one row, so there is one row even
 * without filings (its filing columns null). Built and compiled once (db/prepared-query.ts).
 */
const ownFilingsPostgres = preparedQuery<{ idNumber: string; userId: string; idHash: string }, OwnRow>((db, p) =>
  db
    .selectFrom((eb) =>
      eb
        .selectFrom('verified_identities')
        .select(sql<Array<Selectable<VerifiedIdentitiesTable>>>`coalesce(json_agg(verified_identities.*), '[]'::json)`.as('identities'))
        .where((w) => w.or([w('verified_identities.user_id', '=', p.userId), w('verified_identities.id_hash', '=', p.idHash)]))
        .as('identity'),
    )
    .leftJoin('filings', (join) => join.on('filings.subject_id_number', '=', p.idNumber))
    .selectAll('filings')
    .select('identity.identities')
    .orderBy('filings.created_at', 'desc')
    .orderBy('filings.number', 'desc'),
)

/**
 * What a filing for oneself reads after findFiler (issue 15), inside its transaction `trx`: the
 * filer's identity facts for `idHash` (as verifications.identityOf answers them) and all filings
 * whose subject has the filer's ID number (as filings.lockedSubjectFilings answers them). The
 * transaction must hold the person's lock already (profiles.findFiler with `lockAccount`), so the
 * filings are read after it was taken. On PostgreSQL one statement (one round trip fewer); on
 * SQLite the two statements straight on the transaction's connection (`target.direct`), where a
 * statement costs no round trip. Throws outside a transaction.
 */
export async function lockedOwnFilings(target: QueryTarget, userId: string, idNumber: string, idHash: string): Promise<OwnFilings> {
  if (!target.db.isTransaction) throw new Error('lockedOwnFilings needs a transaction')
  if (target.dialect !== 'postgres') {
    const identity = await readIdentityOf(target, userId, idHash)
    return { ...identity, filings: await subjectFilings(target, idNumber) }
  }
  const { rows } = await ownFilingsPostgres({ ...target, db: target.db as Transaction<Database> }, { idNumber: normalizeIdNumber(idNumber), userId, idHash })
  const filings = rows.filter((r) => r.id !== null).map((r) => toFilingRecord(r as Selectable<FilingsTable>))
  return { ...identityFromRows(rows[0]?.identities ?? [], userId, idHash), filings }
}
