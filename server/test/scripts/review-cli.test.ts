import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { SCHEDULE_2026 } from '@/domain/calendar'
import { SCHEDULE_2027_FIXTURE, calendarDirWith } from '../helpers/calendar-files'
import type { AddressInfo } from 'node:net'
import { parseReviewArgs, parseTarget } from '../../../scripts/review-args'
import { buildTestApp, usesPostgres } from '../helpers/build'
import { emergencyBody, insuredIn } from '../helpers/emergency'
import { FATHER, addMember, authorize, personWithProfile } from '../helpers/family'
import { fileOk, uploadAll } from '../helpers/filings'
import { STAFF_PASSWORD, addStaff } from '../helpers/staff'

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
      { kind: 'request', target: { number: 'YD20251001ABC234' }, missing: ['入院记录', '诊断证明'], reasons: [], corrections: [] },
    ],
    // A trial: --missing "联系电话" asked for a 说明, not a field to correct.
    [
      ['request', 'YD20251001ABC234', '--correct', '联系电话', '--correct=addressAtDestination', '--missing', '授权委托书'],
      { kind: 'request', target: { number: 'YD20251001ABC234' }, missing: ['授权委托书'], reasons: [], corrections: ['phone1', 'addressAtDestination'] },
    ],
    [['request', ID, '--correct', '备用电话'], { kind: 'request', target: { id: ID }, missing: [], reasons: [], corrections: ['phone2'] }],
    [['letters'], { kind: 'letters', status: 'PENDING_REVIEW' }],
    [['letters', 'list', '--status=rejected'], { kind: 'letters', status: 'REJECTED' }],
    [['letters', 'show', ID.toUpperCase()], { kind: 'letter-show', id: ID }],
    [['letters', 'approve', ID], { kind: 'letter-approve', id: ID }],
    [['letters', 'reject', ID, '--reason', '委托书没有签名'], { kind: 'letter-reject', id: ID, reasons: ['委托书没有签名'] }],
    [['calendar', 'check', 'data/calendar/2027.json'], { kind: 'calendar-check', file: 'data/calendar/2027.json' }],
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
    [['request', ID, '--correct', '电话'], '--correct 只能是 外地住址、联系电话、备用电话 之一'],
    [['reject', ID, '--reason', '不对', '--correct', '联系电话'], '不接受 --correct'],
    [['letters', 'reject', ID], '原因'],
    [['letters', 'show', 'YD20251001ABC234'], '授权委托书的 id'],
    [['letters', 'sign', ID], '不认识“sign”'],
    [['letters', '--status', 'DONE'], '--status 只能是'],
    [['calendar'], 'calendar check <文件.json>'],
    [['calendar', 'check'], '请写出要检查的文件'],
    [['calendar', 'check', 'a.json', 'b.json'], '一次只能检查一个文件'],
  ])('%j is refused', (argv, message) => {
    const result = parseReviewArgs(argv)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain(message)
  })

  it('does not change its input', () => {
    const argv = ['reject', ID, '--reason', 'x']
    parseReviewArgs(argv)
    expect(argv).toEqual(['reject', ID, '--reason', 'x'])
    expect(parseTarget('  ')).toBeNull()
  })
})

/**
 * The CLI runs as its own process (tsx, ~2 s a start) and speaks HTTP to the server: these run once,
 * in the SQLite run of the suite. The routes it calls are tested on both databases by their own
 * suites, and the calendar check uses no server at all.
 */
const describeCli = usesPostgres ? describe.skip : describe

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const root = resolve(__dirname, '../../..')
  return new Promise((done, fail) => {
    // tsx as `npm run review` runs it, without npx in front (a second Node start per call).
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/review.ts', ...args], {
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

describeCli('npm run review -- calendar check <file> (issue 12 item 5: a published year without a release)', () => {
  jest.setTimeout(60_000)

  it('accepts a real schedule and refuses one that leaves out statutory days, with no server and no login', async () => {
    const dir = calendarDirWith({ '2026.json': SCHEDULE_2026, '2027.json': SCHEDULE_2027_FIXTURE, 'bad.json': '{ not json' })
    const good = await runCli(['calendar', 'check', join(dir, '2026.json')], {})
    expect(good).toMatchObject({ code: 0, stderr: '' })
    expect(good.stdout).toContain('2026 年放假安排可以用：放假 33 天，调休上班 6 天，来源 国办发明电〔2025〕7号')

    // The test fixture has 元旦 and 清明 only: 春节 2027 (除夕 02-05 … 初三 02-08), 劳动节, 端午 (06-09),
    // 中秋 (09-15) and 国庆 are missing.
    const partial = await runCli(['calendar', 'check', join(dir, '2027.json')], {})
    expect(partial.code).toBe(1)
    for (const day of ['2027-02-05（春节）', '2027-02-08（春节）', '2027-05-01（劳动节）', '2027-06-09（端午节）', '2027-09-15（中秋节）', '2027-10-03（国庆节）']) {
      expect(partial.stderr).toContain(day)
    }
    expect(partial.stderr).not.toContain('2027-01-01（元旦）')

    const broken = await runCli(['calendar', 'check', join(dir, 'bad.json')], {})
    expect(broken).toMatchObject({ code: 1 })
    expect(broken.stderr).toContain('不是有效的 JSON')
  })
})

describeCli('scripts/review.ts end to end against a listening server', () => {
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
    expect(noToken.stderr).toContain('请先登录：设置 REVIEW_USER')

    const wrongToken = await runCli(['list'], { API_URL: apiUrl, REVIEWER_TOKEN: 'wrong' })
    expect(wrongToken.code).not.toBe(0)
    expect(wrongToken.stderr).toContain('审核人员令牌')

    // --correct asks for a field to correct, as the console's 请申请人改正 does (a trial: a
    // --missing "联系电话" line asked only for a 说明).
    const other = await insuredIn(app, '450200')
    const second = await fileOk(app, other.token, await emergencyBody(app, other.token, '2025-09-26'))
    const request = await runCli(['request', second.number, '--missing', '入院记录', '--correct', '联系电话'], env)
    expect(request.stderr).toBe('')
    expect(request.code).toBe(0)
    const seen = await app.inject({ method: 'GET', url: `/api/filings/${second.id}`, headers: { authorization: `Bearer ${other.token}` } })
    expect(seen.json().review).toMatchObject({ missingItems: ['入院记录'], corrections: ['phone1'] })
  })
})

