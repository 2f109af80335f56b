import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, expectErrorBody } from '../../helpers/build'
import { fileRequest, filer, longTermBody } from '../../helpers/filings'
import { JPEG_BYTES, pngFile, uploadRequest } from '../../helpers/multipart'

/**
 * Issue 10, fault 2: the key, the write and the answer commit together, so many requests with one
 * key in flight at once still make one filing, a key row is never left without its answer, and
 * uploads take `Idempotency-Key` too.
 */

jest.setTimeout(60_000)

const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'

describe('Idempotency-Key: one transaction for key, write and answer', () => {
  let app: FastifyInstance

  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW })
  })

  it('50 concurrent submissions with one key make one filing; all 50 answer it with 201', async () => {
    const { token, userId } = await filer(app)
    const body = await longTermBody(app, token, TODAY)
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => app.inject(fileRequest(token, body, { 'idempotency-key': 'fifty' }))),
    )
    expect(responses.map((r) => r.statusCode)).toEqual(Array.from({ length: 50 }, () => 201))
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1)
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(49)
    const filings = await app.db.selectFrom('filings').select('id').where('user_id', '=', userId).execute()
    expect(filings).toHaveLength(1)
    // The one key row holds its answer; none is left "in progress".
    const keys = await app.db.selectFrom('idempotency_keys').selectAll().where('user_id', '=', userId).execute()
    expect(keys.map((k) => [k.key, Number(k.status_code), k.response_body === null])).toEqual([['fifty', 201, false]])
  })

  it('a refused write leaves no key row behind', async () => {
    const { token, userId } = await filer(app)
    const body = await longTermBody(app, token, TODAY)
    const refused = await app.inject(fileRequest(token, { ...body, startDate: '2020-01-01' }, { 'idempotency-key': 'bad' }))
    expect(refused.statusCode).toBe(422)
    expect(await app.db.selectFrom('idempotency_keys').select('key').where('user_id', '=', userId).execute()).toEqual([])
  })

  it('a key row the former protocol left without an answer does not hold a retry up', async () => {
    const { token, userId } = await filer(app)
    const body = await longTermBody(app, token, TODAY)
    // What a server killed between "reserve" and "complete" used to leave.
    await app.db
      .insertInto('idempotency_keys')
      .values({ user_id: userId, key: 'orphan', request_hash: 'x'.repeat(64), status_code: null, response_body: null, created_at: NOW.toISOString() })
      .execute()
    const started = Date.now()
    const answer = await app.inject(fileRequest(token, body, { 'idempotency-key': 'orphan' }))
    expect(answer.statusCode).toBe(201)
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})

describe('Idempotency-Key on POST /api/uploads', () => {
  let app: FastifyInstance

  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW })
  })

  const upload = (token: string, key: string, file = pngFile()) => {
    const request = uploadRequest(token, 'ID_DOCUMENT', file)
    return app.inject({ ...request, headers: { ...request.headers, 'idempotency-key': key } })
  }

  it('the same key and file answer the first upload and store nothing twice', async () => {
    const { token, userId } = await filer(app)
    const first = await upload(token, 'u-1')
    expect(first.statusCode).toBe(201)
    const retries = await Promise.all([1, 2, 3].map(() => upload(token, 'u-1')))
    expect(retries.map((r) => r.statusCode)).toEqual([201, 201, 201])
    expect(retries.map((r) => r.json().id)).toEqual([first.json().id, first.json().id, first.json().id])
    expect(retries.map((r) => r.headers['idempotent-replayed'])).toEqual(['true', 'true', 'true'])
    const stored = await app.db.selectFrom('uploads').select('id').where('owner_user_id', '=', userId).execute()
    expect(stored).toEqual([{ id: first.json().id }])
  })

  it('the same key with another file is 409 IDEMPOTENCY_KEY_REUSED', async () => {
    const { token } = await filer(app)
    expect((await upload(token, 'u-2')).statusCode).toBe(201)
    const other = await upload(token, 'u-2', { name: 'file', filename: 'p.jpg', contentType: 'image/jpeg', content: JPEG_BYTES })
    expect(other.statusCode).toBe(409)
    expectErrorBody(other.json(), 'IDEMPOTENCY_KEY_REUSED')
  })

  it('without a key every upload is stored', async () => {
    const { token, userId } = await filer(app)
    for (let i = 0; i < 2; i += 1) expect((await app.inject(uploadRequest(token, 'ID_DOCUMENT', pngFile()))).statusCode).toBe(201)
    const stored = await app.db.selectFrom('uploads').select('id').where('owner_user_id', '=', userId).execute()
    expect(stored).toHaveLength(2)
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })).statusCode).toBe(200)
  })
})
