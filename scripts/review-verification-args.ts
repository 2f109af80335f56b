/**
 * `npm run review -- verifications …`: staff decide 实人认证 photo requests (issue 11).
 *   verifications [list] [--status PENDING|APPROVED|REJECTED]
 *   verifications show|approve <id>
 *   verifications reject <id> --reason "…"
 */

export type VerificationCommand =
  | { kind: 'verifications'; action: 'list'; status: 'PENDING' | 'APPROVED' | 'REJECTED' }
  | { kind: 'verifications'; action: 'show' | 'approve'; id: string }
  | { kind: 'verifications'; action: 'reject'; id: string; reason: string }

export const VERIFICATION_USAGE = [
  '  verifications [list] [--status PENDING]               列出实人认证的照片申请（默认待核对），有冲突的会标出',
  '  verifications show|approve <id>                        查看 / 通过一份实人认证申请',
  '  verifications reject <id> --reason "…"                 驳回（写明原因，告诉申请人怎么改）',
].join('\n')

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const

type Parsed = { ok: true; command: VerificationCommand } | { ok: false; message: string }

/** Parses the words after `verifications`. */
export function parseVerificationArgs(args: readonly string[]): Parsed {
  const [first, ...rest] = args
  const action = first === undefined || first.startsWith('--') ? 'list' : first
  const words = first === undefined || first.startsWith('--') ? args : rest
  const positional: string[] = []
  const options: Record<'status' | 'reason', string[]> = { status: [], reason: [] }
  for (let i = 0; i < words.length; i += 1) {
    const arg = words[i] as string
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    if (name !== 'status' && name !== 'reason') return { ok: false, message: `不认识的选项 --${name}。\n${VERIFICATION_USAGE}` }
    const value = eq !== -1 ? arg.slice(eq + 1) : words[(i += 1)]
    if (value === undefined || value.trim() === '') return { ok: false, message: `--${name} 后面要写内容` }
    options[name].push(value.trim())
  }
  if (action === 'list') {
    const status = (options.status[0] ?? 'PENDING').toUpperCase()
    if (!(STATUSES as readonly string[]).includes(status)) return { ok: false, message: `--status 只能是 ${STATUSES.join('、')} 之一` }
    return { ok: true, command: { kind: 'verifications', action: 'list', status: status as (typeof STATUSES)[number] } }
  }
  if (action !== 'show' && action !== 'approve' && action !== 'reject') {
    return { ok: false, message: `不认识的命令“verifications ${action}”。\n${VERIFICATION_USAGE}` }
  }
  const id = positional[0]
  if (positional.length !== 1 || id === undefined || !UUID.test(id)) {
    return { ok: false, message: `请写一份申请的 id（verifications list 里能看到）。\n${VERIFICATION_USAGE}` }
  }
  if (action === 'reject') {
    const reason = options.reason.join('；')
    if (reason === '') return { ok: false, message: '驳回要写 --reason "原因"，告诉申请人怎么改' }
    return { ok: true, command: { kind: 'verifications', action, id: id.toLowerCase(), reason } }
  }
  return { ok: true, command: { kind: 'verifications', action, id: id.toLowerCase() } }
}
