import type { FastifyInstance } from 'fastify'
import { canonicalJson } from '@server/idempotency'
import { bearer, buildTestApp, expectErrorBody } from '../../helpers/build'
import { OTHER_CONTACTS, OTHER_DESTINATION, fileRequest, filer, longTermBody } from '../../helpers/filings'

const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'

describe('Idempotency-Key on POST /api/filings (API.md "Conventions")', () => {
  let app: FastifyInstance

  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW })
  })

  const listOf = async (token: string) =>
    (await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(token) })).json().filings as unknown[]

  it('a retry with the same key and body answers the first response and creates nothing new', async () => {
    const { token } = await filer(app)
    const body = await longTermBody(app, token, TODAY)
    const first = await app.inject(fileRequest(token, body, { 'idempotency-key': 'k-1' }))
    expect(first.statusCode).toBe(201)
    // Same body with keys in another order: still the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse())
    const retry = await app.inject(fileRequest(token, reordered, { 'idempotency-key': 'k-1' }))
    expect(retry.statusCode).toBe(201)
    expect(retry.json()).toEqual(first.json())
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(await listOf(token)).toHaveLength(1)
  })

  it('the same key with another body is 409 IDEMPOTENCY_KEY_REUSED', async () => {
    const { token } = await filer(app)
    const body = await longTermBody(app, token, TODAY)
    expect((await app.inject(fileRequest(token, body, { 'idempotency-key': 'k-2' }))).statusCode).toBe(201)
    const other = await app.inject(fileRequest(token, { ...body, destination: OTHER_DESTINATION }, { 'idempotency-key': 'k-2' }))
    expect(other.statusCode).toBe(409)
    expectErrorBody(other.json(), 'IDEMPOTENCY_KEY_REUSED')
    expect(await listOf(token)).toHaveLength(1)
  })

  it('without a key a second identical request is a new attempt (here refused as a duplicate)', async () => {
    const { token } = await filer(app)
    const body = await longTermBody(app, token, TODAY)
    expect((await app.inject(fileRequest(token, body))).statusCode).toBe(201)
    expect((await app.inject(fileRequest(token, body))).statusCode).toBe(409)
  })

  it('two identical requests racing create exactly one filing and both answer it', async () => {
    const { token } = await filer(app)
    const body = await longTermBody(app, token, TODAY)
    const responses = await Promise.all(
      [1, 2, 3].map(() => app.inject(fileRequest(token, body, { 'idempotency-key': 'race' }))),
    )
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201])
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1)
    expect(await listOf(token)).toHaveLength(1)
  })

  it('two different bodies racing without keys still leave one standing filing (the other is a duplicate)', async () => {
    const { token } = await filer(app)
    const a = await longTermBody(app, token, TODAY)
    const b = await longTermBody(app, token, TODAY)
    const responses = await Promise.all([app.inject(fileRequest(token, a)), app.inject(fileRequest(token, b))])
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409])
    expect(await listOf(token)).toHaveLength(1)
  })

  it('keys are per user: another user’s same key is unrelated', async () => {
    const alice = await filer(app)
    const bob = await filer(app)
    const a = await app.inject(fileRequest(alice.token, await longTermBody(app, alice.token, TODAY), { 'idempotency-key': 'shared' }))
    const b = await app.inject(fileRequest(bob.token, await longTermBody(app, bob.token, TODAY), { 'idempotency-key': 'shared' }))
    expect(a.statusCode).toBe(201)
    expect(b.statusCode).toBe(201)
    expect(b.json().id).not.toBe(a.json().id)
  })

  it('a refused request does not use up its key: the corrected form may be sent with it', async () => {
    const { token } = await filer(app)
    const body = await longTermBody(app, token, TODAY)
    const wrong = await app.inject(fileRequest(token, { ...body, contacts: { phone1: '1', addressAtDestination: '' } }, { 'idempotency-key': 'fix' }))
    expect(wrong.statusCode).toBe(422)
    const right = await app.inject(fileRequest(token, body, { 'idempotency-key': 'fix' }))
    expect(right.statusCode).toBe(201)
    expect(await listOf(token)).toHaveLength(1)
  })

  it('the same key on another endpoint is a different request (409)', async () => {
    const { token } = await filer(app)
    const filing = (await app.inject(fileRequest(token, await longTermBody(app, token, TODAY), { 'idempotency-key': 'ep' }))).json()
    const change = await app.inject({
      method: 'POST',
      url: `/api/filings/${filing.id}/change`,
      headers: { ...bearer(token), 'idempotency-key': 'ep' },
      payload: { reason: '搬家', destination: OTHER_DESTINATION },
    })
    expect(change.statusCode).toBe(409)
    expectErrorBody(change.json(), 'IDEMPOTENCY_KEY_REUSED')
  })

  it('a change retried with its key answers the same new filing', async () => {
    const { token } = await filer(app)
    const filing = (await app.inject(fileRequest(token, await longTermBody(app, token, TODAY)))).json()
    const request = {
      method: 'POST' as const,
      url: `/api/filings/${filing.id}/change`,
      headers: { ...bearer(token), 'idempotency-key': 'chg' },
      // A change to another place sends the address there (issue 12 item 8).
      payload: { reason: '搬家', destination: OTHER_DESTINATION, contacts: OTHER_CONTACTS },
    }
    const [first, second] = await Promise.all([app.inject(request), app.inject(request)])
    expect([first.statusCode, second.statusCode]).toEqual([201, 201])
    expect(second.json().id).toBe(first.json().id)
    expect(await listOf(token)).toHaveLength(2)
  })

  it('refuses a key over 100 characters with 400', async () => {
    const { token } = await filer(app)
    const response = await app.inject(fileRequest(token, await longTermBody(app, token, TODAY), { 'idempotency-key': 'k'.repeat(101) }))
    expect(response.statusCode).toBe(400)
    expectErrorBody(response.json(), 'VALIDATION_FAILED')
    expect(await listOf(token)).toHaveLength(0)
  })
})

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}')
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }))
  })
})
