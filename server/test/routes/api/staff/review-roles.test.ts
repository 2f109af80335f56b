import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { bearer, buildTestApp, expectErrorBody, login } from '../../../helpers/build'
import { emergencyBody, insuredIn } from '../../../helpers/emergency'
import { fileOk } from '../../../helpers/filings'
import { addStaff, auditRows, staffToken } from '../../../helpers/staff'

/** Who may do what on the staff side, the audit rows each action leaves, and two reviewers at once (issue 14). */

jest.setTimeout(60_000)

const now = new Date('2025-09-29T02:00:00Z')
const SERVICE_TOKEN = 'service-token-for-machines'
let app: FastifyInstance
let reviewer: string
let other: string
let admin: string
let citizen: string
let filingId: string
let materialId: string

const FAKE_ID = '00000000-0000-4000-8000-000000000000'
// method | url — every staff endpoint; a citizen's token must reach none of them.
const STAFF_ENDPOINTS: Array<['GET' | 'POST' | 'DELETE', string]> = [
  ['GET', '/api/review/filings'],
  ['GET', `/api/review/filings/${FAKE_ID}`],
  ['GET', `/api/review/filings/${FAKE_ID}/case`],
  ['POST', `/api/review/filings/${FAKE_ID}/reveal`],
  ['POST', `/api/review/filings/${FAKE_ID}/preview`],
  ['POST', `/api/review/filings/${FAKE_ID}/decision`],
  ['GET', '/api/review/authorizations'],
  ['POST', `/api/review/authorizations/${FAKE_ID}/decision`],
  ['POST', `/api/review/authorizations/${FAKE_ID}/reveal`],
  ['GET', '/api/review/notifications'],
  ['GET', '/api/review/queue'],
  ['GET', '/api/review/dashboard'],
  ['GET', `/api/review/materials/${FAKE_ID}`],
  ['GET', '/api/staff/me'],
  ['DELETE', '/api/staff/sessions/current'],
  ['POST', '/api/staff/me/password'],
  ['GET', '/api/staff/accounts'],
  ['POST', '/api/staff/accounts'],
  ['POST', `/api/staff/accounts/${FAKE_ID}/disable`],
  ['POST', `/api/staff/accounts/${FAKE_ID}/reset-password`],
  ['GET', '/api/staff/audit'],
  ['GET', '/api/staff/audit/export'],
]

beforeAll(async () => {
  app = await buildTestApp({ now: () => now, env: { REVIEWER_TOKEN: SERVICE_TOKEN } })
  await addStaff(app, 'wangfang', 'REVIEWER', '王芳')
  await addStaff(app, 'lina', 'REVIEWER', '李娜')
  await addStaff(app, 'admin', 'ADMIN', '赵管理')
  reviewer = await staffToken(app, 'wangfang')
  other = await staffToken(app, 'lina')
  admin = await staffToken(app, 'admin')
  const person = await insuredIn(app, '450200')
  citizen = person.token
  const filing = await fileOk(app, person.token, await emergencyBody(app, person.token, '2025-09-26'))
  filingId = filing.id
  materialId = filing.materials.find((m: { purpose: string }) => m.purpose === 'ID_DOCUMENT').id
})