describeCli('scripts/review.ts as a logged-in staff member', () => {
  jest.setTimeout(300_000)

  it('shows a filing in words, approves it as 王芳, and works a 授权委托书 through list, show and reject', async () => {
    const now = new Date('2025-09-29T02:00:00Z')
    const app = await buildTestApp({ now: () => now })
    await addStaff(app, 'wangfang', 'REVIEWER', '王芳')
    const { token } = await insuredIn(app, '450200')
    const filing = await fileOk(app, token, await emergencyBody(app, token, '2025-09-26'))
    const proxy = await personWithProfile(app, { name: '张三', idNumber: '110101199003071233', insuredRegion: '440300' })
    const member = await addMember(app, proxy.token, FATHER)
    const [letter, photo] = await uploadAll(app, proxy.token, ['AUTHORIZATION_LETTER', 'ID_DOCUMENT'])
    const asked = await authorize(app, proxy.token, member.id, { method: 'DOCUMENT', letterUploadId: letter, idPhotoUploadId: photo })
    const letterId = asked.json().authorization.id as string
    await app.listen({ port: 0, host: '127.0.0.1' })
    const env = { API_URL: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, REVIEW_USER: 'wangfang', REVIEW_PASSWORD: STAFF_PASSWORD }

    const show = await runCli(['show', filing.number], env)
    expect(show.stderr).toBe('')
    expect(show.stdout).toContain('急诊情况：突然剧烈疼痛（头痛、胸痛、急腹症（肚子突然剧痛）等）')
    expect(show.stdout).toContain('外出原因：旅游')
    expect(show.stdout).toContain('时限：入院后限期备案，截止 2025-10-10 24:00（2025-09-29 提交，在截止日 2025-10-10 之内）')
    expect(show.stdout).toContain('审核时限：2025-09-30 24:00 前办结')
    expect(show.stdout).not.toMatch(/ACUTE_PAIN|TRAVEL|WINDOW/)
    // 进度 in staff terms, not the person's notes.
    expect(show.stdout).toMatch(/进度：\n {2}2025-09-29 10:00 {2}申请人提交\n {2}2025-09-29 10:00 {2}系统转人工审核（急诊备案须人工审核）\n/)
    expect(show.stdout).not.toContain('急诊备案已受理')

    expect((await runCli(['approve', filing.number], env)).stdout).toContain('备案成功')
    const approved = (await runCli(['show', filing.number], env)).stdout
    expect(approved).toContain('由审核员 王芳 于 2025-09-29 10:00 批准')
    expect(approved).toContain('2025-09-29 10:00  审核员 王芳 审核通过')

    const letters = await runCli(['letters'], env)
    expect(letters.stdout).toContain(letterId)
    expect(letters.stdout).toContain('张建华')
    const shown = await runCli(['letters', 'show', letterId], env)
    expect(shown.stdout).toContain('委托人（家人）：张建华  1101**********002X    是代办人的父母')
    const rejected = await runCli(['letters', 'reject', letterId, '--reason', '委托书没有委托人签名'], env)
    expect(rejected.stdout).toContain('已处理：张建华的授权委托书现在是“未通过”')
    const again = await runCli(['letters', 'approve', letterId], env)
    expect(again.stderr).toContain('这份授权委托书已经由审核员 王芳 于 2025-09-29 10:00 不予通过，请刷新后看看最新状态')

    const wrong = await runCli(['list'], { ...env, REVIEW_PASSWORD: 'wrong-password-1' })
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('用户名或密码不对')

    // Each run logged in and out again: no session is left open.
    const rows = await app.repos.audit.list({ limit: 100 })
    expect(rows.filter((r) => r.action === 'LOGIN_SUCCEEDED').length).toBe(rows.filter((r) => r.action === 'LOGOUT').length)
    expect(rows.find((r) => r.action === 'DECIDE_AUTHORIZATION')).toMatchObject({ actor: { name: 'wangfang' }, detail: { decision: 'REJECT' } })
  })
})
