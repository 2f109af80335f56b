// Why over 300 lines: the staff command line: each command a short function over the same repositories and output.
/**
 * Staff review tool: the reviewer endpoints over HTTP (API.md /api/review/*), as the logged-in
 * staff member (REVIEW_USER + REVIEW_PASSWORD, asked for when not set) or the REVIEWER_TOKEN
 * service account; every decision records who made it.
 *   npm run review -- list [--status UNDER_REVIEW]
 *   npm run review -- show|approve <id|number>
 *   npm run review -- reject <id|number> --reason "…" [--missing "…"]
 *   npm run review -- request <id|number> --missing "…" [--correct 联系电话] [--reason "…"]
 *   npm run review -- letters [list|show|approve|reject] …   (授权委托书)
 *   npm run review -- verifications [list|show|approve|reject] …   (实人认证 photo requests)
 *   npm run review -- calendar check <file.json>   (a year's schedule for CALENDAR_DIR; no server)
 * Exits non-zero on any error, printing the server's own (Chinese) message. Prints words, not codes.
 */
import { readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline/promises'
import { checkPublishedSchedule } from '@/domain/calendar'
import { USAGE, parseReviewArgs, type FilingTarget, type ReviewCommand } from './review-args'
import type { AuthorizationReviewView } from '@/domain/family'
import { validityPeriod, type FilingView } from '@/domain/filings'
import { MATERIALS } from '@/domain/materials'
import { decidedByLine, emergencyInWords } from '@/domain/review'
import type { StaffTimelineEntry } from '@/domain/review/staff-views'
import { STAFF_VERIFICATION_STATES, type VerificationReviewView } from '@/domain/verification'
import type { VerificationCommand } from './review-verification-args'
import { runMain } from './run-main'

class ToolError extends Error {}

interface Api {
  baseUrl: string
  token: string
}

async function call<T>(api: Api, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  let response: Response
  try {
    response = await fetch(new URL(path, api.baseUrl), {
      method,
      headers: {
        ...(api.token ? { authorization: `Bearer ${api.token}` } : {}),
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

interface FilingCase {
  filing: FilingView
  insuredRegionName: string
  receivedAt: string
  reviewDeadline: { deadline: string; overdue: boolean }
  window: { within: boolean; text: string } | null
  decisions: Array<{ decision: 'APPROVE' | 'REJECT' | 'REQUEST_MATERIALS'; reasons: string[]; missingItems: string[]; decidedAt: string; reviewerName: string | null }>
  /** The 进度 in staff terms (who did what); `filing.timeline` is the person's wording. */
  timeline: StaffTimelineEntry[]
  newMaterialIds: string[]
}

function describe(api: Api, c: FilingCase): string {
  const f = c.filing
  const lines = [
    `备案编号：${f.number}    id：${f.id}`,
    `类型：${f.typeName}    状态：${f.statusLabel}`,
    `参保人：${f.subject.name}  ${f.subject.idNumberMasked}    参保地：${c.insuredRegionName}    ${f.filedBySelf ? '本人办理' : `${f.filedBy.nameMasked} 代办`}`,
    `备案地：${f.destination.name}    开始：${f.startDate}    结束：${f.endDate ?? '—'}`,
    `有效期：${validityPeriod(f)}${f.validFrom === null ? '（审核通过后生效）' : ''}    ${f.validityExplanation}`,
    ...(f.commitment ? [`个人承诺书：${f.commitment.signedBy ? `${f.commitment.signedBy.line}（代签人身份证 ${f.commitment.signedBy.idNumberMasked}）` : `${f.commitment.signedName} 本人签名`}`] : []),
    `联系电话：${f.contacts.phone1}${f.contacts.phone2 ? ` / ${f.contacts.phone2}` : ''}（完整信息请在审核台查看，会记入审计日志）    就医地地址：${f.contacts.addressAtDestination || '—'}`,
    `提交时间：${chinaTime(f.createdAt)}    审核时限：${c.reviewDeadline.deadline} 24:00 前办结${c.reviewDeadline.overdue ? '（已超时）' : ''}`,
  ]
  if (f.emergency) {
    const e = f.emergency
    const words = emergencyInWords(e)
    lines.push(
      '急诊住院：',
      `  入院 ${e.admittedOn}${e.leftOn ? `，离开参保地 ${e.leftOn}` : ''}${e.dischargedOn ? `，出院 ${e.dischargedOn}` : ''}`,
      `  医院：${e.hospitalName}    诊断：${e.diagnosis}`,
      `  急诊情况：${words.criteria.join('；')}`,
      `  外出原因：${words.awayReason}`,
      `  时限：${words.mode}，${words.deadline}${c.window ? `（${c.window.text}）` : ''}`,
    )
  }
  if (c.decisions.length > 0) lines.push('审核记录：')
  for (const d of c.decisions) {
    lines.push(`  ${decidedByLine(d.decision, d.reviewerName, d.decidedAt)}`)
    for (const r of d.reasons) lines.push(`    原因：${r}`)
    for (const m of d.missingItems) lines.push(`    缺：${m}`)
  }
  lines.push('进度：')
  for (const e of c.timeline) lines.push(`  ${chinaTime(e.at)}  ${e.action}${e.detail ? `  ${e.detail}` : ''}`)
  lines.push(`材料（${f.materials.length} 份，在审核台查看，或用同一登录下载；每次查看记入审计日志）：`)
  for (const m of f.materials) {
    const fresh = c.newMaterialIds.includes(m.id) ? '  新补交' : ''
    lines.push(`  ${MATERIALS[m.purpose]?.name ?? m.purpose}  ${m.kind === 'PDF' ? 'PDF' : '照片'}${fresh}  ${m.size} 字节  ${new URL(`/api/review/materials/${m.id}`, api.baseUrl).href}`)
  }
  return lines.join('\n')
}

const LETTER_STATUS: Record<string, string> = { PENDING_REVIEW: '待审核', ACTIVE: '已通过', REJECTED: '未通过', REVOKED: '已撤销' }

function describeLetter(api: Api, a: AuthorizationReviewView): string {
  const lines = [
    `授权委托书 id：${a.id}    状态：${LETTER_STATUS[a.status] ?? a.status}`,
    `委托人（家人）：${a.member.name}  ${a.member.idNumberMasked}    是代办人的${a.member.relationLabel}`,
    `代办人：${a.proxy.name}  ${a.proxy.idNumberMasked}`,
    `提交时间：${chinaTime(a.createdAt)}${a.decidedAt ? `    审核：${a.decidedByName ?? '审核人员'} 于 ${chinaTime(a.decidedAt)}` : ''}`,
  ]
  for (const r of a.reasons) lines.push(`  原因：${r}`)
  if (a.letterUploadId) lines.push(`  授权委托书：${new URL(`/api/review/materials/${a.letterUploadId}`, api.baseUrl).href}`)
  if (a.idPhotoUploadId) lines.push(`  家人身份证：${new URL(`/api/review/materials/${a.idPhotoUploadId}`, api.baseUrl).href}`)
  return lines.join('\n')
}

async function findLetter(api: Api, id: string): Promise<AuthorizationReviewView> {
  for (const status of ['PENDING_REVIEW', 'ACTIVE', 'REJECTED', 'REVOKED']) {
    const { authorizations } = await call<{ authorizations: AuthorizationReviewView[] }>(api, 'GET', `/api/review/authorizations?status=${status}`)
    const found = authorizations.find((a) => a.id === id)
    if (found) return found
  }
  throw new ToolError(`没有找到 id 为 ${id} 的授权委托书`)
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
    if (verifications.length === 0) return `没有状态为“${(STAFF_VERIFICATION_STATES as Record<string, string>)[command.status] ?? command.status}”的实人认证申请`
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

/** `calendar check <file>`: exit 0 with a summary when the file can go into CALENDAR_DIR, else 1 with every problem. */
async function checkCalendarFile(file: string): Promise<number> {
  let raw: unknown
  try {
    raw = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''))
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '找不到这个文件' : error instanceof SyntaxError ? '不是有效的 JSON' : '打不开'
    process.stderr.write(`出错了：${file} ${why}\n`)
    return 1
  }
  const checked = checkPublishedSchedule(raw)
  if (!checked.ok) {
    process.stderr.write(`出错了：${file}：${checked.message}\n`)
    return 1
  }
  process.stdout.write(`${checked.value.summary}\n`)
  return 0
}

async function run(api: Api, command: ReviewCommand): Promise<string> {
  switch (command.kind) {
    case 'calendar-check':
      throw new ToolError('calendar check 不经过服务器')
    case 'verifications':
      return runVerification(api, command)
    case 'help':
      return USAGE
    case 'list': {
      const { filings } = await call<{ filings: FilingView[] }>(api, 'GET', `/api/review/filings?status=${command.status}`)
      if (filings.length === 0) return `没有状态为“${FILING_STATUS_WORDS[command.status] ?? command.status}”的备案`
      return table(
        ['编号', '类型', '姓名', '状态', '提交时间'],
        filings.map((f) => [f.number, f.typeName, f.subject.name, f.statusLabel, chinaTime(f.createdAt)]),
      )
    }
    case 'show': {
      const id = await resolveId(api, command.target)
      return describe(api, await call<FilingCase>(api, 'GET', `/api/review/filings/${id}/case`))
    }
    case 'letters': {
      const { authorizations } = await call<{ authorizations: AuthorizationReviewView[] }>(api, 'GET', `/api/review/authorizations?status=${command.status}`)
      if (authorizations.length === 0) return `没有“${LETTER_STATUS[command.status] ?? command.status}”的授权委托书`
      return table(
        ['id', '委托人', '关系', '代办人', '提交时间'],
        authorizations.map((a) => [a.id, a.member.name, a.member.relationLabel, a.proxy.name, chinaTime(a.createdAt)]),
      )
    }
    case 'letter-show':
      return describeLetter(api, await findLetter(api, command.id))
    case 'letter-approve':
    case 'letter-reject': {
      const body = command.kind === 'letter-reject' ? { decision: 'REJECT', reasons: command.reasons } : { decision: 'APPROVE' }
      const view = await call<AuthorizationReviewView>(api, 'POST', `/api/review/authorizations/${command.id}/decision`, body)
      return `已处理：${view.member.name}的授权委托书现在是“${LETTER_STATUS[view.status] ?? view.status}”`
    }
    default: {
      const id = await resolveId(api, command.target)
      const body =
        command.kind === 'approve'
          ? { decision: 'APPROVE' }
          : command.kind === 'reject'
            ? { decision: 'REJECT', reasons: command.reasons, missingItems: command.missing }
            : { decision: 'REQUEST_MATERIALS', missingItems: command.missing, reasons: command.reasons, ...(command.corrections.length > 0 ? { corrections: command.corrections } : {}) }
      const view = await call<FilingView>(api, 'POST', `/api/review/filings/${id}/decision`, body)
      return `已处理：${view.number} 现在是“${view.statusLabel}”`
    }
  }
}

const FILING_STATUS_WORDS: Record<string, string> = {
  SUBMITTED: '已提交', UNDER_REVIEW: '审核中', NEEDS_MATERIALS: '待补充材料', APPROVED: '备案成功',
  REJECTED: '未通过', CANCELLED: '已取消', SUPERSEDED: '已变更', EXPIRED: '已过期',
}

async function askPassword(username: string): Promise<string | null> {
  if (!process.stdin.isTTY) return null
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true })
  try {
    return (await rl.question(`${username} 的密码：`)).trim() || null
  } finally {
    rl.close()
  }
}

/** A staff session for REVIEW_USER (or the service token); null with a message when neither is given. */
async function session(baseUrl: string): Promise<{ api: Api; logout: boolean } | string> {
  const user = process.env.REVIEW_USER?.trim()
  if (user) {
    const password = process.env.REVIEW_PASSWORD ?? (await askPassword(user))
    if (!password) return '没有密码：请设置 REVIEW_PASSWORD，或在终端里运行以便输入密码'
    const login = await call<{ token: string }>({ baseUrl, token: '' }, 'POST', '/api/staff/sessions', { username: user, password })
    return { api: { baseUrl, token: login.token }, logout: true }
  }
  const token = process.env.REVIEWER_TOKEN?.trim()
  if (token) return { api: { baseUrl, token }, logout: false }
  return '请先登录：设置 REVIEW_USER（你的审核台用户名）和 REVIEW_PASSWORD，例如 REVIEW_USER=wangfang npm run review -- list；机器调用可改用 REVIEWER_TOKEN'
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
  if (parsed.command.kind === 'calendar-check') return checkCalendarFile(parsed.command.file)
  const baseUrl = process.env.API_URL?.trim() || 'http://127.0.0.1:3000'
  try {
    const opened = await session(baseUrl)
    if (typeof opened === 'string') {
      process.stderr.write(`${opened}\n`)
      return 2
    }
    try {
      process.stdout.write(`${await run(opened.api, parsed.command)}\n`)
    } finally {
      if (opened.logout) await call(opened.api, 'DELETE', '/api/staff/sessions/current').catch(() => undefined)
    }
    return 0
  } catch (error) {
    if (error instanceof ToolError) {
      process.stderr.write(`出错了：${error.message}\n`)
      return 1
    }
    throw error
  }
}

runMain(main)