describe('role checks', () => {
  it.each(STAFF_ENDPOINTS)('a citizen token gets 401 at %s %s', async (method, url) => {
    const response = await app.inject({ method, url, headers: bearer(citizen), ...(method === 'POST' ? { payload: {} } : {}) })
    expect(response.statusCode).toBe(401)
    expectErrorBody(response.json(), 'UNAUTHORIZED')
  })

  it('a reviewer cannot manage accounts or read the audit log (403), an admin can', async () => {
    const target = (await app.repos.staff.findByUsername('lina'))!.id
    const attempts = [
      app.inject({ method: 'GET', url: '/api/staff/accounts', headers: bearer(reviewer) }),
      app.inject({ method: 'POST', url: '/api/staff/accounts', headers: bearer(reviewer), payload: { username: 'newbie', displayName: '新人', role: 'ADMIN' } }),
      app.inject({ method: 'POST', url: `/api/staff/accounts/${target}/disable`, headers: bearer(reviewer) }),
      app.inject({ method: 'POST', url: `/api/staff/accounts/${target}/reset-password`, headers: bearer(reviewer) }),
      app.inject({ method: 'GET', url: '/api/staff/audit', headers: bearer(reviewer) }),
      app.inject({ method: 'GET', url: '/api/staff/accounts', headers: bearer(SERVICE_TOKEN) }),
    ]
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode).toBe(403)
      expect(response.json()).toEqual({ code: 'FORBIDDEN', message: '只有管理员可以做这件事；需要时请找管理员' })
    }
    const list = await app.inject({ method: 'GET', url: '/api/staff/accounts', headers: bearer(admin) })
    expect(list.json().accounts.map((a: { username: string; roleLabel: string }) => `${a.username}:${a.roleLabel}`)).toEqual([
      'admin:管理员',
      'lina:审核员',
      'wangfang:审核员',
    ])
  })

  it('an admin creates an account; bad input is refused field by field in Chinese', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/staff/accounts',
      headers: bearer(admin),
      payload: { username: '1x', displayName: ' ', role: 'BOSS', password: 'short' },
    })
    expect(bad.statusCode).toBe(422)
    expect(bad.json().fields).toEqual({
      username: '用户名用 3 到 32 位小写字母、数字或 . _ -，以字母开头，例如 zhangsan',
      displayName: '请填写姓名（1 到 32 个字），审核记录里会显示这个名字',
      role: '角色只能是审核员（REVIEWER）或管理员（ADMIN）',
      password: '密码至少 10 位，请换一个更长的',
    })
    const created = await app.inject({ method: 'POST', url: '/api/staff/accounts', headers: bearer(admin), payload: { username: 'chenjing', displayName: '陈静', role: 'REVIEWER' } })
    expect(created.statusCode).toBe(201)
    expect(created.json().account).toMatchObject({ username: 'chenjing', displayName: '陈静', role: 'REVIEWER', status: 'ACTIVE' })
    const taken = await app.inject({ method: 'POST', url: '/api/staff/accounts', headers: bearer(admin), payload: { username: 'chenjing', displayName: '陈静', role: 'REVIEWER' } })
    expect(taken.json().fields).toEqual({ username: '这个用户名已经有人用了，请换一个' })
  })
})

