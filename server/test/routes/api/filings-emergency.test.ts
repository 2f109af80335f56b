import type { FastifyInstance } from 'fastify'
import { BUNDLED_CALENDAR } from '@/domain/calendar'
import { profileFor } from '@/domain/profiles'
import { computeEmergencyWindow } from '@/domain/rules'
import { bearer, buildTestApp, expectErrorBody } from '../../helpers/build'
import { LIUZHOU, emergencyBody, emergencyPart, insuredIn } from '../../helpers/emergency'
import { fileRequest, uploadAll } from '../../helpers/filings'

// Emergency filings through POST /api/filings (SPEC §6) on the real calendars (2025, 2026), and
// on a year that is not loaded (2027). The clock is moved per test; sessions outlive the moves.
const env = { SESSION_TTL_SECONDS: String(5 * 365 * 24 * 3600), REVIEWER_TOKEN: 'staff-token' }
const staff = { authorization: 'Bearer staff-token' }

let now = new Date('2025-10-10T23:00:00+08:00')
let app: FastifyInstance

beforeAll(async () => {
  app = await buildTestApp({ now: () => now, env })
})

/** The domain's own window, for comparing with what the API shows. */
function domainWindow(admittedOn: string, insuredRegion: string, at: Date) {
  const window = computeEmergencyWindow({ admittedOn, profile: profileFor(insuredRegion), calendar: BUNDLED_CALENDAR, now: at })
  if (!window.ok) throw new Error(window.message)
  return window.value
}

async function reminders(filingId: string) {
  const response = await app.inject({ method: 'GET', url: '/api/review/notifications', headers: staff })
  return response
    .json()
    .notifications.filter((n: { filingId: string; kind: string }) => n.filingId === filingId && n.kind === 'DEADLINE_REMINDER')
}

describe('SPEC §6 worked example: insured in 柳州 (Guangxi), admitted Friday 2025-09-26', () => {
  it('filed at 23:00 on the last day (2025-10-10) → 201 UNDER_REVIEW, valid from the admission, for that admission', async () => {
    now = new Date('2025-10-10T23:00:00+08:00')
    const { token } = await insuredIn(app, '450200')
    const body = await emergencyBody(app, token, '2025-09-26', { emergency: { leftOn: '2025-09-20' } })
    const response = await app.inject(fileRequest(token, body))
    expect(response.statusCode).toBe(201)
    const view = response.json()
    expect(view).toMatchObject({
      type: 'EMERGENCY',
      status: 'UNDER_REVIEW',
      statusLabel: '审核中',
      basis: 'PROOF',
      startDate: '2025-09-26',
      endDate: null,
      validFrom: '2025-09-26',
      validTo: null,
      contacts: { addressAtDestination: '' },
      emergency: {
        admittedOn: '2025-09-26',
        leftOn: '2025-09-20',
        dischargedOn: null,
        awayReason: 'TRAVEL',
        hospitalName: '阳江市人民医院',
        diagnosis: '急性阑尾炎',
        criteria: ['ACUTE_PAIN'],
        deadline: '2025-10-10',
        mode: 'WINDOW',
      },
      review: null,
    })
    expect(view.validityExplanation).toMatch(/住院/)
    expect(view.timeline.map((e: { status: string }) => e.status)).toEqual(['SUBMITTED', 'UNDER_REVIEW'])
    expect(view.timeline.every((e: { at: string }) => e.at === now.toISOString())).toBe(true)
    expect(view.materials).toHaveLength(2)
    // The reminder moment (09:00 on 10-09) has passed: none is queued.
    expect(await reminders(view.id)).toEqual([])

    // The filer reads it back the same way.
    const again = await app.inject({ method: 'GET', url: `/api/filings/${view.id}`, headers: bearer(token) })
    expect(again.json().emergency).toEqual(view.emergency)
  })

  it('30 seconds after 24:00 → 422 EMERGENCY_WINDOW_CLOSED with the window and what to do now (零星报销)', async () => {
    now = new Date('2025-10-11T00:00:30+08:00')
    const { token } = await insuredIn(app, '450200')
    const response = await app.inject(fileRequest(token, await emergencyBody(app, token, '2025-09-26')))
    expect(response.statusCode).toBe(422)
    const body = response.json()
    expectErrorBody(body, 'EMERGENCY_WINDOW_CLOSED')
    expect(body.message).toContain('2025 年 10 月 10 日 24:00')
    expect(body.message).toContain('零星报销')
    expect(body.window).toMatchObject({ mode: 'WINDOW', deadline: '2025-10-10', closed: true, deadlineEndsAt: '2025-10-11T00:00:00+08:00' })
    expect(body.guidance.headline).toContain('零星报销')
    expect(body.guidance.keep.join()).toContain('发票')
    expect(body.guidance.reduction.example.amount).toBe(10000)
    expect(body.guidance.reduction.example.extraOutOfPocket).toBeGreaterThan(0)
    // Nothing was filed.
    const list = await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(token) })
    expect(list.json().filings).toEqual([])
  })
})

