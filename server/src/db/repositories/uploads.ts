import { createHash, randomUUID } from 'node:crypto'
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely'
import type { MaterialCode } from '@/domain/materials'
import type { UploadKind } from '@/domain/filings'
import type { Database, UploadsTable } from '../schema'

/**
 * The one rule for which uploads may be deleted: those no filing (filing_materials), no
 * 授权委托书 (letter or ID photo) and no 实人认证 request (its three ID photos) refers to. Used by
 * the cleanup of old uploads and by DELETE /api/me (privacy.ts). A use as a WHERE condition on
 * `uploads`.
 */
export function isUnattached(eb: ExpressionBuilder<Database, 'uploads'>) {
  const upload = eb.ref('uploads.id')
  return eb.and([
    eb.not(eb.exists(eb.selectFrom('filing_materials').select('filing_materials.upload_id').where('filing_materials.upload_id', '=', upload))),
    eb.not(
      eb.exists(
        eb
          .selectFrom('proxy_authorizations')
          .select('proxy_authorizations.id')
          .where((p) => p.or([p('letter_upload_id', '=', upload), p('id_photo_upload_id', '=', upload)])),
      ),
    ),
    eb.not(
      eb.exists(
        eb
          .selectFrom('identity_verifications')
          .select('identity_verifications.id')
          .where((v) => v.or([v('id_front_upload_id', '=', upload), v('id_back_upload_id', '=', upload), v('holding_upload_id', '=', upload)])),
      ),
    ),
  ])
}

/** An upload as the rest of the server sees it; the bytes are read only when served. */
export interface UploadRecord {
  id: string
  ownerUserId: string
  purpose: MaterialCode
  kind: UploadKind
  size: number
  sha256: string
  createdAt: string
}

export interface NewUpload {
  ownerUserId: string
  purpose: MaterialCode
  kind: UploadKind
  content: Buffer
}

/** Every column of an upload but its content. */
export const META_COLUMNS = ['id', 'owner_user_id', 'purpose', 'kind', 'size', 'sha256', 'created_at'] as const

type UploadMetaRow = Pick<Selectable<UploadsTable>, (typeof META_COLUMNS)[number]>

export function toUploadRecord(row: UploadMetaRow): UploadRecord {
  return {
    id: row.id,
    ownerUserId: row.owner_user_id,
    purpose: row.purpose as MaterialCode,
    kind: row.kind as UploadKind,
    size: Number(row.size),
    sha256: row.sha256,
    createdAt: row.created_at,
  }
}

export function createUploadsRepository(db: Kysely<Database>) {
  return {
    async create(input: NewUpload, now: Date): Promise<UploadRecord> {
      const row: Selectable<UploadsTable> = {
        id: randomUUID(),
        owner_user_id: input.ownerUserId,
        purpose: input.purpose,
        kind: input.kind,
        size: input.content.length,
        sha256: createHash('sha256').update(input.content).digest('hex'),
        content: input.content,
        created_at: now.toISOString(),
      }
      await db.insertInto('uploads').values(row).execute()
      return toUploadRecord(row)
    },

    async findById(id: string): Promise<UploadRecord | null> {
      const row = await db.selectFrom('uploads').select(META_COLUMNS).where('id', '=', id).executeTakeFirst()
      return row ? toUploadRecord(row) : null
    },

    async findContent(id: string): Promise<{ upload: UploadRecord; content: Buffer } | null> {
      const row = await db
        .selectFrom('uploads')
        .select([...META_COLUMNS, 'content'])
        .where('id', '=', id)
        .executeTakeFirst()
      return row ? { upload: toUploadRecord(row), content: Buffer.from(row.content) } : null
    },

    /** Those of `ids` that exist and belong to `ownerUserId`, in no particular order. */
    async findOwned(ownerUserId: string, ids: readonly string[]): Promise<UploadRecord[]> {
      if (ids.length === 0) return []
      const rows = await db
        .selectFrom('uploads')
        .select(META_COLUMNS)
        .where('owner_user_id', '=', ownerUserId)
        .where('id', 'in', [...ids])
        .execute()
      return rows.map(toUploadRecord)
    },

    /** What `ownerUserId` uploaded after `since`: how many, how many bytes, and when the first of them was. */
    async usageSince(ownerUserId: string, since: Date): Promise<{ count: number; bytes: number; oldestAt: string | null }> {
      const row = await db
        .selectFrom('uploads')
        .select((eb) => [
          eb.fn.countAll<string | number>().as('count'),
          eb.fn.sum<string | number | null>('size').as('bytes'),
          eb.fn.min<string | null>('created_at').as('oldest'),
        ])
        .where('owner_user_id', '=', ownerUserId)
        .where('created_at', '>', since.toISOString())
        .executeTakeFirstOrThrow()
      return { count: Number(row.count), bytes: Number(row.bytes ?? 0), oldestAt: row.oldest }
    },

    /**
     * Deletes the uploads made before `cutoff` that nothing refers to (isUnattached), in
     * one statement: several instances may run it at once (each row goes once; a row a filing
     * took meanwhile is no longer matched). Answers how many were deleted.
     */
    async deleteUnattachedBefore(cutoff: Date): Promise<number> {
      const result = await db
        .deleteFrom('uploads')
        .where('created_at', '<', cutoff.toISOString())
        .where(isUnattached)
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}

export type UploadsRepository = ReturnType<typeof createUploadsRepository>
