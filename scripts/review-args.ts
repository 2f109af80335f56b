/**
 * The staff review tool's command line (scripts/review.ts), parsed by one pure function so it
 * can be tested without a server. Messages are for staff, in Chinese.
 */

import { CORRECTABLE_FIELDS, type CorrectableField } from '@/domain/filings'
import { VERIFICATION_USAGE, parseVerificationArgs, type VerificationCommand } from './review-verification-args'

/** A filing named by its id (UUID) or by its number (YD20251001ABC234). */
export type FilingTarget = { id: string } | { number: string }

export type ReviewCommand =
  | { kind: 'help' }
  | { kind: 'list'; status: string }
  | { kind: 'show'; target: FilingTarget }
  | { kind: 'approve'; target: FilingTarget }
  | { kind: 'reject'; target: FilingTarget; reasons: string[]; missing: string[] }
  | { kind: 'request'; target: FilingTarget; missing: string[]; reasons: string[]; corrections: CorrectableField[] }
  | { kind: 'letters'; status: string }
  | { kind: 'letter-show' | 'letter-approve'; id: string }
  | { kind: 'letter-reject'; id: string; reasons: string[] }
  /** Checks a State Council schedule file for CALENDAR_DIR; needs no server and no login. */
  | { kind: 'calendar-check'; file: string }
  | VerificationCommand

export type ParseResult = { ok: true; command: ReviewCommand } | { ok: false; message: string }

export const USAGE = [
  '用法：npm run review -- <命令> [参数]',
  '  list [--status UNDER_REVIEW]                       列出备案（默认审核中），先办的在前',
  '  show <id|编号>                                      查看一份备案：内容、进度和材料下载地址',
  '  approve <id|编号>                                   审核通过',
  '  reject <id|编号> --reason "…" [--reason …] [--missing "…"]   不予通过（至少一条原因）',
  '  request <id|编号> --missing "…" [--missing …] [--correct 联系电话] [--reason "…"]  要求补充材料（缺的全部列出；',
  '                                                      --correct 请申请人改正：就医地详细地址、联系电话、备用电话）',
  '  letters [--status PENDING_REVIEW]                  列出授权委托书（默认待审核）',
  '  letters show|approve <id>                          查看 / 通过一份授权委托书',
  '  letters reject <id> --reason "…" [--reason …]      不予通过（至少一条原因）',
  VERIFICATION_USAGE,
  '  calendar check <文件.json>                          检查一年的放假安排文件能不能放进 CALENDAR_DIR（不用登录）',
  '登录：REVIEW_USER 和 REVIEW_PASSWORD（自己的审核台账号；没设密码时会提示输入），',
  '      或者机器用的 REVIEWER_TOKEN（服务账号）。API_URL 默认 http://127.0.0.1:3000',
].join('\n')

const LETTER_STATUSES = ['PENDING_REVIEW', 'ACTIVE', 'REJECTED', 'REVOKED']
const STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'NEEDS_MATERIALS', 'APPROVED', 'REJECTED', 'CANCELLED', 'SUPERSEDED', 'EXPIRED']
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const NUMBER = /^YD\d{8}[0-9A-Z]{6}$/i

/** An id or a filing number, else null. */
export function parseTarget(text: string): FilingTarget | null {
  const value = text.trim()
  if (UUID.test(value)) return { id: value.toLowerCase() }
  if (NUMBER.test(value)) return { number: value.toUpperCase() }
  return null
}

const fail = (message: string): ParseResult => ({ ok: false, message })