describe('2026 Spring Festival (国办发明电〔2025〕7号: 2-15 … 2-23 off, Saturday 2-14 and 2-28 worked)', () => {
  it('admitted Tuesday 2026-02-10: Wed 11, Thu 12, Fri 13, Sat 14 (make-up day) and, after the holiday, Tue 24 → deadline 2026-02-24; reminder at 09:00 on the make-up Saturday', async () => {
    now = new Date('2026-02-11T10:00:00+08:00')
    const expected = domainWindow('2026-02-10', '450200', now)
    expect(expected.deadline).toBe('2026-02-24')
    expect(expected.extendedBy.map((b) => b.name)).toEqual(['春节'])

    const { token, userId } = await insuredIn(app, '450200')
    const response = await app.inject(fileRequest(token, await emergencyBody(app, token, '2026-02-10')))
    expect(response.statusCode).toBe(201)
    const view = response.json()
    expect(view.emergency).toMatchObject({ deadline: expected.deadline, mode: 'WINDOW' })

    // The working day before Tue 02-24 is the make-up Saturday 02-14 (the holiday lies between).
    const rows = await reminders(view.id)
    expect(rows).toEqual([
      expect.objectContaining({
        userId,
        status: 'PENDING',
        dueAt: new Date('2026-02-14T09:00:00+08:00').toISOString(),
        payload: { kind: 'DEADLINE_REMINDER', trigger: 'CREATED', filingNumber: view.number, deadline: '2026-02-24' },
      }),
    ])
  })

  it('admitted Friday 2026-02-13: Sat 14 counts, then Tue 24 … Fri 27 → deadline 2026-02-27', async () => {
    now = new Date('2026-02-20T10:00:00+08:00')
    const expected = domainWindow('2026-02-13', '450200', now)
    expect(expected.deadline).toBe('2026-02-27')
    const { token } = await insuredIn(app, '450200')
    const response = await app.inject(fileRequest(token, await emergencyBody(app, token, '2026-02-13')))
    expect(response.statusCode).toBe(201)
    expect(response.json().emergency.deadline).toBe(expected.deadline)
    expect((await reminders(response.json().id))[0].dueAt).toBe(new Date('2026-02-26T09:00:00+08:00').toISOString())
  })
})

describe('a year whose holidays are not loaded (2027)', () => {
  it('admitted 2027-03-10 with the clock in 2027: the window is provisional (weekends only), the filing is still accepted', async () => {
    now = new Date('2027-03-11T10:00:00+08:00')
    const expected = domainWindow('2027-03-10', '450200', now)
    expect(expected.provisional).toBe(true)
    expect(expected.deadline).toBe('2027-03-17')
    const { token } = await insuredIn(app, '450200')
    const response = await app.inject(fileRequest(token, await emergencyBody(app, token, '2027-03-10')))
    expect(response.statusCode).toBe(201)
    expect(response.json()).toMatchObject({ status: 'UNDER_REVIEW', validFrom: '2027-03-10', emergency: { deadline: '2027-03-17', mode: 'WINDOW' } })
  })
})

