import { createHmac } from 'node:crypto'
import { issueToken, verifyToken } from '@server/auth/token'

const NOW = new Date('2025-10-01T00:00:00Z')

describe('session tokens', () => {
  it('verifies its own token until it expires', () => {
    const token = issueToken('user-1', 'secret', NOW, 60)
    expect(verifyToken(token, 'secret', NOW)).toBe('user-1')
    expect(verifyToken(token, 'secret', new Date(NOW.getTime() + 59_000))).toBe('user-1')
    expect(verifyToken(token, 'secret', new Date(NOW.getTime() + 60_000))).toBeNull()
  })

  it('carries only { sub, exp }', () => {
    const [payload] = issueToken('user-1', 'secret', NOW, 60).split('.')
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toEqual({
      sub: 'user-1',
      exp: NOW.getTime() / 1000 + 60,
    })
  })

  // token | why it is refused
  it.each([
    [issueToken('user-1', 'other', NOW, 60), 'another secret'],
    ['', 'empty'],
    ['a.b.c', 'three parts'],
    [`${Buffer.from('not json').toString('base64url')}.x`, 'bad signature'],
  ])('refuses %p (%s)', (token, _why) => {
    expect(verifyToken(token, 'secret', NOW)).toBeNull()
  })

  it('refuses a correctly signed payload of the wrong shape', () => {
    const payload = Buffer.from(JSON.stringify({ sub: 42, exp: 'never' })).toString('base64url')
    const sig = createHmac('sha256', 'secret').update(payload).digest('base64url')
    expect(verifyToken(`${payload}.${sig}`, 'secret', NOW)).toBeNull()
  })
})
