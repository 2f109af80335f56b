import { PRIVACY_CONSENT, VALID_PROFILE, bearer, buildTestApp, login } from '../helpers/build'

describe('log output', () => {
  it('never contains a full ID number or phone number, even when a request fails', async () => {
    const lines: string[] = []
    const app = await buildTestApp({
      logger: { level: 'trace', stream: { write: (line: string) => lines.push(line) } },
      now: () => new Date('2025-10-01T02:00:00Z'),
    })
    // A route that fails with person data in the error message, as a database error might.
    app.get('/api/test/leaky-failure', async () => {
      throw new Error(`duplicate id_number ${VALID_PROFILE.idNumber} phone ${VALID_PROFILE.phone}`)
    })
    const { token } = await login(app)
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: bearer(token),
      payload: { ...VALID_PROFILE, ...PRIVACY_CONSENT },
    })
    expect(saved.statusCode).toBe(200)
    const refused = await app.inject({
      method: 'PUT',
      url: `/api/me/profile?phone=${VALID_PROFILE.phone}`,
      headers: bearer(token),
      payload: { ...VALID_PROFILE, idNumber: '110101199003071234' },
    })
    expect(refused.statusCode).toBe(422)
    expect((await app.inject({ method: 'GET', url: '/api/test/leaky-failure' })).statusCode).toBe(500)

    const output = lines.join('')
    expect(output).toContain('profile saved')
    expect(output).toContain('1101**********1233')
    expect(output).toContain('138****5678')
    for (const secret of [VALID_PROFILE.idNumber, '110101199003071234', VALID_PROFILE.phone, token]) {
      expect(output).not.toContain(secret)
    }
  }, 30_000)
})
