import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, expectErrorBody, login } from '../../helpers/build'
import {
  GIF_BYTES,
  JPEG_BYTES,
  PDF_BYTES,
  PNG_BYTES,
  multipartBody,
  pngFile,
  uploadRequest,
} from '../../helpers/multipart'

const NOW = new Date('2025-10-01T02:00:00Z')
const REVIEWER_TOKEN = 'reviewer-token-for-tests-0123456789'

describe('POST /api/uploads and GET /api/uploads/:id', () => {
  let app: FastifyInstance
  let alice: { token: string; userId: string }
  let bob: { token: string; userId: string }

  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW, env: { REVIEWER_TOKEN } })
    alice = await login(app)
    bob = await login(app)
  })

  // file | bytes | the name and type the client claims | kind the server sees | content type served
  it.each([
    ['a PNG', PNG_BYTES, 'a.png', 'image/png', 'PNG', 'image/png'],
    ['a JPEG', JPEG_BYTES, 'IMG_0001.JPG', 'image/jpeg', 'JPEG', 'image/jpeg'],
    ['a PDF', PDF_BYTES, 'proof.pdf', 'application/pdf', 'PDF', 'application/pdf'],
    ['a JPEG named .png and sent as octet-stream', JPEG_BYTES, 'x.png', 'application/octet-stream', 'JPEG', 'image/jpeg'],
  ])('accepts %s (judged by content) and gives it back to its uploader', async (_l, bytes, filename, type, kind, served) => {
    const response = await app.inject(
      uploadRequest(alice.token, 'ID_DOCUMENT', { name: 'file', filename, contentType: type, content: bytes }),
    )
    expect(response.statusCode).toBe(201)
    const body = response.json()
    expect(body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), kind, size: bytes.length, purpose: 'ID_DOCUMENT' })

    const back = await app.inject({ method: 'GET', url: `/api/uploads/${body.id}`, headers: bearer(alice.token) })
    expect(back.statusCode).toBe(200)
    expect(back.headers['content-type']).toBe(served)
    expect(back.headers['x-content-type-options']).toBe('nosniff')
    expect(back.rawPayload.equals(bytes)).toBe(true)
  })

  it('lets a reviewer read any upload, and nobody else: another user gets the same 404 as a missing id', async () => {
    const { id } = (await app.inject(uploadRequest(alice.token, 'RESIDENCE_PERMIT', pngFile()))).json()
    const reviewer = await app.inject({ method: 'GET', url: `/api/uploads/${id}`, headers: bearer(REVIEWER_TOKEN) })
    expect(reviewer.statusCode).toBe(200)
    expect(reviewer.rawPayload.equals(PNG_BYTES)).toBe(true)

    const other = await app.inject({ method: 'GET', url: `/api/uploads/${id}`, headers: bearer(bob.token) })
    const missing = await app.inject({
      method: 'GET',
      url: '/api/uploads/00000000-0000-4000-8000-000000000000',
      headers: bearer(bob.token),
    })
    expect(other.statusCode).toBe(404)
    expect(missing.statusCode).toBe(404)
    expect(other.json()).toEqual(missing.json())
    expectErrorBody(other.json(), 'UPLOAD_NOT_FOUND')

    const anonymous = await app.inject({ method: 'GET', url: `/api/uploads/${id}` })
    expect(anonymous.statusCode).toBe(401)
    const wrongReviewer = await app.inject({ method: 'GET', url: `/api/uploads/${id}`, headers: bearer('not-the-token') })
    expect(wrongReviewer.statusCode).toBe(401)
  })

  it('refuses a text file named .png with 415 and a plain message', async () => {
    const response = await app.inject(
      uploadRequest(alice.token, 'ID_DOCUMENT', pngFile(Buffer.from('hello, I am not a picture'), 'photo.png')),
    )
    expect(response.statusCode).toBe(415)
    expectErrorBody(response.json(), 'UPLOAD_TYPE_NOT_ALLOWED')
    expect(response.json().message).toBe('只能上传照片（JPG、PNG）或 PDF 文件，请重新拍照或选择')
  })

  it('refuses a GIF (a real image, but not an accepted kind) with 415', async () => {
    const response = await app.inject(uploadRequest(alice.token, 'ID_DOCUMENT', pngFile(GIF_BYTES, 'a.gif')))
    expect(response.statusCode).toBe(415)
  })

  it('refuses a file over 10 MB with 413', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0)
    PNG_BYTES.copy(big)
    const response = await app.inject(uploadRequest(alice.token, 'ID_DOCUMENT', pngFile(big)))
    expect(response.statusCode).toBe(413)
    expectErrorBody(response.json(), 'UPLOAD_TOO_LARGE')
    expect(response.json().message).toBe('文件超过 10 MB，请重新拍一张或压缩后再传')
  })

  it('accepts a file of exactly 10 MB', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 0)
    PNG_BYTES.copy(big)
    const response = await app.inject(uploadRequest(alice.token, 'ID_DOCUMENT', pngFile(big)))
    expect(response.statusCode).toBe(201)
    expect(response.json().size).toBe(10 * 1024 * 1024)
  })

  it('refuses an empty file with 400', async () => {
    const response = await app.inject(uploadRequest(alice.token, 'ID_DOCUMENT', pngFile(Buffer.alloc(0))))
    expect(response.statusCode).toBe(400)
    expectErrorBody(response.json(), 'UPLOAD_EMPTY')
  })

  // case | purpose | file | field named
  it.each([
    ['no purpose', null, true, 'purpose'],
    ['an unknown purpose', 'SELFIE', true, 'purpose'],
    ['no file', 'ID_DOCUMENT', false, 'file'],
  ])('refuses %s with 400 naming the field', async (_l, purpose, withFile, field) => {
    const response = await app.inject(uploadRequest(alice.token, purpose, withFile ? pngFile() : null))
    expect(response.statusCode).toBe(400)
    const body = response.json()
    expectErrorBody(body, 'VALIDATION_FAILED')
    expect(body.fields).toHaveProperty([field], expect.stringMatching(/[\u4e00-\u9fff]/))
  })

  it('refuses two files in one request', async () => {
    const { payload, headers } = multipartBody([{ name: 'purpose', value: 'ID_DOCUMENT' }, pngFile(), pngFile()])
    const response = await app.inject({ method: 'POST', url: '/api/uploads', headers: { ...bearer(alice.token), ...headers }, payload })
    expect(response.statusCode).toBe(400)
    expectErrorBody(response.json(), 'UPLOAD_ONE_FILE_ONLY')
  })

  it('refuses an unknown field', async () => {
    const { payload, headers } = multipartBody([{ name: 'purpose', value: 'ID_DOCUMENT' }, { name: 'owner', value: 'x' }, pngFile()])
    const response = await app.inject({ method: 'POST', url: '/api/uploads', headers: { ...bearer(alice.token), ...headers }, payload })
    expect(response.statusCode).toBe(400)
    expect(response.json().fields).toHaveProperty('owner')
  })

  it('refuses a JSON body with 415', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/uploads', headers: bearer(alice.token), payload: { purpose: 'ID_DOCUMENT' } })
    expect(response.statusCode).toBe(415)
    expectErrorBody(response.json(), 'UNSUPPORTED_MEDIA_TYPE')
  })

  it('needs a login: anonymous uploads get 401', async () => {
    const request = uploadRequest('x', 'ID_DOCUMENT', pngFile())
    const response = await app.inject({ ...request, headers: { 'content-type': String(request.headers?.['content-type']) } })
    expect(response.statusCode).toBe(401)
  })

  it('refuses a malformed id with 400', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/uploads/123', headers: bearer(alice.token) })
    expect(response.statusCode).toBe(400)
    expectErrorBody(response.json(), 'VALIDATION_FAILED')
  })
})
