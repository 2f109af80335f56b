import type { FastifyInstance } from 'fastify'
import { endDateRule } from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
import { VALID_PROFILE, bearer, buildTestApp, movableClock } from '../../../helpers/build'
import { emergencyBody } from '../../../helpers/emergency'
import { authorizedFamily, forMember } from '../../../helpers/family'
import { CONTACTS, DESTINATION, fileOk, filer, uploadAll } from '../../../helpers/filings'
import { addStaff, staffToken } from '../../../helpers/staff'
import { requestStaffVerification } from '../../../helpers/verification'

/**
 * GET /api/review/filings/:id/case `filerVerification`: the 实人认证 of the account that filed
 * (the applicant, or the proxy for a 代办 filing) as it stands now, with the pending request to
 * open while the photos wait for 人工核对.
 */

jest.setTimeout(60_000)

const clock = movableClock(new Date('2025-09-29T02:00:00Z'))
const TODAY = '2025-09-29'
let app: FastifyInstance
let reviewer: string

const caseOf = async (filingId: string) => {
  const response = await app.inject({ method: 'GET', url: `/api/review/filings/${filingId}/case`, headers: bearer(reviewer) })
  expect(response.statusCode).toBe(200)
  return response.json<{ filerVerification: Record<string, unknown> }>().filerVerification
}

async function fileTemporary(token: string) {
  const materials = await uploadAll(app, token, ['ID_DOCUMENT'])
  const endDate = endDateRule('OTHER_TEMPORARY', profileFor(VALID_PROFILE.insuredRegion)).minimumFor(TODAY) as string
  return fileOk(app, token, { type: 'OTHER_TEMPORARY', subject: { self: true }, destination: DESTINATION, startDate: TODAY, endDate, contacts: CONTACTS, materials })
}

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now })
  await addStaff(app, 'wangfang', 'REVIEWER', '王芳')
  reviewer = await staffToken(app, 'wangfang')
})

it('an unverified self-filer: 未提交, then 待核对 with the request to open, then 未通过 once staff refuse the photos', async () => {
  const person = await filer(app, { verified: false })
  const filing = await fileTemporary(person.token)
  expect(filing.status).toBe('UNDER_REVIEW')
  expect(await caseOf(filing.id)).toEqual({ whose: 'APPLICANT', nameMasked: '张*', status: 'UNVERIFIED', statusLabel: '未提交', pendingRequestId: null })

  const requested = await requestStaffVerification(app, person.token)
  expect(requested.statusCode).toBe(200)
  const queue = (await app.inject({ method: 'GET', url: '/api/review/verifications', headers: bearer(reviewer) })).json<{ verifications: Array<{ id: string; userId: string }> }>()
  const request = queue.verifications.find((v) => v.userId === person.userId)
  expect(request).toBeDefined()
  expect(await caseOf(filing.id)).toEqual({ whose: 'APPLICANT', nameMasked: '张*', status: 'PENDING', statusLabel: '待核对', pendingRequestId: request?.id })

  const refused = await app.inject({
    method: 'POST',
    url: `/api/review/verifications/${request?.id}/decision`,
    headers: bearer(reviewer),
    payload: { decision: 'REJECT', reason: '手持照片看不清' },
  })
  expect(refused.statusCode).toBe(200)
  expect(await caseOf(filing.id)).toMatchObject({ status: 'REJECTED', statusLabel: '未通过', pendingRequestId: null })
})

it('a verified self-filer: 已认证', async () => {
  const person = await filer(app)
  const filing = await fileOk(app, person.token, await emergencyBody(app, person.token, '2025-09-26'))
  expect(await caseOf(filing.id)).toEqual({ whose: 'APPLICANT', nameMasked: '张*', status: 'VERIFIED', statusLabel: '已认证', pendingRequestId: null })
})

it('a 代办 filing: the proxy’s account, named', async () => {
  const family = await authorizedFamily(app)
  const filing = await fileOk(app, family.proxy.token, await emergencyBody(app, family.proxy.token, '2025-09-26', forMember(family.member.id)))
  expect(await caseOf(filing.id)).toEqual({ whose: 'PROXY', nameMasked: '张*', status: 'VERIFIED', statusLabel: '已认证', pendingRequestId: null })
})
