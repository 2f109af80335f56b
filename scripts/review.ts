/**
 * Staff review tool: the reviewer endpoints over HTTP (API.md /api/review/*).
 *   npm run review -- list [--status UNDER_REVIEW]
 *   npm run review -- show|approve <id|number>
 *   npm run review -- reject <id|number> --reason "…" [--missing "…"]
 *   npm run review -- request <id|number> --missing "…" [--reason "…"]
 *   npm run review -- verifications [list|show|approve|reject] …   (实人认证 photo requests)
 * Env: API_URL (default http://127.0.0.1:3000), REVIEWER_TOKEN (required).
 * Exits non-zero on any error, printing the server's own (Chinese) message.
 */
import { USAGE, parseReviewArgs, type FilingTarget, type ReviewCommand } from './review-args'
import type { FilingView } from '../src/domain/filings'
import type { VerificationReviewView } from '../src/domain/verification'
import type { VerificationCommand } from './review-verification-args'

class ToolError extends Error {}

interface Api {
  baseUrl: string
  token: string
}

async function call<T>(api: Api, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response
  try {
    response = await fetch(new URL(path, api.baseUrl), {
      method,
      headers: {
        authorization: `Bearer ${api.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    })
  } catch (error) {
    throw new ToolError(`连不上服务器 ${api.baseUrl}：${error instanceof Error ? error.message : String(error)}。请确认服务器已启动、API_URL 正确`)
  }
  const text = await response.text()
  let json: unknown
  try {
    json = text === '' ? null : JSON.parse(text)
  } catch {
    throw new ToolError(`服务器回答的不是 JSON（HTTP ${response.status}）`)
  }
  if (!response.ok) {
    const { code, message, fields } = (json ?? {}) as { code?: string; message?: string; fields?: Record<string, string> }
    const details = fields ? Object.entries(fields).map(([k, v]) => `\n  ${k}：${v}`).join('') : ''
    throw new ToolError(`${message ?? `请求失败（HTTP ${response.status}）`}${code ? ` [${code}]` : ''}${details}`)
  }
  return json as T
}

async function resolveId(api: Api, target: FilingTarget): Promise<string> {
  if ('id' in target) return target.id
  const { filings } = await call<{ filings: FilingView[] }>(api, 'GET', `/api/review/filings?number=${encodeURIComponent(target.number)}`)
  const found = filings[0]
  if (!found) throw new ToolError(`没有找到编号为 ${target.number} 的备案`)
  return found.id
}

/** 'YYYY-MM-DD HH:mm' China time. */
function chinaTime(iso: string): string {
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString()
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`
}

/** Terminal columns: CJK and full-width characters take two. */
function width(text: string): number {
  let w = 0
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return w
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))))
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c))).join('  ').trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

function describe(api: Api, f: FilingView): string {
  const lines = [
    `备案编号：${f.number}    id：${f.id}`,
    `类型：${f.typeName}（${f.type}）    状态：${f.statusLabel}（${f.status}）`,
    `参保人：${f.subject.name}  ${f.subject.idNumberMasked}    ${f.filedBySelf ? '本人办理' : '代办'}`,
    `备案地：${f.destination.name}    开始：${f.startDate}    结束：${f.endDate ?? '—'}`,
    `有效期：${f.validFrom ?? '—'} 至 ${f.validTo ?? '长期/当次住院'}    ${f.validityExplanation}`,
    `联系电话：${f.contacts.phone1}${f.contacts.phone2 ? ` / ${f.contacts.phone2}` : ''}    就医地地址：${f.contacts.addressAtDestination || '—'}`,
    `提交时间：${chinaTime(f.createdAt)}`,
  ]
  if (f.emergency) {
    const e = f.emergency
    lines.push(
      '急诊住院：',
      `  入院 ${e.admittedOn}${e.leftOn ? `，离开参保地 ${e.leftOn}` : ''}${e.dischargedOn ? `，出院 ${e.dischargedOn}` : ''}`,
      `  医院：${e.hospitalName}    诊断：${e.diagnosis}`,
      `  急诊情况：${e.criteria.join('、')}    外出原因：${e.awayReason}`,
      `  时限：${e.mode}${e.deadline ? `，截止 ${e.deadline} 24:00` : ''}`,
    )
  }
  if (f.review) {
    lines.push(`最近审核：${f.review.decision}（${chinaTime(f.review.decidedAt)}）`)
    for (const r of f.review.reasons) lines.push(`  原因：${r}`)
    for (const m of f.review.missingItems) lines.push(`  缺：${m}`)
  }
  lines.push('进度：')
  for (const e of f.timeline) lines.push(`  ${chinaTime(e.at)}  ${e.label}${e.note ? `  ${e.note}` : ''}`)
  lines.push(`材料（${f.materials.length} 份，用同一令牌下载）：`)
  for (const m of f.materials) lines.push(`  ${m.purpose}  ${m.kind}  ${m.size} 字节  ${new URL(`/api/uploads/${m.id}`, api.baseUrl).href}`)
  return lines.join('\n')
}