/** Parses `argv` (without node and the script): one command, its filing, and its options. */
export function parseReviewArgs(argv: readonly string[]): ParseResult {
  const [command, ...rest] = argv
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { ok: true, command: { kind: 'help' } }
  }
  if (command === 'letters') return parseLetters(rest)
  if (command === 'calendar') {
    const [action, file, ...extra] = rest
    if (action !== 'check') return fail(`calendar 只有 check 一个用法：calendar check <文件.json>。\n${USAGE}`)
    if (file === undefined || file.startsWith('--')) return fail('请写出要检查的文件，例如：npm run review -- calendar check 2027.json')
    if (extra.length > 0) return fail('一次只能检查一个文件')
    return { ok: true, command: { kind: 'calendar-check', file } }
  }
  if (command === 'verifications') return parseVerificationArgs(rest)
  if (!['list', 'show', 'approve', 'reject', 'request'].includes(command)) {
    return fail(`不认识的命令“${command}”。\n${USAGE}`)
  }

  const positional: string[] = []
  const options: Record<'status' | 'reason' | 'missing' | 'correct', string[]> = { status: [], reason: [], missing: [], correct: [] }
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    if (name !== 'status' && name !== 'reason' && name !== 'missing' && name !== 'correct') return fail(`不认识的选项 --${name}。\n${USAGE}`)
    let value: string | undefined
    if (eq !== -1) value = arg.slice(eq + 1)
    else {
      value = rest[i + 1]
      i += 1
    }
    if (value === undefined || value.trim() === '') return fail(`--${name} 后面要写内容`)
    options[name].push(value.trim())
  }

  if (command === 'list') {
    if (positional.length > 0) return fail(`list 不需要 ${positional.join(' ')}`)
    if (options.reason.length > 0 || options.missing.length > 0) return fail('list 只接受 --status')
    if (options.status.length > 1) return fail('--status 只能写一个')
    const status = (options.status[0] ?? 'UNDER_REVIEW').toUpperCase()
    if (!STATUSES.includes(status)) return fail(`--status 只能是 ${STATUSES.join('、')} 之一`)
    return { ok: true, command: { kind: 'list', status } }
  }

  if (options.status.length > 0) return fail(`${command} 不接受 --status`)
  if (options.correct.length > 0 && command !== 'request') return fail(`${command} 不接受 --correct（只有 request 能请申请人改正）`)
  if (positional.length !== 1) return fail(`${command} 要跟一份备案的 id 或编号（如 YD20251001ABC234），而且只能一份`)
  const target = parseTarget(positional[0] as string)
  if (target === null) return fail(`“${positional[0]}”不是备案 id，也不是备案编号（如 YD20251001ABC234）`)

  switch (command) {
    case 'show':
    case 'approve':
      if (options.reason.length > 0 || options.missing.length > 0) return fail(`${command} 不接受 --reason 或 --missing`)
      return { ok: true, command: { kind: command, target } }
    case 'reject':
      if (options.reason.length === 0) return fail('不予通过要写明原因：--reason "…"（可以写多条）')
      return { ok: true, command: { kind: 'reject', target, reasons: options.reason, missing: options.missing } }
    default: {
      // The fields to correct, by their name in the console (联系电话) or in the API (phone1): the
      // person gets a field to correct them in, where a --missing line would only ask for a 说明.
      const corrections: CorrectableField[] = []
      for (const word of options.correct) {
        const field = (Object.keys(CORRECTABLE_FIELDS) as CorrectableField[]).find((f) => f === word || CORRECTABLE_FIELDS[f] === word)
        if (field === undefined) return fail(`--correct 只能是 ${Object.values(CORRECTABLE_FIELDS).join('、')} 之一`)
        if (!corrections.includes(field)) corrections.push(field)
      }
      if (options.missing.length === 0 && corrections.length === 0) return fail('要求补充材料要把缺的全部列出：--missing "…"（可以写多条），或者 --correct 要改正的内容')
      return { ok: true, command: { kind: 'request', target, missing: options.missing, reasons: options.reason, corrections } }
    }
  }
}

/** `letters [list] [--status S]`, `letters show|approve <id>`, `letters reject <id> --reason …`. */
function parseLetters(argv: readonly string[]): ParseResult {
  const positional: string[] = []
  const options: Record<'status' | 'reason', string[]> = { status: [], reason: [] }
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    if (name !== 'status' && name !== 'reason') return fail(`letters 不认识选项 --${name}。\n${USAGE}`)
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[(i += 1)]
    if (value === undefined || value.trim() === '') return fail(`--${name} 后面要写内容`)
    options[name].push(value.trim())
  }
  const [sub = 'list', id, ...extra] = positional
  if (sub === 'list') {
    if (id !== undefined) return fail(`letters list 不需要 ${id}`)
    const status = (options.status[0] ?? 'PENDING_REVIEW').toUpperCase()
    if (!LETTER_STATUSES.includes(status)) return fail(`--status 只能是 ${LETTER_STATUSES.join('、')} 之一`)
    return { ok: true, command: { kind: 'letters', status } }
  }
  if (!['show', 'approve', 'reject'].includes(sub)) return fail(`letters 后面只能是 list、show、approve 或 reject，不认识“${sub}”`)
  if (id === undefined || extra.length > 0 || !UUID.test(id)) return fail(`letters ${sub} 要跟一份授权委托书的 id（letters list 里能看到），而且只能一份`)
  if (options.status.length > 0) return fail(`letters ${sub} 不接受 --status`)
  if (sub === 'reject') {
    if (options.reason.length === 0) return fail('不予通过要写明原因：--reason "…"（可以写多条）')
    return { ok: true, command: { kind: 'letter-reject', id: id.toLowerCase(), reasons: options.reason } }
  }
  if (options.reason.length > 0) return fail(`letters ${sub} 不接受 --reason`)
  return { ok: true, command: { kind: sub === 'show' ? 'letter-show' : 'letter-approve', id: id.toLowerCase() } }
}
