import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, expectErrorBody } from '../../helpers/build'
import { emergencyBody, insuredIn } from '../../helpers/emergency'
import { CONTACTS, DESTINATION, fileOk, fileRequest, filer, uploadAll } from '../../helpers/filings'

// Issue 13 item 11: a 房产证 whose owner is a relative says who the owner is (JS_2022 第八条(二),
// JX_2017 第三条). The note is sent with the filing, checked by checkMaterialNotes, stored on the
// filing's material, and shown to the person and to staff.
const NOW = new Date('2025-10-01T02:00:00Z')
const TODAY = '2025-10-01'
const env = { REVIEWER_TOKEN: 'staff-token-1234' }
const staff = { authorization: 'Bearer staff-token-1234' }
const UNKNOWN_UPLOAD = '3f0c6c2e-6a39-4f4f-9c39-2f8c0e6f3b1a'

describe('POST /api/filings with materialNotes', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW, env })
  })
  afterAll(async () => {
    await app.close()
  })

  async function longTerm() {
    const { token } = await filer(app)
    const [id, house] = await uploadAll(app, token, ['ID_DOCUMENT', 'PROPERTY_CERTIFICATE'])
    const body = { type: 'LONG_TERM_RESIDENT', subject: { self: true }, destination: DESTINATION, startDate: TODAY, contacts: CONTACTS, materials: [id, house] }
    return { token, id, house, body }
  }

  it('stores the 房产证 note and answers it to the person and to staff', async () => {
    const { token, id, house, body } = await longTerm()
    const created = await app.inject(fileRequest(token, { ...body, materialNotes: { [house]: ' 王丽，女儿 ' } }))
    expect(created.statusCode).toBe(201)
    const notes = (view: { materials: Array<{ id: string; note: string | null }> }) =>
      Object.fromEntries(view.materials.map((m) => [m.id, m.note]))
    expect(notes(created.json())).toEqual({ [id]: null, [house]: '王丽，女儿' })

    const read = await app.inject({ method: 'GET', url: `/api/filings/${created.json().id}`, headers: bearer(token) })
    expect(notes(read.json())).toEqual({ [id]: null, [house]: '王丽，女儿' })
    const reviewed = await app.inject({ method: 'GET', url: `/api/review/filings/${created.json().id}`, headers: staff })
    expect(reviewed.statusCode).toBe(200)
    expect(notes(reviewed.json())).toEqual({ [id]: null, [house]: '王丽，女儿' })
  })

  it('a filing without notes has note null on every material', async () => {
    const { token, id, house, body } = await longTerm()
    const created = await app.inject(fileRequest(token, body))
    expect(created.statusCode).toBe(201)
    expect(created.json().materials.map((m: { id: string; note: string | null }) => [m.id, m.note]).sort()).toEqual([[id, null], [house, null]].sort())
  })

  // what is sent → status, code and the materialNotes message (or the 400 field)
  it.each<[string, (ids: { id: string; house: string }) => Record<string, string>, number, string]>([
    ['a note on the ID (asks for none)', ({ id }) => ({ [id]: '女儿' }), 422, '有效身份证件不用写备注，请删掉这条备注'],
    ['a note on an upload not sent', () => ({ [UNKNOWN_UPLOAD]: '女儿' }), 422, '有一条备注对应的材料不在这次提交的材料里，请重新填写备注'],
    ['51 characters', ({ house }) => ({ [house]: '房'.repeat(51) }), 422, '“房主是您的什么人”最多写 50 个字，请写短一些'],
    ['markup', ({ house }) => ({ [house]: '<b>女儿</b>' }), 422, '“房主是您的什么人”里不能有“<”或“>”，请删掉后重新输入'],
    ['a line break (plain one-line text)', ({ house }) => ({ [house]: '王丽\n女儿' }), 400, '材料备注只能写一行，请删掉换行后重新输入'],
  ])('refuses %s', async (_what, notesFor, status, message) => {
    const { token, id, house, body } = await longTerm()
    const response = await app.inject(fileRequest(token, { ...body, materialNotes: notesFor({ id, house }) }))
    expect(response.statusCode).toBe(status)
    expectErrorBody(response.json(), 'VALIDATION_FAILED')
    expect(Object.values(response.json().fields)).toEqual([message])
  })

  it('refuses a key that is not an upload id (400)', async () => {
    const { token, body } = await longTerm()
    const response = await app.inject(fileRequest(token, { ...body, materialNotes: { 'not-an-id': '女儿' } }))
    expect(response.statusCode).toBe(400)
    expectErrorBody(response.json(), 'VALIDATION_FAILED')
  })
})

