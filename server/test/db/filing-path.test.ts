import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import { insertFilingRows } from '@server/db/repositories/filing-insert'
import { withIdempotency } from '@server/idempotency'
import { assertFilerConsent } from '@server/privacy/consent'
import { identityFacts } from '@server/verification/verify'
import { VALID_PROFILE, bearer, buildTestApp, expectErrorBody, login, usesPostgres } from '../helpers/build'
import { fileOk, fileRequest, filer, longTermBody, uploadAll } from '../helpers/filings'

/**
 * The reads and writes POST /api/filings was cut down to (issue 15), each against the test's
 * database (SQLite in memory; PostgreSQL with DATABASE_URL): the key taken by one insert, the
 * profile with its consent, both identity facts in one read, the subject's filings read once
 * under its lock, and the filing's rows in one statement on PostgreSQL.
 */

jest.setTimeout(60_000)

const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'

let app: FastifyInstance

beforeAll(async () => {
  app = await buildTestApp({ now: () => NOW })
})

describe('idempotencyKeys.claim', () => {
  it('inserts a new key (null), then answers the row that holds it, with its answer once completed', async () => {
    const { userId } = await login(app)
    await app.transact(async (repos) => {
      expect(await repos.idempotencyKeys.claim(userId, 'k', 'h1', NOW)).toBeNull()
      await repos.idempotencyKeys.complete(userId, 'k', 201, '{"id":"x"}')
    })
    const holder = await app.transact((repos) => repos.idempotencyKeys.claim(userId, 'k', 'h2', NOW))
    expect(holder).toEqual({ requestHash: 'h1', response: { statusCode: 201, body: '{"id":"x"}' }, createdAt: NOW.toISOString() })
    // The taken key neither threw nor wrote: still the one row, as completed.
    const rows = await app.db.selectFrom('idempotency_keys').select(['request_hash', 'status_code']).where('user_id', '=', userId).execute()
    expect(rows.map((r) => [r.request_hash, Number(r.status_code)])).toEqual([['h1', 201]])
  })

  it('a claim rolled back with its transaction leaves the key free', async () => {
    const { userId } = await login(app)
    await expect(
      app.transact(async (repos) => {
        expect(await repos.idempotencyKeys.claim(userId, 'gone', 'h', NOW)).toBeNull()
        throw new Error('refused')
      }),
    ).rejects.toThrow('refused')
    expect(await app.transact((repos) => repos.idempotencyKeys.claim(userId, 'gone', 'h', NOW))).toBeNull()
  })
})

describe('withIdempotency without a key', () => {
  it('runs the write in a transaction: a write that fails after writing leaves nothing', async () => {
    const { userId } = await login(app)
    const options = { ...app.idempotencyContext(userId), key: undefined, request: {} }
    await expect(
      withIdempotency(options, async (repos) => {
        await repos.idempotencyKeys.claim(userId, 'written-then-refused', 'h', NOW)
        throw new Error('refused')
      }),
    ).rejects.toThrow('refused')
    expect(await app.db.selectFrom('idempotency_keys').select('key').where('user_id', '=', userId).execute()).toEqual([])
  })
})

describe('withIdempotency with claimInWrite', () => {
  it('claims the key in findFiler; a second claim of it finds it taken; a write that never claims is refused', async () => {
    const { userId } = await login(app)
    const claim = { key: 'in-write', requestHash: 'h', at: NOW.toISOString() }
    expect((await app.transact((repos) => repos.profiles.findFiler(userId, [], { claim })))?.keyClaimed).toBe(true)
    await app.transact((repos) => repos.idempotencyKeys.claim(userId, 'held', 'h', NOW))
    expect((await app.transact((repos) => repos.profiles.findFiler(userId, [], { claim: { ...claim, key: 'held' } })))?.keyClaimed).toBe(false)

    const options = { ...app.idempotencyContext(userId), key: 'never-claimed', request: {}, claimInWrite: true }
    await expect(withIdempotency(options, async () => ({ statusCode: 201, body: {} }))).rejects.toThrow('did not claim')
    expect(await app.db.selectFrom('idempotency_keys').select('key').where('key', '=', 'never-claimed').execute()).toEqual([])
  })
})

