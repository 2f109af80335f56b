import type { FastifyInstance } from 'fastify'
import type { Citation } from '@/domain/citation'
import { endDateRule } from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
import type { CaseBasis } from '@/domain/review'
import { PRIVACY_CONSENT, VALID_PROFILE, bearer, buildTestApp, login, movableClock } from '../../../helpers/build'
import { emergencyBody } from '../../../helpers/emergency'
import { contactsAt, fileOk, uploadAll } from '../../../helpers/filings'
import { addStaff, staffToken } from '../../../helpers/staff'
import { distinctIdNumber, verifyDev } from '../../../helpers/verification'

/**
 * 适用的规定 of a case (GET /api/review/filings/:id/case `basis`, `reviewDeadline`) and the queue's
 * deadline 依据 (GET /api/review/queue `deadlineBasis`) cite national rules and the 参保地's own
 * documents only: a 武汉 filing to 广州 or 阳江 cites no 阳医保通, 苏医保发 or 柳江区 document and
 * says 本地规定未收录 instead.
 */

jest.setTimeout(60_000)

const clock = movableClock(new Date('2025-09-29T02:00:00Z'))
const TODAY = '2025-09-29'
const GUANGZHOU = { province: '440000', city: '440100' } as const
const YANGJIANG = { province: '440000', city: '441700' } as const
const OTHER_PLACES = ['阳医保通〔2021〕23号', '苏医保发〔2022〕75号', '柳江区异地急诊人员备案服务指南', '赣人社发〔2017〕57号', '赣医保发〔2023〕13号']
let app: FastifyInstance
let reviewer: string

interface CaseBody {
  reviewDeadline: { scope: string; citations: Citation[] }
  basis: CaseBasis
}

const caseOf = async (filingId: string): Promise<CaseBody> => {
  const response = await app.inject({ method: 'GET', url: `/api/review/filings/${filingId}/case`, headers: bearer(reviewer) })
  expect(response.statusCode).toBe(200)
  return response.json<CaseBody>()
}

const docsOf = (c: CaseBody): string[] => [...c.reviewDeadline.citations, ...c.basis.lines.flatMap((l) => l.citations)].map((x) => x.doc)

/** A person insured in `insuredRegion`, with 实人认证 unless `verified` is false (then a self-service filing waits for review). */
async function insuredIn(insuredRegion: string, verified: boolean): Promise<string> {
  const user = await login(app)
  const payload = { ...VALID_PROFILE, idNumber: distinctIdNumber(VALID_PROFILE.idNumber), insuredRegion, ...PRIVACY_CONSENT }
  const response = await app.inject({ method: 'PUT', url: '/api/me/profile', headers: bearer(user.token), payload })
  expect(response.statusCode).toBe(200)
  if (verified) await verifyDev(app, user.token)
  return user.token
}

async function fileTemporary(token: string, insuredRegion: string, destination: { province: string; city: string }) {
  const materials = await uploadAll(app, token, ['ID_DOCUMENT'])
  const endDate = endDateRule('OTHER_TEMPORARY', profileFor(insuredRegion)).minimumFor(TODAY) as string
  return fileOk(app, token, { type: 'OTHER_TEMPORARY', subject: { self: true }, destination, startDate: TODAY, endDate, contacts: contactsAt(destination), materials })
}

beforeAll(async () => {
  app = await buildTestApp({ now: clock.now })
  await addStaff(app, 'wangfang', 'REVIEWER', '王芳')
  reviewer = await staffToken(app, 'wangfang')
})

it('a 武汉 filing to 广州 or 阳江 cites only national rules and says 本地规定未收录', async () => {
  for (const destination of [GUANGZHOU, YANGJIANG]) {
    const token = await insuredIn('420100', false)
    const filing = await fileTemporary(token, '420100', destination)
    expect(filing.status).toBe('UNDER_REVIEW')
    const c = await caseOf(filing.id)
    expect(c.basis.regional).toBe(false)
    expect(c.reviewDeadline).toMatchObject({ scope: 'DEFAULT', citations: [] })
    expect(c.basis.lines.map((l) => [l.topic, l.scope])).toEqual([
      ['国家规定', 'NATIONAL'],
      ['有效期', 'DEFAULT'],
      ['审核时限', 'DEFAULT'],
    ])
    expect(c.basis.lines[1]?.text).toMatch(/^本地规定未收录，按国家规定/)
    expect(new Set(docsOf(c))).toEqual(new Set(['医保发〔2022〕22号']))
  }
})

it('a 柳州 emergency to 阳江 cites 柳江区 (its own 参保地) and the national rules, never 阳医保通 or 苏医保发', async () => {
  const token = await insuredIn('450206', true)
  const filing = await fileOk(app, token, await emergencyBody(app, token, '2025-09-26'))
  const c = await caseOf(filing.id)
  expect(c.basis.regional).toBe(true)
  expect(c.reviewDeadline).toMatchObject({ scope: 'REGIONAL', citations: [expect.objectContaining({ doc: '柳江区异地急诊人员备案服务指南' })] })
  expect(c.basis.lines.find((l) => l.topic === '急诊备案时限')).toMatchObject({ scope: 'REGIONAL' })
  // The emergency criteria list is Jiangxi's: not Guangxi's own rule.
  expect(c.basis.lines.find((l) => l.topic === '急诊的判断')).toMatchObject({ scope: 'DEFAULT' })
  expect(new Set(docsOf(c))).toEqual(new Set(['医保发〔2022〕22号', '柳江区异地急诊人员备案服务指南', '桂人社发〔2017〕6号']))
})

// A trial: 南宁 was shown 柳江区's guide as its own rule. The 办法 it quotes is Guangxi-wide; its procedure is 柳江区's.
it('a 南宁 emergency cites the Guangxi-wide 桂人社发〔2017〕6号 for its window, and says its review time is not collected', async () => {
  const token = await insuredIn('450102', true)
  const filing = await fileOk(app, token, await emergencyBody(app, token, '2025-09-26'))
  const c = await caseOf(filing.id)
  expect(c.basis.lines.find((l) => l.topic === '急诊备案时限')).toMatchObject({ scope: 'REGIONAL', citations: [expect.objectContaining({ doc: '桂人社发〔2017〕6号' })] })
  expect(c.basis.lines.find((l) => l.topic === '审核时限')).toMatchObject({ scope: 'DEFAULT' })
  expect(c.reviewDeadline).toMatchObject({ scope: 'DEFAULT' })
  expect(docsOf(c)).not.toContain('柳江区异地急诊人员备案服务指南')
})

it('the queue gives each item the 依据 of its own 参保地’s deadline', async () => {
  const response = await app.inject({ method: 'GET', url: '/api/review/queue', headers: bearer(reviewer) })
  expect(response.statusCode).toBe(200)
  const items = response.json<{ items: Array<{ insuredRegion: string; deadlineBasis: string }> }>().items
  expect(items.length).toBeGreaterThanOrEqual(3)
  for (const item of items) {
    if (item.insuredRegion === '420100') expect(item.deadlineBasis).toBe('本地规定未收录，按国家规定和本系统的统一做法（1 个工作日）')
    if (item.insuredRegion === '450206') expect(item.deadlineBasis).toBe('柳江区异地急诊人员备案服务指南 办理流程 审查与决定（1 个工作日）')
    for (const doc of OTHER_PLACES) if (!item.insuredRegion.startsWith('45')) expect(item.deadlineBasis).not.toContain(doc)
  }
  expect(new Set(items.map((i) => i.insuredRegion))).toEqual(new Set(['420100', '450206', '450102']))
})
