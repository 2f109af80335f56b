import { sql, type Expression } from 'kysely'

/**
 * The lock on one person's filings, by their ID number (the same person whatever account or family
 * member record a filing is made under): a transaction-scoped advisory lock on PostgreSQL, keyed
 * by PERSON_LOCK_SPACE and the ID number's hashtext (a collision only makes two people wait for
 * each other). profiles.findFiler takes the same lock on the filer's own ID number.
 */
export const PERSON_LOCK_SPACE = 7301

/** The SQL that takes the person lock on `idNumber` (an expression; upper-cased as the domain normalises). */
export const personLock = (idNumber: Expression<string>) =>
  sql<unknown>`pg_advisory_xact_lock(${sql.lit(PERSON_LOCK_SPACE)}, hashtext(upper(${idNumber})))`
