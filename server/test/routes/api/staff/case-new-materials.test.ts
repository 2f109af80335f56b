import type { FastifyInstance } from 'fastify'
import { bearer, buildTestApp, movableClock } from '../../../helpers/build'
import { emergencyBody, insuredIn } from '../../../helpers/emergency'
import { fileOk, uploadAll } from '../../../helpers/filings'
import { addStaff, staffToken } from '../../../helpers/staff'

/**
 * GET /api/review/filings/:id/case `newMaterialIds`: the materials that came after the last
 * 要求补充材料 (the console tags them 新补交), from the uploads' times and the decision's.
 */

jest.setTimeout(60_000)

const clock = movableClock(new Date('2025-09-29T02:00:00Z'))
const at = (hhmm: string) => new Date(`2025-09-29T${hhmm}:00+08:00`)
let app: FastifyInstance
let reviewer: string

const caseOf = async (filingId: string) => {
  const response = await app.inject({ method: 'GET', url: `/api/review/filings/${filingId}/case`, headers: bearer(reviewer) })
  expect(response.statusCode).toBe(200)
  return response.json<{ newMaterialIds: string[]; filing: { materials: Array<{ id: string; purpose: string }> } }>()
}
const requestMaterials = async (filingId: string, missingItems: string[]) =>
  expect((await app.inject({ method: 'POST', url: `/api/review/filings/${filingId}/decision`, headers: bearer(reviewer), payload: { decision: 'REQUEST_MATERIALS', missingItems } })).statusCode).toBe(200)
const addMaterials = async (token: string, filingId: string, purposes: string[]) => {
  const materials = await uploadAll(app, token, purposes)
  const response = await app.inject({ method: 'POST', url: `/api/filings/${filingId}/materials`, headers: bearer(token), payload: { materials } })
  expect(response.statusCode).toBe(200)
  return materials
}

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now })
  await addStaff(app, 'wangfang', 'REVIEWER', '王芳')
  reviewer = await staffToken(app, 'wangfang')
})

it('none before materials are asked for; after, the ones uploaded since the last request only, still after approval', async () => {
  const person = await insuredIn(app, '450200')
  clock.set(at('10:00'))
  const filing = await fileOk(app, person.token, await emergencyBody(app, person.token, '2025-09-26'))
  expect((await caseOf(filing.id)).newMaterialIds).toEqual([])

  clock.set(at('11:00'))
  await requestMaterials(filing.id, ['入院记录'])
  expect((await caseOf(filing.id)).newMaterialIds).toEqual([])
  clock.set(at('12:00'))
  const first = await addMaterials(person.token, filing.id, ['ADMISSION_RECORD'])
  expect((await caseOf(filing.id)).newMaterialIds).toEqual(first)

  // Asked again: only what comes after this second request is new.
  clock.set(at('13:00'))
  await requestMaterials(filing.id, ['门诊病历'])
  expect((await caseOf(filing.id)).newMaterialIds).toEqual([])
  clock.set(at('14:00'))
  const second = await addMaterials(person.token, filing.id, ['OUTPATIENT_RECORD', 'EMERGENCY_DIAGNOSIS'])
  const shown = await caseOf(filing.id)
  // Both uploaded at 14:00: in either order.
  expect([...shown.newMaterialIds].sort()).toEqual([...second].sort())
  expect(shown.filing.materials.filter((m) => shown.newMaterialIds.includes(m.id)).map((m) => m.purpose).sort()).toEqual(['EMERGENCY_DIAGNOSIS', 'OUTPATIENT_RECORD'])
  expect(shown.filing.materials).toHaveLength(5)

  clock.set(at('15:00'))
  expect((await app.inject({ method: 'POST', url: `/api/review/filings/${filing.id}/decision`, headers: bearer(reviewer), payload: { decision: 'APPROVE' } })).statusCode).toBe(200)
  expect([...(await caseOf(filing.id)).newMaterialIds].sort()).toEqual([...second].sort())
})