describe('profiles.findFiler', () => {
  it('a live account without a profile: profile null; an unknown or deleted account: null', async () => {
    const { token, userId } = await login(app)
    expect(await app.repos.profiles.findFiler(userId, [])).toEqual({ profile: null, consentVersion: null, uploads: [] })
    expect(await app.repos.profiles.findFiler(randomUUID(), [])).toBeNull()
    await app.inject({ method: 'DELETE', url: '/api/me', headers: bearer(token) })
    expect(await app.repos.profiles.findFiler(userId, [])).toBeNull()
  })

  it('the profile with its latest standing consent; a withdrawn one does not count', async () => {
    const { userId } = await filer(app, { verified: false })
    const found = await app.repos.profiles.findFiler(userId, [])
    expect(found?.profile).toEqual(await app.repos.profiles.findByUserId(userId))
    expect(found?.consentVersion).toBe(PRIVACY_NOTICE_VERSION)
    expect(found?.uploads).toEqual([])
    // A newer consent to an older notice wins (the latest one is what counts).
    await app.db
      .insertInto('privacy_consents')
      .values({ id: randomUUID(), user_id: userId, scope: 'PROFILE', family_member_id: null, notice_version: 'old', consented_at: '2099-01-01T00:00:00.000Z', withdrawn_at: null })
      .execute()
    expect((await app.repos.profiles.findFiler(userId, []))?.consentVersion).toBe('old')
    await app.db.updateTable('privacy_consents').set({ withdrawn_at: NOW.toISOString() }).where('user_id', '=', userId).execute()
    expect((await app.repos.profiles.findFiler(userId, []))?.consentVersion).toBeNull()
  })

  it('the uploads among the ids that are the filer’s own, as findOwned answers them', async () => {
    const mine = await filer(app, { verified: false })
    const other = await filer(app, { verified: false })
    const [a, b] = await uploadAll(app, mine.token, ['ID_DOCUMENT', 'RESIDENCE_PERMIT'])
    const [theirs] = await uploadAll(app, other.token, ['ID_DOCUMENT'])
    const ids = [a!, b!, theirs!, randomUUID()]
    const found = await app.repos.profiles.findFiler(mine.userId, ids)
    const byId = (xs: Array<{ id: string }>) => [...xs].sort((x, y) => (x.id < y.id ? -1 : 1))
    expect(byId(found!.uploads)).toEqual(byId(await app.repos.uploads.findOwned(mine.userId, ids)))
    expect(found!.uploads.map((u) => u.id).sort()).toEqual([a, b].sort())
    expect(typeof found!.uploads[0]!.size).toBe('number')
  })
})

