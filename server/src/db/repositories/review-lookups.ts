import type { Kysely } from 'kysely'
import type { FilingType } from '@/domain/filing-types'
import type { Database } from '../schema'

/** Small read-only look-ups the staff console needs: whose is an upload, and counts for the dashboard. */
export function createReviewLookupsRepository(db: Kysely<Database>) {
  return {
    /** The filing or 授权委托书 an upload belongs to (a filing first), or null. */
    async uploadHolder(uploadId: string): Promise<{ filingId: string } | { authorizationId: string } | null> {
      const filing = await db.selectFrom('filing_materials').select('filing_id').where('upload_id', '=', uploadId).executeTakeFirst()
      if (filing) return { filingId: filing.filing_id }
      const authorization = await db
        .selectFrom('proxy_authorizations')
        .select('id')
        .where((eb) => eb.or([eb('letter_upload_id', '=', uploadId), eb('id_photo_upload_id', '=', uploadId)]))
        .executeTakeFirst()
      return authorization ? { authorizationId: authorization.id } : null
    },

    /** Filings made in [from, to) (ISO instants): their type and when. */
    async filingsCreatedBetween(from: string, to: string): Promise<Array<{ type: FilingType; createdAt: string }>> {
      const rows = await db
        .selectFrom('filings')
        .select(['type', 'created_at'])
        .where('created_at', '>=', from)
        .where('created_at', '<', to)
        .orderBy('created_at')
        .execute()
      return rows.map((r) => ({ type: r.type as FilingType, createdAt: r.created_at }))
    },
  }
}
