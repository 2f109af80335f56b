import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, closeTestApp, movableClock } from '../../../helpers/build'
import { emergencyBody } from '../../../helpers/emergency'
import { FATHER, OTHER_IDS, addMember, authorize, authorizedFamily, forMember } from '../../../helpers/family'
import { fileOk, filer, uploadAll } from '../../../helpers/filings'
import { addStaff, auditRows, staffToken } from '../../../helpers/staff'

/**
 * GET /api/review/filings/:id/case `proxyAuthorization` (a trial: the console did not say how a
 * proxy was authorised): a 代办 filing says the authorisation it was made under — the 参保人's 同意
 * in their own account, or a 授权委托书 staff approved (when, by whom) — and whether it was
 * withdrawn since; null for a filing the person made for themself.
 */

jest.setTimeout(60_000)

const clock = movableClock(new Date('2025-09-29T02:00:00Z'))
let app: FastifyInstance
let reviewer: string

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now })
  await addStaff(app, 'wangfang', 'REVIEWER', '王芳')
  reviewer = await staffToken(app, 'wangfang')
})

afterAll(async () => {
  await closeTestApp(app)
})

const later = (minutes: number) => clock.set(new Date(clock.now().getTime() + minutes * 60_000))

async function wholeCase(filingId: string) {
  const response = await app.inject({ method: 'GET', url: `/api/review/filings/${filingId}/case`, headers: bearer(reviewer) })
  expect(response.statusCode).toBe(200)
  return response.json<{ proxyAuthorization: Record<string, unknown> | null; insuranceTypeName: string | null }>()
}

const caseOf = async (filingId: string) => (await wholeCase(filingId)).proxyAuthorization

it('a filing the person made for themself: null', async () => {
  const person = await filer(app)
  const filing = await fileOk(app, person.token, await emergencyBody(app, person.token, '2025-09-26'))
  expect(await caseOf(filing.id)).toBeNull()
  // The form's 险种 (004 表8), as the person's 实名信息 gave it when filing.
  expect((await wholeCase(filing.id)).insuranceTypeName).toBe('职工医保')
})

it('made under an invitation the 参保人 accepted in their own account: when; and when it was withdrawn afterwards', async () => {
  const acceptedAt = clock.now().toISOString()
  const family = await authorizedFamily(app)
  later(60)
  const filing = await fileOk(app, family.proxy.token, await emergencyBody(app, family.proxy.token, '2025-09-26', forMember(family.member.id)))
  expect(await caseOf(filing.id)).toEqual({
    kind: 'INVITATION', authorizationId: family.authorizationId, since: acceptedAt, decidedByName: null, revokedAt: null,
  })

  later(60)
  const revokedAt = clock.now().toISOString()
  expect((await app.inject({ method: 'DELETE', url: `/api/me/proxies/${family.authorizationId}`, headers: bearer(family.principal.token) })).statusCode).toBe(204)
  expect(await caseOf(filing.id)).toMatchObject({ kind: 'INVITATION', since: acceptedAt, revokedAt })
})

it('made under a 授权委托书 approved by a reviewer, after one refused: the approved one, when and by whom', async () => {
  const proxy = await filer(app)
  const member = await addMember(app, proxy.token, { ...FATHER, name: '王秀英', idNumber: OTHER_IDS[1], insuredRegion: '450200', insuranceType: 'RESIDENT' })
  const send = async () => {
    const [letter, photo] = await uploadAll(app, proxy.token, ['AUTHORIZATION_LETTER', 'ID_DOCUMENT'])
    return (await authorize(app, proxy.token, member.id, { method: 'DOCUMENT', letterUploadId: letter, idPhotoUploadId: photo })).json().authorization.id as string
  }
  const decide = (id: string, body: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/api/review/authorizations/${id}/decision`, headers: bearer(reviewer), payload: body })
  const refused = await send()
  expect((await decide(refused, { decision: 'REJECT', reasons: ['没有签名'] })).statusCode).toBe(200)
  later(30)
  const approved = await send()
  later(30)
  const approvedAt = clock.now().toISOString()
  expect((await decide(approved, { decision: 'APPROVE' })).statusCode).toBe(200)
  later(30)
  const filing = await fileOk(app, proxy.token, await emergencyBody(app, proxy.token, '2025-09-26', forMember(member.id)))
  expect(await caseOf(filing.id)).toEqual({ kind: 'DOCUMENT', authorizationId: approved, since: approvedAt, decidedByName: '王芳', revokedAt: null })
  // Her 险种 as the member record holds it (she has no account of her own), not the proxy's.
  expect((await wholeCase(filing.id)).insuranceTypeName).toBe('城乡居民医保')
})

it('a member removed after the filing: the authorisation it was made under, withdrawn with the member', async () => {
  const family = await authorizedFamily(app)
  const filing = await fileOk(app, family.proxy.token, await emergencyBody(app, family.proxy.token, '2025-09-26', forMember(family.member.id)))
  later(10)
  expect((await app.inject({ method: 'DELETE', url: `/api/family-members/${family.member.id}`, headers: bearer(family.proxy.token) })).statusCode).toBe(204)
  expect(await caseOf(filing.id)).toMatchObject({ kind: 'INVITATION', authorizationId: family.authorizationId, revokedAt: clock.now().toISOString() })
})

describe('POST /api/review/filings/:id/reveal, a 代办 filing (a trial: the proxy’s ID number never showed)', () => {
  it('answers the proxy’s own ID number from their 实名信息, and the audit row names it', async () => {
    const family = await authorizedFamily(app)
    const filing = await fileOk(app, family.proxy.token, await emergencyBody(app, family.proxy.token, '2025-09-26', forMember(family.member.id)))
    const revealed = await app.inject({ method: 'POST', url: `/api/review/filings/${filing.id}/reveal`, headers: bearer(reviewer) })
    expect(revealed.statusCode).toBe(200)
    const { subject_id_number: fathersId } = await app.db.selectFrom('filings').select('subject_id_number').where('id', '=', filing.id).executeTakeFirstOrThrow()
    expect(fathersId).not.toBe(family.proxyIdNumber)
    expect(revealed.json()).toMatchObject({ idNumber: fathersId, filerIdNumber: family.proxyIdNumber })
    const audit = (await auditRows(app)).at(-1)
    expect(audit).toMatchObject({ action: 'VIEW_PERSON', detail: { fields: expect.arrayContaining(['idNumber', 'filerIdNumber']) } })
  })

  it('null for a filing the person made for themself', async () => {
    const person = await filer(app)
    const filing = await fileOk(app, person.token, await emergencyBody(app, person.token, '2025-09-26'))
    const revealed = await app.inject({ method: 'POST', url: `/api/review/filings/${filing.id}/reveal`, headers: bearer(reviewer) })
    expect(revealed.json()).toMatchObject({ filerIdNumber: null })
  })
})
