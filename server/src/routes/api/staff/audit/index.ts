import type { FastifyPluginAsync } from 'fastify'
import { AUDIT_ACTIONS, type AuditAction, type AuditQuery, type AuditRecord } from '@server/db/repositories/audit'
import { currentStaff } from '@server/plugins/app/auth'
import { ExportAuditSchema, ListAuditSchema, type AuditQueryString } from '@server/schemas/staff'
import { auditActor, clientIp } from '@server/staff/actor'
import { validationFailed } from '@server/errors'

const DAY_MS = 86_400_000

/** A China date's first instant (00:00 +08:00) as ISO. */
const chinaDayStart = (date: string): string => new Date(`${date}T00:00:00+08:00`).toISOString()

function toQuery(qs: AuditQueryString, defaultLimit: number): AuditQuery {
  if (qs.action !== undefined && !(qs.action in AUDIT_ACTIONS)) {
    throw validationFailed(400, { action: `只能是 ${Object.keys(AUDIT_ACTIONS).join('、')} 之一` })
  }
  return {
    action: qs.action as AuditAction | undefined,
    actorName: qs.actor?.trim() || undefined,
    subjectId: qs.subjectId?.trim() || undefined,
    from: qs.from ? chinaDayStart(qs.from) : undefined,
    to: qs.to ? new Date(Date.parse(chinaDayStart(qs.to)) + DAY_MS).toISOString() : undefined,
    limit: Math.min(Number(qs.limit ?? defaultLimit), 10_000),
  }
}

/** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180); formulas defused for spreadsheets. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

function toCsv(rows: AuditRecord[]): string {
  const header = ['序号', '时间', '操作', '操作人', '操作人类型', '角色', '对象类型', '对象', '对象 id', '详情', 'IP']
  const lines = rows.map((r) =>
    [String(r.seq), r.at, r.actionLabel, r.actor.name, r.actor.type, r.actor.role ?? '', r.subject?.type ?? '', r.subject?.label ?? '', r.subject?.id ?? '', JSON.stringify(r.detail), r.ip ?? '']
      .map(csvField)
      .join(','),
  )
  // The BOM makes Excel read the file as UTF-8.
  return '\ufeff' + [header.join(','), ...lines].join('\r\n') + '\r\n'
}

/** /api/staff/audit — ADMIN only: read and export the audit log. Nothing here changes it. */
const staffAudit: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.requireAdmin)

  app.get<{ Querystring: AuditQueryString }>('', { schema: ListAuditSchema }, async (request) => ({
    entries: await app.repos.audit.list(toQuery(request.query, 200)),
  }))

  app.get<{ Querystring: AuditQueryString }>('/export', { schema: ExportAuditSchema }, async (request, reply) => {
    const query = toQuery(request.query, 10_000)
    const rows = await app.repos.audit.list(query)
    const now = app.now()
    await app.repos.audit.append(
      { actor: auditActor(currentStaff(request)), action: 'AUDIT_EXPORTED', detail: { rows: rows.length, filter: request.query }, ip: clientIp(request) },
      now,
    )
    const stamp = now.toISOString().slice(0, 10)
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="audit-${stamp}.csv"`)
      .header('cache-control', 'no-store')
      .send(toCsv(rows))
  })
}

export default staffAudit
