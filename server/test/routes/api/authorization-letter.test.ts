import type { FastifyInstance } from 'fastify'
import { VALID_PROFILE, bearer, buildTestApp, closeTestApp, expectErrorBody, login } from '../../helpers/build'
import { FATHER, addMember } from '../../helpers/family'
import { filer } from '../../helpers/filings'

/**
 * GET /api/family-members/:id/authorization-letter (a trial: the 授权委托书 the app offered left the
 * member's ID number blank though it was on record): the letter with the member's number from the
 * stored record and the caller's own from their 实名信息, both in full (the signed letter goes with
 * both ID cards, 004 备注2); only to the member's owner.
 */

let app: FastifyInstance

beforeAll(async () => {
  app = await buildTestApp()
})

afterAll(async () => {
  await closeTestApp(app)
})

const letterOf = (token: string, memberId: string) =>
  app.inject({ method: 'GET', url: `/api/family-members/${memberId}/authorization-letter`, headers: bearer(token) })

it('fills in both ID numbers in full: the member’s as stored, the proxy’s from her 实名信息', async () => {
  const proxy = await filer(app)
  const member = await addMember(app, proxy.token)
  const response = await letterOf(proxy.token, member.id)
  expect(response.statusCode).toBe(200)
  const lines = response.json<{ text: string }>().text.split('\n')
  expect(lines.slice(0, 6)).toEqual([
    '授权委托书',
    '',
    `委托人（参保人）：${FATHER.name}`,
    `身份证号：${FATHER.idNumber}`,
    `受托人（代办人）：${VALID_PROFILE.name}`,
    `身份证号：${proxy.idNumber}`,
  ])
  expect(lines).toContain('委托人签名（或按手印）：__________')
})

it('is the owner’s only: another account and an unknown id get the same 404', async () => {
  const proxy = await filer(app)
  const member = await addMember(app, proxy.token)
  const stranger = await filer(app)
  const theirs = await letterOf(stranger.token, member.id)
  expect(theirs.statusCode).toBe(404)
  expectErrorBody(theirs.json(), 'FAMILY_MEMBER_NOT_FOUND')
  const unknown = await letterOf(proxy.token, '00000000-0000-4000-8000-000000000000')
  expect(unknown.statusCode).toBe(404)
  expect((await app.inject({ method: 'GET', url: `/api/family-members/${member.id}/authorization-letter` })).statusCode).toBe(401)
  const noProfile = await login(app)
  expect((await letterOf(noProfile.token, member.id)).statusCode).toBe(404)
})
