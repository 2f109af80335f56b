import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { buildTestApp, closeTestApp, movableClock } from '../helpers/build'
import { describeColumnMigration } from '../helpers/column-migration'
import { fileOk, filer, longTermBody } from '../helpers/filings'

// GET /api/status keeps each filing's answer and asks the database only for its version — the
// row's revision (raised by the database on every update) and the last seq of its events and of
// its review decisions — before answering from it (issue 15). Every change below is written
// straight to the database, as another instance (or the staff console, or a script) would write
// it: none of it passes through this app's code, and each must show in the next lookup.

const NOW = new Date('2025-09-29T02:00:00Z')
const TODAY = '2025-09-29'

let app: FastifyInstance
const clock = movableClock(NOW)

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now })
})
afterAll(async () => closeTestApp(app))

/** A filing in review (the filer has not passed 实人认证), its number and the ID tail to look it up by. */
async function inReview() {
  const user = await filer(app, { verified: false })
  const view = await fileOk(app, user.token, await longTermBody(app, user.token, TODAY))
  expect(view.status).toBe('UNDER_REVIEW')
  const { id } = await app.db.selectFrom('filings').select('id').where('number', '=', view.number).executeTakeFirstOrThrow()
  return { id: id as string, number: view.number as string, idTail: user.idNumber.slice(-6) }
}

const lookup = async (number: string, idTail: string) => {
  const response = await app.inject({ method: 'GET', url: `/api/status?number=${encodeURIComponent(number)}&idTail=${idTail}` })
  expect(response.statusCode).toBe(200)
  return response.json()
}

const revisionOf = async (id: string) =>
  Number((await app.db.selectFrom('filings').select('revision').where('id', '=', id).executeTakeFirstOrThrow()).revision)

const nextSeq = async (table: 'filing_events' | 'review_decisions', filingId: string) => {
  const row = await app.db.selectFrom(table).select((eb) => eb.fn.max('seq').as('seq')).where('filing_id', '=', filingId).executeTakeFirst()
  return Number(row?.seq ?? 0) + 1
}

describe('filings.revision', () => {
  it('starts at 0 and is raised by the database on every update of the row, whatever the update sets', async () => {
    const { id } = await inReview()
    expect(await revisionOf(id)).toBe(0)
    await app.db.updateTable('filings').set({ phone2: '13900000000' }).where('id', '=', id).execute()
    expect(await revisionOf(id)).toBe(1)
    // An update that changes nothing still counts; so does one of several rows at once.
    await app.db.updateTable('filings').set({ phone2: '13900000000' }).where('id', '=', id).execute()
    await sql`update filings set updated_at = updated_at where id in (${id}, 'no-such-filing')`.execute(app.db)
    expect(await revisionOf(id)).toBe(3)
  })
})

describe('the kept status answer', () => {
  it('is answered again as it was while nothing changed: the same frozen record', async () => {
    const { number } = await inReview()
    const first = await app.repos.filings.findForStatusLookup(number)
    const again = await app.repos.filings.findForStatusLookup(number)
    expect(first).not.toBeNull()
    expect(again).toBe(first)
    expect(Object.isFrozen(again)).toBe(true)
    expect(Object.isFrozen(again?.filing)).toBe(true)
    expect(Object.isFrozen(again?.events)).toBe(true)
  })

  it('shows a change of the filing row made elsewhere at the next lookup', async () => {
    const { id, number, idTail } = await inReview()
    expect((await lookup(number, idTail)).destination.name).toBe('广东省阳江市')
    const kept = await app.repos.filings.findForStatusLookup(number)
    await app.db.updateTable('filings').set({ destination_province: '450000', destination_city: '450200' }).where('id', '=', id).execute()
    expect((await lookup(number, idTail)).destination.name).toBe('广西壮族自治区柳州市')
    expect(await app.repos.filings.findForStatusLookup(number)).not.toBe(kept)
  })

  it('shows a step and a review decision added elsewhere, each without a change of the row', async () => {
    const { id, number, idTail } = await inReview()
    await sql`update filings set status = 'NEEDS_MATERIALS' where id = ${id}`.execute(app.db)
    const before = await lookup(number, idTail)
    expect(before.status).toBe('NEEDS_MATERIALS')
    expect(before.missingItems).toEqual([])
    const steps = before.timeline.length

    // A step alone (the row untouched): the timeline has it at the next lookup.
    await app.db
      .insertInto('filing_events')
      .values({ id: randomUUID(), filing_id: id, seq: await nextSeq('filing_events', id), status: 'NEEDS_MATERIALS', note: '请补充居住证明', at: NOW.toISOString() })
      .execute()
    const revision = await revisionOf(id)
    const withStep = await lookup(number, idTail)
    expect(withStep.timeline).toHaveLength(steps + 1)

    // A review decision alone: what it asks for shows at the next lookup.
    await app.db
      .insertInto('review_decisions')
      .values({
        id: randomUUID(),
        filing_id: id,
        seq: await nextSeq('review_decisions', id),
        decision: 'NEEDS_MATERIALS',
        reasons: '[]',
        missing_items: JSON.stringify(['居住证或居住证明']),
        decided_at: NOW.toISOString(),
        reviewer_id: null,
        reviewer_name: null,
        corrections: null,
      })
      .execute()
    expect(await revisionOf(id)).toBe(revision)
    expect((await lookup(number, idTail)).missingItems).toEqual(['居住证或居住证明'])
  })

  it('is built again on a new China day: a filing that lapsed overnight reads so, though nothing in it changed', async () => {
    const { id, number, idTail } = await inReview()
    await sql`update filings set status = 'APPROVED', valid_from = ${TODAY}, valid_to = ${TODAY} where id = ${id}`.execute(app.db)
    const today = await lookup(number, idTail)
    expect(today.status).toBe('APPROVED')
    const kept = await app.repos.filings.findForStatusLookup(number)
    // 2025-09-30 08:00 in China: the next day; the filing itself is as it was.
    clock.set(new Date('2025-09-30T00:00:00Z'))
    expect(await app.repos.filings.findForStatusLookup(number)).toBe(kept)
    const tomorrow = await lookup(number, idTail)
    expect(tomorrow.status).toBe('EXPIRED')
    expect(tomorrow.statusLabel).not.toBe(today.statusLabel)
  })

  it('answers 404 once the filing is gone, though its answer was kept', async () => {
    const { id, number, idTail } = await inReview()
    await lookup(number, idTail)
    await app.db.deleteFrom('filing_materials').where('filing_id', '=', id).execute()
    await app.db.deleteFrom('filing_events').where('filing_id', '=', id).execute()
    await app.db.deleteFrom('filings').where('id', '=', id).execute()
    const response = await app.inject({ method: 'GET', url: `/api/status?number=${encodeURIComponent(number)}&idTail=${idTail}` })
    expect(response.statusCode).toBe(404)
  })
})

// 20261204T230000Z-add-filing-revision goes up and down (column and trigger) on both databases.
describeColumnMigration({
  name: '20261204T230000Z-add-filing-revision',
  before: '20261204T220000Z-add-filing-filer-sex',
  table: 'filings',
  column: 'revision',
})
