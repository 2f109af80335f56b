import { buildTestApp, closeTestApp, expectErrorBody, movableClock } from '../../helpers/build'
import { SCHEDULE_2027_FIXTURE, calendarDirWith } from '../../helpers/calendar-files'

/** 10:00 China time on a date. */
const at10 = (date: string) => new Date(`${date}T10:00:00+08:00`)

async function getWindow(query: string, options: { now?: Date; env?: Record<string, string> } = {}) {
  const app = await buildTestApp({ now: () => options.now ?? at10('2025-09-26'), env: options.env })
  return app.inject({ method: 'GET', url: `/api/emergency-window?${query}` })
}

describe('GET /api/emergency-window (SPEC §6)', () => {
  it('SPEC §6 worked example: Guangxi, admitted Fri 2025-09-26 → 2025-10-10, 24:00', async () => {
    const response = await getWindow('admittedOn=2025-09-26&insuredRegion=450200')
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body).toMatchObject({
      mode: 'WINDOW',
      deadline: '2025-10-10',
      deadlineEndsAt: '2025-10-11T00:00:00+08:00',
      workingDaysLeft: 5,
      closed: false,
      provisional: false,
      extendedBy: [{ name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' }],
      profile: { id: 'GUANGXI', name: '广西壮族自治区参保人员' },
    })
    expect(body.explanation).toContain('2025 年 10 月 10 日')
    expect(body.citations).toContainEqual(expect.objectContaining({ doc: '国办发明电〔2024〕12号' }))
  })

  // insured region | profile | mode | deadline — admitted 2025-09-26, now 10:00 that day
  it.each([
    ['450200', 'GUANGXI', 'WINDOW', '2025-10-10'],
    ['110000', 'DEFAULT', 'WINDOW', '2025-10-10'],
    ['320500', 'JIANGSU', 'DEEMED_FILED', null],
    ['441702', 'YANGJIANG', 'BEFORE_DISCHARGE', null],
  ])('insured in %s → %s, %s, deadline %p', async (region, id, mode, deadline) => {
    const response = await getWindow(`admittedOn=2025-09-26&insuredRegion=${region}`)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ mode, deadline, closed: false, provisional: false, profile: { id } })
    // A dated window says its length, the 参保地's rule (5 working days: 001 设立依据2 第九条(三)1).
    if (mode === 'WINDOW') expect(response.json().workingDays).toBe(5)
    else expect(response.json()).not.toHaveProperty('workingDays')
  })

  it('Jiangsu: treated as already filed, nothing to do (002 第八条(五))', async () => {
    const body = (await getWindow('admittedOn=2025-09-26&insuredRegion=320500')).json()
    expect(body).toMatchObject({ deadlineEndsAt: null, workingDaysLeft: null, extendedBy: [] })
    expect(body.explanation).toContain('视同已备案')
  })

  it('after the last day ends, the window is closed and the fallback is explained', async () => {
    const response = await getWindow('admittedOn=2025-09-26&insuredRegion=450200', {
      now: new Date('2025-10-11T00:00:00+08:00'),
    })
    expect(response.json()).toMatchObject({ deadline: '2025-10-10', closed: true, workingDaysLeft: 0 })
    expect(response.json().explanation).toContain('零星报销')
  })

  it('Yangjiang: closed once discharged (003 第六条)', async () => {
    const response = await getWindow('admittedOn=2025-09-20&insuredRegion=441700&dischargedOn=2025-09-25')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ mode: 'BEFORE_DISCHARGE', closed: true })
  })

  it('a 2027 admission with no 2027 schedule loaded is provisional, and says so', async () => {
    const response = await getWindow('admittedOn=2027-04-01&insuredRegion=450200', { now: at10('2027-04-01') })
    expect(response.statusCode).toBe(200)
    const body = response.json()
    // Weekends and 清明 Mon 04-05 (全国年节及纪念日放假办法): Fri 2, Tue 6, Wed 7, Thu 8, Fri 9.
    expect(body).toMatchObject({ provisional: true, deadline: '2027-04-09', latestDeadline: '2027-04-15' })
    expect(body.explanation).toContain('2027 年的放假安排')
  })

  // issue 12 item 5: a year without a schedule still skips the statutory holidays.
  it.each([
    ['2026-12-28', '2027-01-04T10:00:00+08:00', { deadline: '2027-01-05', latestDeadline: '2027-01-06', closed: false, workingDaysLeft: 2 }],
    ['2027-04-01', '2027-04-12T10:00:00+08:00', { deadline: '2027-04-09', latestDeadline: '2027-04-15', closed: false }],
    ['2027-04-01', '2027-04-16T00:00:00+08:00', { deadline: '2027-04-09', latestDeadline: '2027-04-15', closed: true }],
  ])('provisional (450200): admitted %s, asked %s', async (admittedOn, now, expected) => {
    const response = await getWindow(`admittedOn=${admittedOn}&insuredRegion=450200`, { now: new Date(now) })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ provisional: true, ...expected })
  })

  it('with a 2027 file in CALENDAR_DIR the same admission is counted for real', async () => {
    const env = { CALENDAR_DIR: calendarDirWith({ '2027.json': SCHEDULE_2027_FIXTURE }) }
    const response = await getWindow('admittedOn=2027-04-01&insuredRegion=450200', { now: at10('2027-04-01'), env })
    expect(response.statusCode).toBe(200)
    // 清明节 Mon 04-05 is off in the file: Fri 2, Tue 6, Wed 7, Thu 8, Fri 9.
    expect(response.json()).toMatchObject({
      provisional: false,
      deadline: '2027-04-09',
      extendedBy: [{ name: '清明节', from: '2027-04-03', to: '2027-04-05' }],
    })
  })

  it('uses the server clock in China time: just after midnight in China, that day is not the future', async () => {
    const query = 'admittedOn=2025-09-26&insuredRegion=450200'
    expect((await getWindow(query, { now: new Date('2025-09-25T16:00:00Z') })).statusCode).toBe(200)
    expect((await getWindow(query, { now: new Date('2025-09-25T15:59:59Z') })).statusCode).toBe(422)
  })
})