describe('the insured place’s own rule', () => {
  it('Jiangsu (苏州 320500): emergency rescue is deemed filed → 422 EMERGENCY_DEEMED_FILED, tell the hospital', async () => {
    now = new Date('2025-09-27T10:00:00+08:00')
    const { token } = await insuredIn(app, '320500')
    const response = await app.inject(fileRequest(token, await emergencyBody(app, token, '2025-09-26')))
    expect(response.statusCode).toBe(422)
    const body = response.json()
    expectErrorBody(body, 'EMERGENCY_DEEMED_FILED')
    expect(body.message).toContain('视同已备案')
    expect(body.message).toContain('告诉医院')
    expect(body.window).toMatchObject({ mode: 'DEEMED_FILED', deadline: null })
    expect(body.guidance).toBeUndefined()
  })

  it('Yangjiang (441700): before discharge only; already discharged → 422 EMERGENCY_WINDOW_CLOSED with guidance', async () => {
    now = new Date('2025-12-01T10:00:00+08:00')
    const { token } = await insuredIn(app, '441700')
    const body = await emergencyBody(app, token, '2025-10-15', {
      destination: LIUZHOU,
      emergency: { dischargedOn: '2025-10-20', hospitalName: '柳州市人民医院' },
    })
    const response = await app.inject(fileRequest(token, body))
    expect(response.statusCode).toBe(422)
    const answer = response.json()
    expectErrorBody(answer, 'EMERGENCY_WINDOW_CLOSED')
    expect(answer.message).toContain('出院')
    expect(answer.window).toMatchObject({ mode: 'BEFORE_DISCHARGE', closed: true })
    expect(answer.guidance.steps.length).toBeGreaterThan(0)
  })

  it('Yangjiang, still in hospital → 201 with mode BEFORE_DISCHARGE and no dated deadline (no reminder)', async () => {
    now = new Date('2025-12-01T10:00:00+08:00')
    const { token } = await insuredIn(app, '441700')
    const body = await emergencyBody(app, token, '2025-11-20', { destination: LIUZHOU })
    const response = await app.inject(fileRequest(token, body))
    expect(response.statusCode).toBe(201)
    expect(response.json().emergency).toMatchObject({ mode: 'BEFORE_DISCHARGE', deadline: null })
    expect(await reminders(response.json().id)).toEqual([])
  })
})

describe('refusals and repeats', () => {
  beforeEach(() => {
    now = new Date('2025-09-29T10:00:00+08:00')
  })

  it('reports every wrong field at once: the domain’s and the emergency-only ones', async () => {
    const { token } = await insuredIn(app, '450200')
    const materials = await uploadAll(app, token, ['ID_DOCUMENT'])
    const body = await emergencyBody(app, token, '2025-09-26', {
      materials,
      startDate: '2025-09-27',
      endDate: '2025-12-31',
      emergency: { criteria: [], hospitalName: '' },
    })
    const response = await app.inject(fileRequest(token, body))
    expect(response.statusCode).toBe(422)
    const answer = response.json()
    expectErrorBody(answer, 'VALIDATION_FAILED')
    expect(Object.keys(answer.fields).sort()).toEqual(['criteria', 'endDate', 'hospitalName', 'materials', 'startDate'])
  })

  it('refuses emergency details on another type, and unknown fields in them', async () => {
    const { token } = await insuredIn(app, '450200')
    const body = await emergencyBody(app, token, '2025-09-26', { type: 'OTHER_TEMPORARY' })
    expect((await app.inject(fileRequest(token, body))).json().fields.emergency).toContain('急诊')
    const unknown = await emergencyBody(app, token, '2025-09-26', { emergency: { ward: '3 楼' } })
    const response = await app.inject(fileRequest(token, unknown))
    expect(response.statusCode).toBe(400)
    expect(response.json().fields['emergency.ward']).toBe('不认识这一项，请去掉后再提交')
  })

  it('the same admission twice → 409 DUPLICATE_FILING; the same Idempotency-Key → the first answer', async () => {
    const { token } = await insuredIn(app, '450200')
    const body = await emergencyBody(app, token, '2025-09-26')
    const first = await app.inject(fileRequest(token, body, { 'idempotency-key': 'emergency-1' }))
    expect(first.statusCode).toBe(201)
    const replay = await app.inject(fileRequest(token, body, { 'idempotency-key': 'emergency-1' }))
    expect(replay.statusCode).toBe(201)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(replay.json().id).toBe(first.json().id)

    const again = await app.inject(fileRequest(token, await emergencyBody(app, token, '2025-09-26')))
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ code: 'DUPLICATE_FILING', existingFilingId: first.json().id })

    // Another admission is another filing.
    const other = await app.inject(fileRequest(token, await emergencyBody(app, token, '2025-09-28', { emergency: emergencyPart('2025-09-28') })))
    expect(other.statusCode).toBe(201)
  })
})
