import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { parseReviewArgs, parseTarget } from '../../../scripts/review-args'
import { buildTestApp } from '../helpers/build'
import { emergencyBody, insuredIn } from '../helpers/emergency'
import { fileOk } from '../helpers/filings'

const ID = '3d51681b-25b7-4727-a4d2-ee2a11886629'

describe('parseReviewArgs (scripts/review.ts)', () => {
  // argv | command
  it.each<[string[], unknown]>([
    [[], { kind: 'help' }],
    [['list'], { kind: 'list', status: 'UNDER_REVIEW' }],
    [['list', '--status', 'needs_materials'], { kind: 'list', status: 'NEEDS_MATERIALS' }],
    [['list', '--status=APPROVED'], { kind: 'list', status: 'APPROVED' }],
    [['show', ID.toUpperCase()], { kind: 'show', target: { id: ID } }],
    [['approve', 'yd20251001abc234'], { kind: 'approve', target: { number: 'YD20251001ABC234' } }],
    [
      ['reject', ID, '--reason', '不是急诊', '--reason=离开超过 3 个月', '--missing', '入院记录'],
      { kind: 'reject', target: { id: ID }, reasons: ['不是急诊', '离开超过 3 个月'], missing: ['入院记录'] },
    ],
    [
      ['request', 'YD20251001ABC234', '--missing', '入院记录', '--missing', '诊断证明'],
      { kind: 'request', target: { number: 'YD20251001ABC234' }, missing: ['入院记录', '诊断证明'], reasons: [] },
    ],
  ])('%j', (argv, command) => {
    expect(parseReviewArgs(argv)).toEqual({ ok: true, command })
  })

  // argv | part of the message
  it.each<[string[], string]>([
    [['delete', ID], '不认识的命令'],
    [['list', '--status', 'DRAFT'], '--status 只能是'],
    [['list', '--verbose'], '不认识的选项'],
    [['show'], 'id 或编号'],
    [['show', ID, ID], '只能一份'],
    [['approve', '12345'], '不是备案 id'],
    [['reject', ID], '原因'],
    [['reject', ID, '--reason'], '--reason 后面要写内容'],
    [['request', ID, '--reason', '缺章'], '--missing'],
    [['approve', ID, '--reason', '好'], '不接受'],
  ])('%j is refused', (argv, message) => {
    const result = parseReviewArgs(argv)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain(message)
  })

  it('does not change its input', () => {
    const argv = Object.freeze(['reject', ID, '--reason', 'x'])
    parseReviewArgs(argv)
    expect(argv).toEqual(['reject', ID, '--reason', 'x'])
    expect(parseTarget('  ')).toBeNull()
  })
})

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const root = resolve(__dirname, '../../..')
  return new Promise((done, fail) => {
    const child = spawn('npx', ['tsx', 'scripts/review.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

describe('scripts/review.ts end to end against a listening server', () => {
  jest.setTimeout(60_000)

  it('lists the queue, approves by number, and prints the server’s message on a refusal', async () => {
    const now = new Date('2025-09-29T02:00:00Z')
    const app = await buildTestApp({ now: () => now, env: { REVIEWER_TOKEN: 'cli-token' } })
    const { token } = await insuredIn(app, '450200')
    const filing = await fileOk(app, token, await emergencyBody(app, token, '2025-09-26'))
    await app.listen({ port: 0, host: '127.0.0.1' })
    const apiUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    const env = { API_URL: apiUrl, REVIEWER_TOKEN: 'cli-token' }

    const list = await runCli(['list'], env)
    expect(list.stderr).not.toContain('出错')
    expect(list.code).toBe(0)
    expect(list.stdout).toContain('编号')
    expect(list.stdout).toContain(filing.number)
    expect(list.stdout).toContain('审核中')
    expect(list.stdout).toContain('2025-09-29 10:00')

    const approve = await runCli(['approve', filing.number], env)
    expect(approve.code).toBe(0)
    expect(approve.stdout).toContain('备案成功')

    const again = await runCli(['approve', filing.number], env)
    expect(again.code).not.toBe(0)
    expect(again.stderr).toContain('不能审核通过')

    const noToken = await runCli(['list'], { API_URL: apiUrl })
    expect(noToken.code).not.toBe(0)
    expect(noToken.stderr).toContain('REVIEWER_TOKEN')

    const wrongToken = await runCli(['list'], { API_URL: apiUrl, REVIEWER_TOKEN: 'wrong' })
    expect(wrongToken.code).not.toBe(0)
    expect(wrongToken.stderr).toContain('审核人员令牌')
  })
})
