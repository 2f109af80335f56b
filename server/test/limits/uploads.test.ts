import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, closeTestApp, expectErrorBody, testDatabase } from '../helpers/build'
import { addMember, authorize } from '../helpers/family'
import { fileOk, filer, longTermBody } from '../helpers/filings'
import { PNG_BYTES, pngFile, uploadMaterial, uploadRequest } from '../helpers/multipart'

// Issue 10, fault 4: one person uploaded 60 files in 0.2 s; uploads no filing used stayed forever.
const T0 = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'
const HOUR = 60 * 60 * 1000
const at = (ms: number) => new Date(T0.getTime() + ms)

describe('the daily upload quota, per person', () => {
  let app: FastifyInstance
  let clock = T0
  beforeAll(async () => {
    app = await buildTestApp({ now: () => clock, env: { UPLOAD_DAILY_COUNT: '3', UPLOAD_DAILY_MEGABYTES: '1' } })
  }, 30_000)
  afterAll(async () => closeTestApp(app))
  afterEach(() => {
    clock = T0
  })

  it('refuses the upload past the count with 429 RATE_LIMITED, until the first leaves the 24 hours', async () => {
    const user = await filer(app)
    for (let i = 0; i < 3; i++) {
      clock = at(i * HOUR)
      expect((await app.inject(uploadRequest(user.token, 'ID_DOCUMENT', pngFile()))).statusCode).toBe(201)
    }
    clock = at(3 * HOUR)
    const refused = await app.inject(uploadRequest(user.token, 'ID_DOCUMENT', pngFile()))
    expect(refused.statusCode).toBe(429)
    expectErrorBody(refused.json(), 'RATE_LIMITED')
    expect(refused.json().message).toBe('24 小时内最多上传 3 份材料，已经传满了，请 21 小时后再试')
    expect(refused.headers['retry-after']).toBe(String(21 * 3600))
    // Another person is not affected.
    const other = await filer(app)
    expect((await app.inject(uploadRequest(other.token, 'ID_DOCUMENT', pngFile()))).statusCode).toBe(201)
    // 24 hours after the first upload, one more fits.
    clock = at(24 * HOUR)
    expect((await app.inject(uploadRequest(user.token, 'ID_DOCUMENT', pngFile()))).statusCode).toBe(201)
    expect((await app.inject(uploadRequest(user.token, 'ID_DOCUMENT', pngFile()))).statusCode).toBe(429)
  })

  it('refuses the upload that would pass the bytes', async () => {
    const user = await filer(app)
    // A PNG padded to 600 KB (the kind is read from the first bytes).
    const big = Buffer.concat([PNG_BYTES, Buffer.alloc(600 * 1024 - PNG_BYTES.length)])
    expect((await app.inject(uploadRequest(user.token, 'ID_DOCUMENT', pngFile(big)))).statusCode).toBe(201)
    const refused = await app.inject(uploadRequest(user.token, 'ID_DOCUMENT', pngFile(big)))
    expect(refused.statusCode).toBe(429)
    expect(refused.json()).toEqual({ code: 'RATE_LIMITED', message: '24 小时内上传的材料最多 1 MB，这份传不下了，请 24 小时后再试' })
    // A small one still fits.
    expect((await app.inject(uploadRequest(user.token, 'ID_DOCUMENT', pngFile()))).statusCode).toBe(201)
  })
})

describe('unattached uploads are deleted after 24 hours', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yidi-cleanup-'))
  const database = testDatabase(join(dir, 'app.db'))
  let clock = T0
  let a: FastifyInstance
  let b: FastifyInstance
  beforeAll(async () => {
    a = await buildTestApp({ now: () => clock, database, env: { REVIEWER_TOKEN: 'staff' } })
    b = await buildTestApp({ now: () => clock, database })
  }, 30_000)
  afterAll(async () => {
    await Promise.all([closeTestApp(a), closeTestApp(b)])
    rmSync(dir, { recursive: true, force: true })
  })

  const exists = async (token: string, id: string) =>
    (await a.inject({ method: 'GET', url: `/api/uploads/${id}`, headers: bearer(token) })).statusCode === 200

  it('keeps what a filing or an authorization uses; two instances may run the job at once', async () => {
    // On PostgreSQL the test file shares one schema: clear what the quota tests left first.
    clock = at(100 * 24 * HOUR)
    await a.cleanUpUploads()
    clock = T0
    const user = await filer(a)
    const body = await longTermBody(a, user.token, TODAY)
    const filing = await fileOk(a, user.token, body)
    const member = await addMember(a, user.token)
    const letter = await uploadMaterial(a, user.token, 'AUTHORIZATION_LETTER')
    const idPhoto = await uploadMaterial(a, user.token, 'ID_DOCUMENT')
    expect((await authorize(a, user.token, member.id, { method: 'DOCUMENT', letterUploadId: letter, idPhotoUploadId: idPhoto })).statusCode).toBe(201)
    const stray = [await uploadMaterial(a, user.token, 'ID_DOCUMENT'), await uploadMaterial(a, user.token, 'RESIDENCE_PERMIT')]
    clock = at(12 * HOUR)
    const later = await uploadMaterial(a, user.token, 'ID_DOCUMENT')

    // Just under 24 hours: nothing goes.
    clock = at(24 * HOUR - 1000)
    expect(await a.cleanUpUploads()).toBe(0)

    // Past 24 hours, both instances at once: the two stray uploads go, once.
    clock = at(24 * HOUR + 1000)
    const [byA, byB] = await Promise.all([a.cleanUpUploads(), b.cleanUpUploads()])
    expect(byA + byB).toBe(2)
    for (const id of stray) expect(await exists(user.token, id)).toBe(false)
    for (const id of [...body.materials, letter, idPhoto, later]) expect(await exists(user.token, id)).toBe(true)
    expect((await a.inject({ method: 'GET', url: `/api/filings/${filing.id}`, headers: bearer(user.token) })).json().materials).toHaveLength(2)

    // 24 hours after the later one, it goes too.
    clock = at(36 * HOUR + 1000)
    expect(await b.cleanUpUploads()).toBe(1)
    expect(await exists(user.token, later)).toBe(false)
  })

  it('keeps the three ID photos of a 实人认证 request (issue 11), which staff still have to see', async () => {
    clock = at(100 * 24 * HOUR)
    await a.cleanUpUploads()
    clock = T0
    const user = await filer(a, { verified: false })
    const photos = [
      await uploadMaterial(a, user.token, 'ID_CARD_FRONT'),
      await uploadMaterial(a, user.token, 'ID_CARD_BACK'),
      await uploadMaterial(a, user.token, 'ID_CARD_HOLDING'),
    ]
    const [idFrontUploadId, idBackUploadId, holdingUploadId] = photos
    const requested = await a.inject({ method: 'POST', url: '/api/me/verification', headers: bearer(user.token), payload: { provider: 'STAFF', idFrontUploadId, idBackUploadId, holdingUploadId } })
    expect(requested.json().verification.status).toBe('PENDING')
    const stray = await uploadMaterial(a, user.token, 'ID_DOCUMENT')

    clock = at(48 * HOUR)
    expect(await a.cleanUpUploads()).toBe(1)
    expect(await exists(user.token, stray)).toBe(false)
    for (const id of photos) expect(await exists(user.token, id)).toBe(true)
  })
})
