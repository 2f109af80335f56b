import { randomUUID } from 'node:crypto'
import type { Kysely, Selectable, Transaction } from 'kysely'
import type { AuditLogTable, Database } from '../schema'

/**
 * The audit log (issue 14; 个人信息保护法): append-only. This repository can add rows and read
 * them, nothing else — there is no update or delete here, and the database's triggers refuse both.
 */

export const AUDIT_ACTIONS = {
  LOGIN_SUCCEEDED: '登录成功',
  LOGIN_FAILED: '登录失败',
  LOGIN_LOCKED: '登录被锁定',
  LOGOUT: '退出登录',
  VIEW_PERSON: '查看完整个人信息',
  VIEW_MATERIAL: '查看材料',
  DECIDE_FILING: '审核备案',
  DECIDE_AUTHORIZATION: '审核授权委托书',
  DECIDE_VERIFICATION: '核对实人认证',
  ACCOUNT_CREATED: '新建账号',
  ACCOUNT_DISABLED: '停用账号',
  ACCOUNT_ENABLED: '启用账号',
  ACCOUNT_PASSWORD_RESET: '重置密码',
  PASSWORD_CHANGED: '修改自己的密码',
  AUDIT_EXPORTED: '导出审计日志',
} as const
export type AuditAction = keyof typeof AUDIT_ACTIONS

export type ActorType = 'STAFF' | 'SERVICE' | 'CLI' | 'ANONYMOUS'
export type SubjectType = 'FILING' | 'AUTHORIZATION' | 'VERIFICATION' | 'UPLOAD' | 'STAFF_ACCOUNT'

/** Who did it. */
export interface AuditActor {
  type: ActorType
  id: string | null
  /** A username, `service:reviewer-token`, `cli:<os user>`, or the name typed at a failed login. */
  name: string
  role: string | null
}

export interface NewAuditEntry {
  actor: AuditActor
  action: AuditAction
  subject?: { type: SubjectType; id: string; label?: string | null } | null
  detail?: Record<string, unknown>
  ip?: string | null
}

export interface AuditRecord {
  seq: number
  id: string
  at: string
  actor: AuditActor
  action: AuditAction
  actionLabel: string
  subject: { type: SubjectType; id: string; label: string | null } | null
  detail: Record<string, unknown>
  ip: string | null
}

export interface AuditQuery {
  action?: AuditAction
  actorName?: string
  subjectId?: string
  /** ISO instants, inclusive from, exclusive to. */
  from?: string
  to?: string
  limit: number
}

function toAuditRecord(row: Selectable<AuditLogTable>): AuditRecord {
  const action = row.action as AuditAction
  return {
    seq: Number(row.seq),
    id: row.id,
    at: row.at,
    actor: { type: row.actor_type as ActorType, id: row.actor_id, name: row.actor_name, role: row.actor_role },
    action,
    actionLabel: AUDIT_ACTIONS[action] ?? row.action,
    subject:
      row.subject_type !== null && row.subject_id !== null
        ? { type: row.subject_type as SubjectType, id: row.subject_id, label: row.subject_label }
        : null,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    ip: row.ip,
  }
}

const clip = (text: string | null | undefined, max: number): string | null =>
  text === null || text === undefined ? null : [...text].slice(0, max).join('')

/** Writes one row, inside `trx` when the action it records is written in the same transaction. */
export async function appendAudit(db: Kysely<Database> | Transaction<Database>, entry: NewAuditEntry, now: Date): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      at: now.toISOString(),
      actor_type: entry.actor.type,
      actor_id: entry.actor.id,
      actor_name: clip(entry.actor.name, 100) ?? '',
      actor_role: entry.actor.role,
      action: entry.action,
      subject_type: entry.subject?.type ?? null,
      subject_id: entry.subject?.id ?? null,
      subject_label: clip(entry.subject?.label, 200),
      detail: JSON.stringify(entry.detail ?? {}),
      ip: clip(entry.ip, 64),
    })
    .execute()
}

export function createAuditRepository(db: Kysely<Database>) {
  return {
    append: (entry: NewAuditEntry, now: Date) => appendAudit(db, entry, now),

    /** Newest first. */
    async list(query: AuditQuery): Promise<AuditRecord[]> {
      let q = db.selectFrom('audit_log').selectAll()
      if (query.action) q = q.where('action', '=', query.action)
      if (query.actorName) q = q.where('actor_name', '=', query.actorName)
      if (query.subjectId) q = q.where('subject_id', '=', query.subjectId)
      if (query.from) q = q.where('at', '>=', query.from)
      if (query.to) q = q.where('at', '<', query.to)
      const rows = await q.orderBy('seq', 'desc').limit(query.limit).execute()
      return rows.map(toAuditRecord)
    },
  }
}

export type AuditRepository = ReturnType<typeof createAuditRepository>
