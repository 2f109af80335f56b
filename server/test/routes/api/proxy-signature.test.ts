import type { FastifyInstance } from 'fastify'
import { COMMITMENT_VERSION } from '@/domain/materials'
import { VALID_PROFILE, bearer, buildTestApp, closeTestApp } from '../../helpers/build'
import { authorizedFamily, forMember } from '../../helpers/family'
import { CONTACTS, DESTINATION, fileRequest, filer, uploadAll } from '../../helpers/filings'

// Issue 12 item 6 (004 个人承诺书 温馨提示2): a near relative signs the 承诺书 as 代签 in their own
// name; the filing records the signer (name, masked ID, relation) beside the person it is for, and
// the detail, the staff view and the public status all say "由…代签".
const NOW = new Date('2026-11-23T02:00:00Z')
const TODAY = '2026-11-23'

let app: FastifyInstance
beforeAll(async () => {
  app = await buildTestApp({ now: () => NOW, env: { REVIEWER_TOKEN: 'staff-token' } })
})
afterAll(async () => closeTestApp(app))

const commitmentBody = async (token: string, subject: Record<string, unknown>, commitment: Record<string, unknown>) => ({
  type: 'LONG_TERM_RESIDENT', ...subject, destination: DESTINATION, startDate: TODAY, contacts: CONTACTS,
  materials: await uploadAll(app, token, ['ID_DOCUMENT']),
  commitment: { textVersion: COMMITMENT_VERSION, ...commitment },
})

describe('代签: a daughter (张三) signs for her father (张建华)', () => {
  it.each([
    // [what, commitment, status, commitment message or the signer line]
    ['she signs as 代签 in her own name', { signedName: '张三', signedBy: 'PROXY' }, 201, '由张三（参保人的子女）代签'],
    ['as 代签 she types his name', { signedName: '张建华', signedBy: 'PROXY' }, 422, '代签请签您自己的姓名“张三”'],
    ['he signs himself (she types his name, no 代签)', { signedName: '张建华' }, 201, null],
    ['no 代签 but her own name', { signedName: '张三' }, 422, '请签参保人本人的姓名“张建华”'],
  ])('%s', async (_what, commitment, status, expected) => {
    const { proxy, principal, member } = await authorizedFamily(app)
    const response = await app.inject(fileRequest(proxy.token, await commitmentBody(proxy.token, forMember(member.id), commitment)))
    expect(response.statusCode).toBe(status)
    if (status === 422) {
      expect(response.json().fields.commitment).toBe(expected)
      return
    }
    const view = response.json()
    expect(view.basis).toBe('COMMITMENT')
    expect(view.subject.name).toBe('张建华')
    if (expected === null) {
      expect(view.commitment.signedBy).toBeNull()
      return
    }
    expect(view.commitment.signedBy).toEqual({
      name: '张三',
      idNumberMasked: expect.stringMatching(/^1101\*{10}\d{3}[\dX]$/),
      relation: 'PARENT',
      line: expected,
    })
    // The father sees who signed for him; so does staff; the public status masks the name.
    const his = await app.inject({ method: 'GET', url: `/api/filings/${view.id}`, headers: bearer(principal.token) })
    expect(his.json().commitment.signedBy.line).toBe('由张三（参保人的子女）代签')
    const staff = await app.inject({ method: 'GET', url: `/api/review/filings/${view.id}`, headers: { authorization: 'Bearer staff-token' } })
    expect(staff.json().commitment.signedBy.line).toBe('由张三（参保人的子女）代签')
    const lookup = await app.inject({ method: 'GET', url: `/api/status?number=${view.number}&idTail=${'11010519491231002X'.slice(-6)}` })
    expect(lookup.json().commitmentSignedBy).toBe('由张*（参保人的子女）代签')
  })

  it('filing for oneself, 代签 is refused', async () => {
    const { token } = await filer(app)
    const response = await app.inject(fileRequest(token, await commitmentBody(token, { subject: { self: true } }, { signedName: VALID_PROFILE.name, signedBy: 'PROXY' })))
    expect(response.statusCode).toBe(422)
    expect(response.json().fields.commitment).toBe('给自己办理时请本人签名；只有替家人办理、家人本人无法签字时才能代签')
  })
})