describe('POST /api/filings/:id/materials (补充材料) with materialNotes', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW, env })
  })
  afterAll(async () => {
    await app.close()
  })

  /** An emergency filing (in review) staff sent back for 补充材料, and the uploads the person adds (an ID, a 房产证). */
  async function sentBack() {
    const { token } = await insuredIn(app, '450200')
    const filing = await fileOk(app, token, await emergencyBody(app, token, '2025-09-29'))
    const [id, first] = filing.materials.map((m: { id: string }) => m.id)
    const asked = await app.inject({
      method: 'POST', url: `/api/review/filings/${filing.id}/decision`, headers: staff,
      payload: { decision: 'REQUEST_MATERIALS', missingItems: ['房产证（在当地住的证明）'], reasons: ['要证明在当地居住'] },
    })
    expect(asked.statusCode).toBe(200)
    const [more, house] = await uploadAll(app, token, ['ID_DOCUMENT', 'PROPERTY_CERTIFICATE'])
    const add = (payload: unknown) => app.inject({ method: 'POST', url: `/api/filings/${filing.id}/materials`, headers: bearer(token), payload: payload as object })
    return { token, filingId: filing.id as string, id, first, more, house, add }
  }

  const notes = (view: { materials: Array<{ id: string; note: string | null }> }) => Object.fromEntries(view.materials.map((m) => [m.id, m.note]))

  it('stores the 房产证 note as when filing, and staff see it', async () => {
    const { id, first, more, house, add, filingId } = await sentBack()
    const added = await add({ materials: [more, house], materialNotes: { [house]: ' 王丽，女儿 ' } })
    expect(added.statusCode).toBe(200)
    expect(added.json().status).toBe('UNDER_REVIEW')
    expect(notes(added.json())).toEqual({ [id]: null, [first]: null, [more]: null, [house]: '王丽，女儿' })
    const reviewed = await app.inject({ method: 'GET', url: `/api/review/filings/${filingId}`, headers: staff })
    expect(notes(reviewed.json())).toEqual({ [id]: null, [first]: null, [more]: null, [house]: '王丽，女儿' })
  })

  it.each<[string, (ids: { id: string; more: string; house: string }) => Record<string, string>, number, string]>([
    ['a note on the ID (asks for none)', ({ more }) => ({ [more]: '女儿' }), 422, '有效身份证件不用写备注，请删掉这条备注'],
    ['a note on a material filed before, not added now', ({ id }) => ({ [id]: '女儿' }), 422, '有一条备注对应的材料不在这次提交的材料里，请重新填写备注'],
    ['51 characters', ({ house }) => ({ [house]: '房'.repeat(51) }), 422, '“房主是您的什么人”最多写 50 个字，请写短一些'],
    ['a line break', ({ house }) => ({ [house]: '王丽\n女儿' }), 400, '材料备注只能写一行，请删掉换行后重新输入'],
  ])('refuses %s, and adds nothing', async (_what, notesFor, status, message) => {
    const { id, more, house, add, token, filingId } = await sentBack()
    const response = await add({ materials: [more, house], materialNotes: notesFor({ id, more, house }) })
    expect(response.statusCode).toBe(status)
    expectErrorBody(response.json(), 'VALIDATION_FAILED')
    expect(Object.values(response.json().fields)).toEqual([message])
    const read = (await app.inject({ method: 'GET', url: `/api/filings/${filingId}`, headers: bearer(token) })).json()
    expect(read.status).toBe('NEEDS_MATERIALS')
    expect(read.materials).toHaveLength(2)
  })
})

// A trial: 出院小结 was asked for in the reviewer's own words, and its photo could only go under one
// of the filing's documents (staff saw 入院记录). REQUESTED_OTHER is its place on 补充材料, with a
// note of what it is; it is refused on a new filing.
describe('工作人员要的其他材料 (REQUESTED_OTHER)', () => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildTestApp({ now: () => NOW, env })
  })
  afterAll(async () => {
    await app.close()
  })

  it('answers a request for 出院小结 with its photo and what it is; staff see both', async () => {
    const { token } = await insuredIn(app, '450200')
    const filing = await fileOk(app, token, await emergencyBody(app, token, '2025-09-29'))
    const asked = await app.inject({
      method: 'POST', url: `/api/review/filings/${filing.id}/decision`, headers: staff,
      payload: { decision: 'REQUEST_MATERIALS', missingItems: ['出院小结（盖有医院公章），请拍照上传'] },
    })
    expect(asked.statusCode).toBe(200)
    const [other] = await uploadAll(app, token, ['REQUESTED_OTHER'])
    const added = await app.inject({
      method: 'POST', url: `/api/filings/${filing.id}/materials`, headers: bearer(token),
      payload: { materials: [other], materialNotes: { [other]: '出院小结' } },
    })
    expect(added.statusCode).toBe(200)
    expect(added.json().status).toBe('UNDER_REVIEW')
    const reviewed = (await app.inject({ method: 'GET', url: `/api/review/filings/${filing.id}`, headers: staff })).json()
    expect(reviewed.materials.find((m: { id: string }) => m.id === other)).toMatchObject({ purpose: 'REQUESTED_OTHER', note: '出院小结' })
  })

  it('is refused on a new filing, which is not made', async () => {
    const { token } = await filer(app)
    const [id, other] = await uploadAll(app, token, ['ID_DOCUMENT', 'REQUESTED_OTHER'])
    const response = await app.inject(fileRequest(token, { type: 'OTHER_TEMPORARY', subject: { self: true }, destination: DESTINATION, startDate: TODAY, contacts: CONTACTS, materials: [id, other] }))
    expect(response.statusCode).toBe(422)
    expectErrorBody(response.json(), 'VALIDATION_FAILED')
    expect(response.json().fields.materials).toBe('“工作人员要的其他材料”只在工作人员要补充材料时用，备案时请把这张照片拍在对应的材料下面')
    const list = (await app.inject({ method: 'GET', url: '/api/filings', headers: bearer(token) })).json()
    expect(list.filings).toHaveLength(0)
  })
})
