import { join } from 'node:path'
import { SCHEDULE_2025 } from '@/domain/calendar'
import { buildApp } from '@server/app'
import { ConfigError, loadConfig } from '@server/config'
import { buildTestApp, expectErrorBody, testDatabase } from '../../helpers/build'
import { SCHEDULE_2027_FIXTURE, calendarDirWith } from '../../helpers/calendar-files'

const getYear = async (year: string, env: Record<string, string> = {}) => {
  const app = await buildTestApp({ env })
  return app.inject({ method: 'GET', url: `/api/calendar/${year}` })
}

describe('GET /api/calendar/:year', () => {
  it('answers the 2025 schedule (国办发明电〔2024〕12号) as the domain has it', async () => {
    const response = await getYear('2025')
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body).toEqual(JSON.parse(JSON.stringify(SCHEDULE_2025)))
    expect(body.holidays).toContainEqual({ date: '2025-10-01', name: '国庆节、中秋节' })
    expect(body.makeupWorkdays).toContainEqual({ date: '2025-09-28', name: '国庆节、中秋节' })
    expect(body.source).toMatchObject({ notice: '国办发明电〔2024〕12号' })
    expect(response.headers['cache-control']).toBe('public, max-age=3600')
  })

  it('answers 2026 too (bundled)', async () => {
    const response = await getYear('2026')
    expect(response.statusCode).toBe(200)
    expect(response.json().year).toBe(2026)
  })

  it.each([['2024'], ['2027'], ['1999']])('answers 404 CALENDAR_YEAR_NOT_COVERED for %s, naming the years it has', async (year) => {
    const response = await getYear(year)
    expect(response.statusCode).toBe(404)
    expectErrorBody(response.json(), 'CALENDAR_YEAR_NOT_COVERED')
    expect(response.json().message).toContain('2025、2026')
    expect(response.headers['cache-control']).toBe('no-store')
  })

  it.each([['25'], ['20255'], ['two']])('answers 400 for the malformed year %p', async (year) => {
    const response = await getYear(year)
    expect(response.statusCode).toBe(400)
    expect(response.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: expect.any(String),
      fields: { year: expect.stringContaining('四位数字的年份') },
    })
  })
})

describe('CALENDAR_DIR: a new year as a data file, without an app release', () => {
  it('serves a year from a file', async () => {
    const dir = calendarDirWith({ '2027.json': SCHEDULE_2027_FIXTURE })
    const response = await getYear('2027', { CALENDAR_DIR: dir })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual(SCHEDULE_2027_FIXTURE)
  })

  it('keeps the bundled years alongside, and ignores files that are not .json', async () => {
    const dir = calendarDirWith({ '2027.json': SCHEDULE_2027_FIXTURE, 'README.txt': 'notes', '2028.json.bak': '{' })
    const app = await buildTestApp({ env: { CALENDAR_DIR: dir } })
    expect(app.calendar.years).toEqual([2025, 2026, 2027])
  })

  it('a file for a bundled year replaces it (a corrected notice)', async () => {
    const corrected = { ...JSON.parse(JSON.stringify(SCHEDULE_2025)), makeupWorkdays: [], source: { ...SCHEDULE_2025.source, note: '更正' } }
    const dir = calendarDirWith({ '2025.json': corrected })
    const response = await getYear('2025', { CALENDAR_DIR: dir })
    expect(response.json()).toEqual(corrected)
  })

  it('reads a file saved with a byte-order mark', async () => {
    const dir = calendarDirWith({ '2027.json': '\uFEFF' + JSON.stringify(SCHEDULE_2027_FIXTURE) })
    expect((await getYear('2027', { CALENDAR_DIR: dir })).statusCode).toBe(200)
  })

  it('an empty folder is fine: the bundled years only', async () => {
    const app = await buildTestApp({ env: { CALENDAR_DIR: calendarDirWith({}) } })
    expect(app.calendar.years).toEqual([2025, 2026])
  })

  const start = (dir: string) =>
    buildApp({ config: { ...loadConfig({ CALENDAR_DIR: dir }), database: testDatabase() }, logger: false })

  // case | files in the folder | what the message must name
  it.each<[string, Record<string, unknown>, RegExp[]]>([
    ['not JSON', { '2027.json': '{ "year": 2027, ' }, [/2027\.json/, /不是有效的 JSON/]],
    [
      'a date that does not exist',
      { '2027.json': { ...SCHEDULE_2027_FIXTURE, holidays: [{ date: '2027-02-30', name: '春节' }] } },
      [/2027\.json/, /2027-02-30/],
    ],
    ['no source', { '2027.json': { ...SCHEDULE_2027_FIXTURE, source: undefined } }, [/2027\.json/, /source/]],
    ['no year', { 'next.json': { holidays: [] } }, [/next\.json/, /year/]],
    ['a day both off and worked', {
      '2027.json': { ...SCHEDULE_2027_FIXTURE, makeupWorkdays: [{ date: '2027-01-02', name: '元旦' }] },
    }, [/2027\.json/, /既放假又上班/]],
    ['two files for one year', { '2027.json': SCHEDULE_2027_FIXTURE, '2027-b.json': SCHEDULE_2027_FIXTURE }, [/2027-b\.json/, /2027\.json/, /只留一个/]],
  ])('refuses to start when a file is unusable: %s', async (_case, files, named) => {
    const error: unknown = await start(calendarDirWith(files)).then(
      () => new Error('started'),
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ConfigError)
    for (const pattern of named) expect((error as Error).message).toMatch(pattern)
    expect((error as Error).message).toMatch(/请改正|请只留一个/)
  })

  it('refuses to start when CALENDAR_DIR is set to a folder that does not exist', async () => {
    const missing = join(calendarDirWith({}), 'no-such-folder')
    await expect(start(missing)).rejects.toThrow(/CALENDAR_DIR.*不存在/)
  })

  it('refuses to start when CALENDAR_DIR is a file', async () => {
    const file = join(calendarDirWith({ 'x.json': SCHEDULE_2027_FIXTURE }), 'x.json')
    await expect(start(file)).rejects.toThrow(/不是文件夹/)
  })
})
