import type { Kysely } from 'kysely'

// 实人认证 (issue 11): ID numbers and names were kept as plain SHA-256, which can be reversed by
// trying every plausible ID number; from now on they are HMAC-SHA256 under ID_HASH_KEY. The old
// holders' hashes can no longer be matched (nor recomputed: no ID number is stored with them), so
// they are dropped rather than left to block or let through the wrong account: those accounts
// verify again. The attempts (identity_verifications) stay as the record they are.
export async function up(db: Kysely<unknown>): Promise<void> {
  await (db as Kysely<{ verified_identities: { id_hash: string } }>).deleteFrom('verified_identities').execute()
}

export async function down(): Promise<void> {
  // Nothing to restore: the dropped holders verify again.
}