describe('GET /api/emergency-window refuses bad input with { code, message } in plain Chinese', () => {
  // case | query | status | code | field named (null: none)
  const cases: Array<[string, string, number, string, string | null]> = [
    ['admission in the future', 'admittedOn=2025-09-27&insuredRegion=450200', 422, 'DATE_IN_FUTURE', 'admittedOn'],
    ['a date that does not exist', 'admittedOn=2025-02-30&insuredRegion=450200', 400, 'DATE_INVALID', 'admittedOn'],
    ['a date in another format', 'admittedOn=2025/09/26&insuredRegion=450200', 400, 'VALIDATION_FAILED', 'admittedOn'],
    ['no admission date', 'insuredRegion=450200', 400, 'VALIDATION_FAILED', 'admittedOn'],
    ['a malformed region', 'admittedOn=2025-09-26&insuredRegion=4502', 400, 'VALIDATION_FAILED', 'insuredRegion'],
    ['no region', 'admittedOn=2025-09-26', 400, 'VALIDATION_FAILED', 'insuredRegion'],
    ['an unknown region', 'admittedOn=2025-09-26&insuredRegion=999999', 404, 'REGION_UNKNOWN', null],
    ['an unknown parameter', 'admittedOn=2025-09-26&insuredRegion=450200&x=1', 400, 'VALIDATION_FAILED', 'x'],
    ['a repeated parameter', 'admittedOn=2025-09-26&admittedOn=2025-09-25&insuredRegion=450200', 400, 'VALIDATION_FAILED', 'admittedOn'],
    ['discharge before admission', 'admittedOn=2025-09-20&insuredRegion=441700&dischargedOn=2025-09-19', 422, 'DATE_RANGE_INVERTED', 'dischargedOn'],
    ['a discharge date that does not exist', 'admittedOn=2025-09-20&insuredRegion=441700&dischargedOn=2025-09-31', 400, 'DATE_INVALID', 'dischargedOn'],
  ]

  it.each(cases)('%s', async (_case, query, status, code, field) => {
    const response = await getWindow(query)
    expect(response.statusCode).toBe(status)
    const body = response.json()
    expectErrorBody(body, code)
    if (field) expect(body.fields).toHaveProperty([field], expect.stringMatching(/[\u4e00-\u9fff]/))
    else expect(body.fields).toBeUndefined()
  })

  it('the future-date message says what to do', async () => {
    const body = (await getWindow('admittedOn=2025-09-27&insuredRegion=450200')).json()
    expect(body.message).toBe('入院日期不能晚于今天（2025 年 9 月 26 日），请选今天或以前实际发生的日期')
  })
})

describe('GET /api/emergency-window: an answer is computed once per question and day', () => {
  const clock = movableClock(at10('2025-09-26'))

  it('the same question the same day gets the same JSON; the next day a new answer; a refusal is never kept', async () => {
    const app = await buildTestApp({ now: clock.now })
    const ask = (query: string) => app.inject({ method: 'GET', url: `/api/emergency-window?${query}` })
    try {
      const first = await ask('admittedOn=2025-09-26&insuredRegion=450200')
      const again = await ask('admittedOn=2025-09-26&insuredRegion=450200')
      expect(again.statusCode).toBe(200)
      expect(again.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(again.body).toBe(first.body)
      expect(first.json()).toMatchObject({ workingDaysLeft: 5, profile: { id: 'GUANGXI' } })

      // A refusal (admitted tomorrow), asked twice, is refused twice; it keeps nothing.
      for (let i = 0; i < 2; i += 1) expectErrorBody((await ask('admittedOn=2025-09-27&insuredRegion=450200')).json(), 'DATE_IN_FUTURE')

      // The next working day (Monday 29th): one working day has passed, and the future date is allowed.
      clock.set(at10('2025-09-29'))
      expect((await ask('admittedOn=2025-09-26&insuredRegion=450200')).json()).toMatchObject({ deadline: '2025-10-10', workingDaysLeft: 4 })
      expect((await ask('admittedOn=2025-09-27&insuredRegion=450200')).statusCode).toBe(200)
    } finally {
      await closeTestApp(app)
    }
  })
})