function describeVerification(api: Api, v: VerificationReviewView): string {
  const photo = (id: string) => new URL(`/api/uploads/${id}`, api.baseUrl).href
  const lines = [
    `申请 id：${v.id}    状态：${v.status}    提交：${chinaTime(v.createdAt)}`,
    `姓名：${v.name}    身份证号：${v.idNumber}`,
    `身份证人像面：${photo(v.photos.idFrontUploadId)}`,
    `身份证国徽面：${photo(v.photos.idBackUploadId)}`,
    `手持身份证：${photo(v.photos.holdingUploadId)}`,
  ]
  if (v.conflict) {
    lines.push(`冲突：这个身份证号已由另一个账号（${v.conflict.userId}）于 ${chinaTime(v.conflict.verifiedAt)} 认证（${v.conflict.method}）；通过后由申请人取代它`)
  }
  if (v.reason) lines.push(`驳回原因：${v.reason}`)
  return lines.join('\n')
}

async function runVerification(api: Api, command: VerificationCommand): Promise<string> {
  if (command.action === 'list') {
    const { verifications } = await call<{ verifications: VerificationReviewView[] }>(api, 'GET', `/api/review/verifications?status=${command.status}`)
    if (verifications.length === 0) return `没有状态为 ${command.status} 的实人认证申请`
    return table(
      ['id', '姓名', '提交时间', '冲突'],
      verifications.map((v) => [v.id, v.name, chinaTime(v.createdAt), v.conflict ? '已由另一账号认证' : '—']),
    )
  }
  if (command.action === 'show') return describeVerification(api, await call<VerificationReviewView>(api, 'GET', `/api/review/verifications/${command.id}`))
  const body = command.action === 'reject' ? { decision: 'REJECT', reason: command.reason } : { decision: 'APPROVE' }
  const view = await call<VerificationReviewView>(api, 'POST', `/api/review/verifications/${command.id}/decision`, body)
  return `已处理：${view.name} 的实人认证现在是 ${view.status === 'APPROVED' ? '已通过' : '已驳回'}`
}

async function run(api: Api, command: ReviewCommand): Promise<string> {
  switch (command.kind) {
    case 'verifications':
      return runVerification(api, command)
    case 'help':
      return USAGE
    case 'list': {
      const { filings } = await call<{ filings: FilingView[] }>(api, 'GET', `/api/review/filings?status=${command.status}`)
      if (filings.length === 0) return `没有状态为 ${command.status} 的备案`
      return table(
        ['编号', '类型', '姓名', '状态', '提交时间'],
        filings.map((f) => [f.number, f.typeName, f.subject.name, f.statusLabel, chinaTime(f.createdAt)]),
      )
    }
    case 'show': {
      const id = await resolveId(api, command.target)
      return describe(api, await call<FilingView>(api, 'GET', `/api/review/filings/${id}`))
    }
    default: {
      const id = await resolveId(api, command.target)
      const body =
        command.kind === 'approve'
          ? { decision: 'APPROVE' }
          : command.kind === 'reject'
            ? { decision: 'REJECT', reasons: command.reasons, missingItems: command.missing }
            : { decision: 'REQUEST_MATERIALS', missingItems: command.missing, reasons: command.reasons }
      const view = await call<FilingView>(api, 'POST', `/api/review/filings/${id}/decision`, body)
      return `已处理：${view.number} 现在是“${view.statusLabel}”`
    }
  }
}

async function main(): Promise<number> {
  const parsed = parseReviewArgs(process.argv.slice(2))
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`)
    return 2
  }
  if (parsed.command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const token = process.env.REVIEWER_TOKEN?.trim()
  if (!token) {
    process.stderr.write('没有设置 REVIEWER_TOKEN：请先设置审核人员令牌（和服务器上的一样），例如 REVIEWER_TOKEN=… npm run review -- list\n')
    return 2
  }
  const api: Api = { baseUrl: process.env.API_URL?.trim() || 'http://127.0.0.1:3000', token }
  try {
    process.stdout.write(`${await run(api, parsed.command)}\n`)
    return 0
  } catch (error) {
    if (error instanceof ToolError) {
      process.stderr.write(`出错了：${error.message}\n`)
      return 1
    }
    throw error
  }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`出错了：${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