describe('profiles.findFiler with lockAccount', () => {
  it('answers what findFiler answers without it', async () => {
    const { token, userId } = await filer(app, { verified: false })
    const ids = await uploadAll(app, token, ['ID_DOCUMENT'])
    const plain = await app.repos.profiles.findFiler(userId, ids)
    expect(await app.transact((repos) => repos.profiles.findFiler(userId, ids, { lockAccount: true }))).toEqual(plain)
  })

  const onPostgres = usesPostgres ? it : it.skip
  onPostgres('on PostgreSQL holds the person lock until the transaction ends: the subject lock of another filing waits', async () => {
    const { userId, idNumber } = await filer(app, { verified: false })
    const order: string[] = []
    let holding!: () => void
    let release!: () => void
    const held = new Promise<void>((resolve) => (holding = resolve))
    const released = new Promise<void>((resolve) => (release = resolve))
    const first = app.transact(async (repos) => {
      await repos.profiles.findFiler(userId, [], { lockAccount: true })
      holding()
      await released
      order.push('first ends')
    })
    await held
    const second = app.transact(async (repos) => {
      await repos.filings.lockedSubjectFilings(idNumber)
      order.push('second locked')
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    order.push('waited')
    release()
    await Promise.all([first, second])
    expect(order).toEqual(['waited', 'first ends', 'second locked'])
  })
})

describe('assertFilerConsent', () => {
  // latest standing version | refused? | stale (details say a version was agreed before)
  it.each([
    [PRIVACY_NOTICE_VERSION, false],
    ['an-older-notice', true],
    [null, true],
  ])('latest %p: refused %p', (version, refused) => {
    if (!refused) return expect(() => assertFilerConsent(version)).not.toThrow()
    expect(() => assertFilerConsent(version)).toThrow(expect.objectContaining({ statusCode: 422, code: 'PRIVACY_CONSENT_REQUIRED' }))
  })
})

describe('identityFacts (verifications.identityOf)', () => {
  it('unverified: neither verified nor taken', async () => {
    const { userId } = await filer(app, { verified: false })
    const profile = await app.repos.profiles.findByUserId(userId)
    expect(await identityFacts(app, userId, profile!)).toEqual({ verified: false, taken: false })
  })

  it('verified: verified, and its own ID is not taken', async () => {
    const { userId } = await filer(app)
    const profile = await app.repos.profiles.findByUserId(userId)
    expect(await identityFacts(app, userId, profile!)).toEqual({ verified: true, taken: false })
    // Another name under the same ID number is not the verified person.
    expect(await identityFacts(app, userId, { ...profile!, name: '李四' })).toEqual({ verified: false, taken: false })
  })

  it('another account holding the ID: taken, and not verified for this one', async () => {
    const holder = await filer(app)
    const other = await login(app)
    const profile = { ...(await app.repos.profiles.findByUserId(holder.userId))!, name: VALID_PROFILE.name }
    expect(await identityFacts(app, other.userId, profile)).toEqual({ verified: false, taken: true })
    const { own, holder: found } = await app.repos.verifications.identityOf(other.userId, app.repos.verifications.hash.id(profile.idNumber))
    expect(own).toBeNull()
    expect(found?.userId).toBe(holder.userId)
  })
})

describe('filings.lockedSubjectFilings and create with ofSubject', () => {
  it('refuses to run outside a transaction (the lock would end at once)', async () => {
    await expect(app.repos.filings.lockedSubjectFilings(VALID_PROFILE.idNumber)).rejects.toThrow('needs a transaction')
  })

  it('answers the subject’s filings newest first, the same rows listForSubject reads', async () => {
    const { token, idNumber } = await filer(app)
    await fileOk(app, token, await longTermBody(app, token, TODAY))
    const locked = await app.transact((repos) => repos.filings.lockedSubjectFilings(idNumber))
    expect(locked).toEqual(await app.repos.filings.listForSubject(idNumber))
    expect(locked).toHaveLength(1)
    // Normalised as the domain normalises ID numbers; another ID number has none.
    expect(await app.transact((repos) => repos.filings.lockedSubjectFilings(` ${idNumber.toLowerCase()} `))).toEqual(locked)
    expect(await app.transact((repos) => repos.filings.lockedSubjectFilings(VALID_PROFILE.idNumber))).toEqual([])
  })

  it('create refuses ofSubject outside a transaction', async () => {
    const { token, idNumber } = await filer(app)
    const existing = await fileOk(app, token, await longTermBody(app, token, TODAY))
    const filing = (await app.repos.filings.findById(existing.id))!
    const input = { filing, materials: [], events: [], nextNumber: () => 'X', findDuplicate: () => undefined, ofSubject: [] }
    await expect(app.repos.filings.create(input, NOW)).rejects.toThrow('only valid inside the transaction')
    expect(await app.repos.filings.listForSubject(idNumber)).toHaveLength(1)
  })
})

describe('filings.lockedOwnFilings (identityFactsWithOwnFilings)', () => {
  it('refuses to run outside a transaction', async () => {
    const { userId, idNumber } = await filer(app)
    await expect(app.repos.filings.lockedOwnFilings(userId, idNumber, app.repos.verifications.hash.id(idNumber))).rejects.toThrow('needs a transaction')
  })

  it('answers what identityOf and lockedSubjectFilings answer, with and without filings', async () => {
    for (const verified of [true, false]) {
      const { token, userId, idNumber } = await filer(app, { verified })
      const idHash = app.repos.verifications.hash.id(idNumber)
      const apart = async () => ({ ...(await app.transact((repos) => repos.verifications.identityOf(userId, idHash))), filings: await app.transact((repos) => repos.filings.lockedSubjectFilings(idNumber)) })
      const together = () => app.transact((repos) => repos.filings.lockedOwnFilings(userId, idNumber, idHash))
      expect(await together()).toEqual(await apart())
      expect((await together()).filings).toEqual([])
      expect((await together()).own !== null).toBe(verified)
      await fileOk(app, token, await longTermBody(app, token, TODAY))
      const after = await together()
      expect(after).toEqual(await apart())
      expect(after.filings).toHaveLength(1)
    }
  })

  it('another account holding the ID number: the holder, and no own identity', async () => {
    const holder = await filer(app)
    const other = await login(app)
    const idHash = app.repos.verifications.hash.id(holder.idNumber)
    const found = await app.transact((repos) => repos.filings.lockedOwnFilings(other.userId, holder.idNumber, idHash))
    expect(found.own).toBeNull()
    expect(found.holder?.userId).toBe(holder.userId)
  })
})

describe('insertFilingRows', () => {
  it('writes the filing, its materials and its events; a number taken already writes nothing and answers false', async () => {
    const { token } = await filer(app)
    const first = await fileOk(app, token, await longTermBody(app, token, TODAY))
    const template = (await app.db.selectFrom('filings').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow())
    const uploads = await app.db.selectFrom('filing_materials').select('upload_id').where('filing_id', '=', first.id).execute()
    const materials = uploads.map((u, i) => ({ uploadId: u.upload_id, note: i === 0 ? '正面' : null }))
    const events = [
      { status: 'SUBMITTED' as const, note: null, at: NOW.toISOString() },
      { status: 'APPROVED' as const, note: '自助备案，即时办结', at: NOW.toISOString() },
    ]

    const id = randomUUID()
    const fresh = { ...template, id, number: `T${id.slice(0, 8)}` }
    expect(await app.db.transaction().execute((trx) => insertFilingRows({ db: trx, dialect: app.dialect, direct: null }, { filing: fresh, materials, events }))).toBe(true)
    const storedMaterials = await app.db.selectFrom('filing_materials').select(['upload_id', 'note']).where('filing_id', '=', id).orderBy('note').execute()
    expect(storedMaterials).toHaveLength(2)
    expect(storedMaterials.map((m) => m.note).sort()).toEqual([null, '正面'].sort())
    const storedEvents = await app.db.selectFrom('filing_events').select(['seq', 'status', 'note', 'at']).where('filing_id', '=', id).orderBy('seq').execute()
    expect(storedEvents.map((e) => ({ ...e, seq: Number(e.seq) }))).toEqual(events.map((e, seq) => ({ seq, ...e })))

    const clash = { ...template, id: randomUUID(), number: fresh.number }
    expect(await app.db.transaction().execute((trx) => insertFilingRows({ db: trx, dialect: app.dialect, direct: null }, { filing: clash, materials, events }))).toBe(false)
    expect(await app.db.selectFrom('filings').select('id').where('id', '=', clash.id).execute()).toEqual([])
    expect(await app.db.selectFrom('filing_materials').select('upload_id').where('filing_id', '=', clash.id).execute()).toEqual([])
    expect(await app.db.selectFrom('filing_events').select('id').where('filing_id', '=', clash.id).execute()).toEqual([])
  })

  it('with an answer: completes the key row with the filing, and leaves it untouched when the number is taken', async () => {
    const { token, userId } = await filer(app)
    const first = await fileOk(app, token, await longTermBody(app, token, TODAY))
    const template = await app.db.selectFrom('filings').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow()
    const events = [{ status: 'SUBMITTED' as const, note: null, at: NOW.toISOString() }]
    const keyRow = () => app.db.selectFrom('idempotency_keys').select(['status_code', 'response_body']).where('user_id', '=', userId).where('key', '=', 'k-answer').executeTakeFirstOrThrow()
    const answer = { userId, key: 'k-answer', statusCode: 201, body: '{"id":"answered"}' }
    await app.transact((repos) => repos.idempotencyKeys.claim(userId, 'k-answer', 'h', NOW))

    const clash = { ...template, id: randomUUID(), number: template.number }
    expect(await app.db.transaction().execute((trx) => insertFilingRows({ db: trx, dialect: app.dialect, direct: null }, { filing: clash, materials: [], events, answer }))).toBe(false)
    expect(await keyRow()).toEqual({ status_code: null, response_body: null })

    const id = randomUUID()
    const fresh = { ...template, id, number: `A${id.slice(0, 8)}` }
    expect(await app.db.transaction().execute((trx) => insertFilingRows({ db: trx, dialect: app.dialect, direct: null }, { filing: fresh, materials: [], events, answer }))).toBe(true)
    const stored = await keyRow()
    expect({ ...stored, status_code: Number(stored.status_code) }).toEqual({ status_code: 201, response_body: '{"id":"answered"}' })
  })

  it('a filing without materials is written too', async () => {
    const { token } = await filer(app)
    const first = await fileOk(app, token, await longTermBody(app, token, TODAY))
    const template = await app.db.selectFrom('filings').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow()
    const id = randomUUID()
    const events = [{ status: 'SUBMITTED' as const, note: null, at: NOW.toISOString() }]
    const ok = await app.db.transaction().execute((trx) => insertFilingRows({ db: trx, dialect: app.dialect, direct: null }, { filing: { ...template, id, number: `U${id.slice(0, 8)}` }, materials: [], events }))
    expect(ok).toBe(true)
    expect(await app.db.selectFrom('filing_events').select('status').where('filing_id', '=', id).execute()).toEqual([{ status: 'SUBMITTED' }])
  })
})

describe('POST /api/filings reads the account in its write (app.authenticateToken)', () => {
  it('a deleted account’s token: 401 UNAUTHORIZED, with or without a key, nothing filed or kept', async () => {
    const { token, userId } = await filer(app)
    const body = await longTermBody(app, token, TODAY)
    expect((await app.inject({ method: 'DELETE', url: '/api/me', headers: bearer(token) })).statusCode).toBe(200)
    for (const headers of [{}, { 'idempotency-key': 'after-delete' }] as Array<Record<string, string>>) {
      const refused = await app.inject(fileRequest(token, body, headers))
      expect(refused.statusCode).toBe(401)
      expectErrorBody(refused.json(), 'UNAUTHORIZED')
    }
    expect(await app.db.selectFrom('filings').select('id').where('user_id', '=', userId).execute()).toEqual([])
    expect(await app.db.selectFrom('idempotency_keys').select('key').where('user_id', '=', userId).execute()).toEqual([])
  })

  it('no token or a forged one: 401 before the body is read (no validation feedback)', async () => {
    const { token } = await filer(app)
    const forged = `${token.slice(0, -2)}xx`
    for (const headers of [{}, bearer(forged)]) {
      const refused = await app.inject({ method: 'POST', url: '/api/filings', headers: { ...headers, 'content-type': 'application/json' }, payload: '{"not":"a filing"' })
      expect(refused.statusCode).toBe(401)
      expectErrorBody(refused.json(), 'UNAUTHORIZED')
    }
  })

  it('a live account without 实名信息: 422 PROFILE_REQUIRED, as before', async () => {
    const { token } = await login(app)
    const refused = await app.inject(fileRequest(token, { type: 'LONG_TERM_RESIDENT', subject: { self: true }, destination: { province: '440000', city: '441700' }, startDate: TODAY, contacts: { phone1: '13812345678', addressAtDestination: '阳江市江城区东风路 8 号' }, materials: [randomUUID()] }))
    expect(refused.statusCode).toBe(422)
    expectErrorBody(refused.json(), 'PROFILE_REQUIRED')
  })

  it('the other filings routes still read the account in their hook', async () => {
    const { token } = await filer(app)
    await app.inject({ method: 'DELETE', url: '/api/me', headers: bearer(token) })
    for (const [method, url] of [['GET', '/api/filings'], ['GET', `/api/filings/${randomUUID()}`], ['POST', `/api/filings/${randomUUID()}/cancel`]] as const) {
      const refused = await app.inject({ method, url, headers: bearer(token), ...(method === 'POST' ? { payload: { reason: 'x' } } : {}) })
      expect(refused.statusCode).toBe(401)
    }
  })
})
