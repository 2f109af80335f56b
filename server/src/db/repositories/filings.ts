import type { Kysely } from 'kysely'
import type { Database, Dialect } from '../schema'
import { createFilingReads } from './filing-reads'
import { createFilingWrites } from './filing-writes'
import type { DirectSqlite } from '../sqlite-direct'

export type {
  EmergencyRecord,
  FilingDetails,
  FilingEventRecord,
  FilingRecord,
  NewFiling,
  ReviewDecision,
  ReviewRecord,
  StatusLookupRecord,
} from './filing-records'
export type { ReviewListFilter } from './filing-reads'
export type { AddMaterialsInput, CreateFilingInput, CreateFilingOutcome, DecideInput } from './filing-writes'

/** Filings: the reads (filing-reads.ts) and writes (filing-writes.ts), over one database handle. */
export function createFilingsRepository(db: Kysely<Database>, dialect: Dialect, direct: DirectSqlite | null = null) {
  return { ...createFilingReads(db, dialect), ...createFilingWrites(db, dialect, direct) }
}

export type FilingsRepository = ReturnType<typeof createFilingsRepository>
