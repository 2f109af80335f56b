import { authorizationAtFiling, type AuthorizationFacts } from './authorization-at-filing'

// SPEC §2 (001 申请材料; 004 备注2): a 代办 filing needs the member's authorisation; the console
// shows which one was in force when the filing was made.

const NOW = new Date('2026-12-10T02:00:00Z')
const FILED = '2026-12-05T02:00:00Z'

const base: AuthorizationFacts = {
  id: 'a', method: 'INVITATION', status: 'ACTIVE', createdAt: '2026-12-01T02:00:00Z', expiresAt: '2026-12-08T02:00:00Z',
  acceptedAt: null, decidedAt: null, decidedByName: null, revokedAt: null,
}
const invitation = (over: Partial<AuthorizationFacts>): AuthorizationFacts => ({ ...base, ...over })
const letter = (over: Partial<AuthorizationFacts>): AuthorizationFacts => ({ ...base, method: 'DOCUMENT', expiresAt: null, ...over })

describe('authorizationAtFiling', () => {
  it.each([
    // [case, records, expected]
    ['an invitation accepted before the filing', [invitation({ acceptedAt: '2026-12-02T01:00:00Z' })],
      { kind: 'INVITATION', authorizationId: 'a', since: '2026-12-02T01:00:00Z', decidedByName: null, revokedAt: null }],
    ['a letter approved before the filing, with who approved it', [letter({ decidedAt: '2026-12-03T01:00:00Z', decidedByName: '王芳' })],
      { kind: 'DOCUMENT', authorizationId: 'a', since: '2026-12-03T01:00:00Z', decidedByName: '王芳', revokedAt: null }],
    ['one withdrawn after the filing: still the one it was made under, with when it was withdrawn',
      [invitation({ status: 'REVOKED', acceptedAt: '2026-12-02T01:00:00Z', revokedAt: '2026-12-06T01:00:00Z' })],
      { kind: 'INVITATION', authorizationId: 'a', since: '2026-12-02T01:00:00Z', decidedByName: null, revokedAt: '2026-12-06T01:00:00Z' }],
    ['a refused letter, then an approved one: the approved one',
      [letter({ id: 'r', status: 'REJECTED', decidedAt: '2026-12-02T01:00:00Z', decidedByName: '李军' }), letter({ id: 'b', createdAt: '2026-12-03T00:00:00Z', decidedAt: '2026-12-04T01:00:00Z', decidedByName: '王芳' })],
      { kind: 'DOCUMENT', authorizationId: 'b', since: '2026-12-04T01:00:00Z', decidedByName: '王芳', revokedAt: null }],
  ] as const)('%s', (_case, records, expected) => {
    expect(authorizationAtFiling(records, FILED, NOW)).toEqual(expected)
  })

  it.each([
    // [case, records, latest status]
    ['nothing asked for ever', [], null],
    ['a letter still waiting for staff', [letter({ status: 'PENDING_REVIEW' })], 'PENDING_REVIEW'],
    ['an invitation never accepted and past its time', [invitation({ status: 'PENDING_INVITE' })], 'EXPIRED'],
    ['a letter replaced while pending (REVOKED without a decision) took no effect', [letter({ status: 'REVOKED', revokedAt: '2026-12-02T00:00:00Z' })], 'REVOKED'],
    ['accepted only after the filing', [invitation({ acceptedAt: '2026-12-06T00:00:00Z' })], 'ACTIVE'],
    ['withdrawn before the filing', [invitation({ status: 'REVOKED', acceptedAt: '2026-12-02T00:00:00Z', revokedAt: '2026-12-04T00:00:00Z' })], 'REVOKED'],
  ] as const)('none in force: %s', (_case, records, status) => {
    const answer = authorizationAtFiling(records, FILED, NOW)
    expect(answer.kind).toBe('NONE')
    if (answer.kind === 'NONE') expect(answer.latest?.status ?? null).toBe(status)
  })

  it('does not change its input', () => {
    const records = [letter({ id: 'x', createdAt: '2026-12-03T00:00:00Z', status: 'PENDING_REVIEW' }), letter({ id: 'y', status: 'REJECTED' })]
    const copy = JSON.parse(JSON.stringify(records))
    authorizationAtFiling(records, FILED, NOW)
    expect(records).toEqual(copy)
  })
})