describe('review with audit', () => {
  it('shows the case masked, logs the unmasking and each material view', async () => {
    const view = await app.inject({ method: 'GET', url: `/api/review/filings/${filingId}/case`, headers: bearer(reviewer) })
    expect(view.statusCode).toBe(200)
    const body = view.json()
    expect(body.filing.subject.idNumberMasked).toBe('1101**********1233')
    expect(body.filing.contacts.phone1).toBe('138****5678')
    // Counted by, and said with, the 参保地's own setting (广西: 1 个工作日).
    expect(body.reviewDeadline).toMatchObject({ deadline: '2025-09-30', endsAt: '2025-09-30T16:00:00.000Z', overdue: false, workingDays: 1 })
    expect(body.window).toEqual({ within: true, text: '2025-09-29 提交，在截止日 2025-10-10 之内' })
    expect(body.insuredRegionName).toBe('广西壮族自治区柳州市')

    const before = (await auditRows(app)).length
    const revealed = await app.inject({ method: 'POST', url: `/api/review/filings/${filingId}/reveal`, headers: bearer(reviewer) })
    // The person's own ID number (insuredIn gives each person one), in full.
    const { subject_id_number: idNumber } = await app.db.selectFrom('filings').select('subject_id_number').where('id', '=', filingId).executeTakeFirstOrThrow()
    expect(idNumber).toMatch(/^1101\d{12}33$/)
    expect(revealed.json()).toMatchObject({ name: '张三', idNumber, phone1: '13812345678' })
    const material = await app.inject({ method: 'GET', url: `/api/review/materials/${materialId}`, headers: bearer(reviewer) })
    expect(material.statusCode).toBe(200)
    expect(material.headers['cache-control']).toBe('private, no-store')

    const rows = (await auditRows(app)).slice(before)
    expect(rows.map((r) => [r.action, r.actor.name, r.subject?.type, r.subject?.label])).toEqual([
      ['VIEW_PERSON', 'wangfang', 'FILING', `${body.filing.number} 张* 1101**********1233`],
      ['VIEW_MATERIAL', 'wangfang', 'FILING', `${body.filing.number} 张* 1101**********1233`],
    ])
    expect(rows[1]?.detail).toMatchObject({ uploadId: materialId, purpose: 'ID_DOCUMENT', material: '有效身份证件' })
  })

  it('previews the person’s notification without sending it', async () => {
    const preview = await app.inject({
      method: 'POST',
      url: `/api/review/filings/${filingId}/preview`,
      headers: bearer(reviewer),
      payload: { decision: 'REQUEST_MATERIALS', missingItems: ['入院记录（盖医院公章）', '门诊病历', '诊断证明'] },
    })
    expect(preview.statusCode).toBe(200)
    expect(preview.json()).toEqual({
      recipients: 1,
      recipientList: [{ role: 'APPLICANT', name: '张三', wechatMessage: false }],
      insuredWithoutAccount: false,
      wechat: {
        title: '审核结果通知',
        fields: [
          { label: '备案编号', value: expect.stringMatching(/^YD20250929/) },
          { label: '审核结果', value: '待补充材料' },
          { label: '说明', value: '请补充 3 项：入院记录（盖医院公章）…' },
          { label: '审核时间', value: '2025年9月29日 10:00' },
        ],
      },
      app: { statusLabel: '待补充材料', note: '请补充 3 项：入院记录（盖医院公章）；门诊病历；诊断证明' },
    })
    // A question only: the app's status and note as the filing's page will say them, the message's too.
    const asked = await app.inject({
      method: 'POST',
      url: `/api/review/filings/${filingId}/preview`,
      headers: bearer(reviewer),
      payload: { decision: 'REQUEST_MATERIALS', missingItems: ['为什么到广州就医？'] },
    })
    expect(asked.json().app).toEqual({ statusLabel: '待回答审核员的问题', note: '请回答审核员的问题：为什么到广州就医？' })
    expect(asked.json().wechat.fields[1]).toEqual({ label: '审核结果', value: '待回答问题' })
    // Corrections only: 待改正填写的内容 in the app, 待改正 in the message (nothing to photograph).
    const fix = await app.inject({
      method: 'POST',
      url: `/api/review/filings/${filingId}/preview`,
      headers: bearer(reviewer),
      payload: { decision: 'REQUEST_MATERIALS', corrections: ['phone1'] },
    })
    expect(fix.json().app).toEqual({ statusLabel: '待改正填写的内容', note: '请改正 1 项：联系电话' })
    expect(fix.json().wechat.fields[1]).toEqual({ label: '审核结果', value: '待改正' })
    const empty = await app.inject({ method: 'POST', url: `/api/review/filings/${filingId}/preview`, headers: bearer(reviewer), payload: { decision: 'REJECT' } })
    expect(empty.statusCode).toBe(422)
    expect(empty.json().fields).toEqual({ reasons: '不予通过时，请写明原因（至少一项）' })
  })

  it('a second reviewer deciding on what the first has just decided gets 409 naming who', async () => {
    const first = await app.inject({
      method: 'POST',
      url: `/api/review/filings/${filingId}/decision`,
      headers: bearer(reviewer),
      payload: { decision: 'REQUEST_MATERIALS', missingItems: ['入院记录（盖医院公章）'], expectedStatus: 'UNDER_REVIEW' },
    })
    expect(first.statusCode).toBe(200)
    // The second reviewer still sees 审核中 and rejects: refused, with the first reviewer's name.
    const second = await app.inject({
      method: 'POST',
      url: `/api/review/filings/${filingId}/decision`,
      headers: bearer(other),
      payload: { decision: 'REJECT', reasons: ['不是急诊'], expectedStatus: 'UNDER_REVIEW' },
    })
    expect(second.statusCode).toBe(409)
    expect(second.json()).toEqual({
      code: 'FILING_NOT_REVIEWABLE',
      message: '这份备案已经由审核员 王芳 于 2025-09-29 10:00 要求补充材料，现在是“待补充材料”，不能不予通过；请刷新后看看最新状态',
    })
    const decisions = (await app.inject({ method: 'GET', url: `/api/review/filings/${filingId}/case`, headers: bearer(other) })).json().decisions
    expect(decisions).toEqual([
      expect.objectContaining({ decision: 'REQUEST_MATERIALS', reviewerName: '王芳', missingItems: ['入院记录（盖医院公章）'] }),
    ])
  })

  it('REVIEWER_TOKEN acts as the named service account, recorded as such', async () => {
    const before = (await auditRows(app)).length
    const response = await app.inject({
      method: 'POST',
      url: `/api/review/filings/${filingId}/decision`,
      headers: bearer(SERVICE_TOKEN),
      payload: { decision: 'REJECT', reasons: ['超过 3 个月'] },
    })
    expect(response.statusCode).toBe(200)
    const [row] = (await auditRows(app)).slice(before)
    expect(row).toMatchObject({
      action: 'DECIDE_FILING',
      actor: { type: 'SERVICE', name: 'service:reviewer-token', role: 'REVIEWER' },
      subject: { type: 'FILING', id: filingId },
      detail: { decision: 'REJECT', from: 'NEEDS_MATERIALS', to: 'REJECTED', reasons: ['超过 3 个月'] },
    })
    const latest = await app.repos.reviewDecisions.latest(filingId)
    expect(latest).toMatchObject({ reviewerId: 'service:reviewer-token', reviewerName: '服务账号（REVIEWER_TOKEN）' })
  })

  it('an admin reads and exports the log (the export itself is logged); account changes are in it', async () => {
    const list = await app.inject({ method: 'GET', url: '/api/staff/audit?action=ACCOUNT_CREATED', headers: bearer(admin) })
    expect(list.json().entries.map((e: { actor: { name: string }; subject: { label: string } }) => [e.actor.name, e.subject.label])).toEqual([
      ['admin', 'chenjing（陈静）'],
      ['cli:test', 'admin（赵管理）'],
      ['cli:test', 'lina（李娜）'],
      ['cli:test', 'wangfang（王芳）'],
    ])
    const csv = await app.inject({ method: 'GET', url: '/api/staff/audit/export?from=2025-09-29&to=2025-09-29', headers: bearer(admin) })
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(csv.body.split('\r\n')[0]).toBe('\ufeff序号,时间,操作,操作人,操作人类型,角色,对象类型,对象,对象 id,详情,IP')
    expect(csv.body).toContain(',查看完整个人信息,wangfang,STAFF,REVIEWER,FILING,')
    const [last] = (await auditRows(app)).slice(-1)
    expect(last).toMatchObject({ action: 'AUDIT_EXPORTED', actor: { name: 'admin' } })
  })

  it('the database itself refuses to change or delete audit rows', async () => {
    // The message, not `rejects.toThrow`: better-sqlite3's error comes from another realm in a jest worker.
    const refusal = (query: Promise<unknown>) => query.then(() => 'no error', (e: unknown) => String((e as { message?: unknown }).message))
    expect(await refusal(sql`update audit_log set actor_name = 'someone-else'`.execute(app.db))).toMatch(/append-only/)
    expect(await refusal(sql`delete from audit_log`.execute(app.db))).toMatch(/append-only/)
    expect((await auditRows(app)).length).toBeGreaterThan(10)
  })
})

it('a citizen who logs in fresh is still refused (login code path, not a staff name)', async () => {
  const fresh = await login(app)
  expect((await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(fresh.token) })).statusCode).toBe(401)
})
