import { ConfigError, DEFAULT_PORT, loadConfig } from '../src/config'

describe('loadConfig', () => {
  it('has the documented defaults (API.md "Server configuration")', () => {
    expect(loadConfig({})).toEqual({
      port: DEFAULT_PORT,
      host: '127.0.0.1',
      database: { kind: 'sqlite', path: 'data/app.db' },
      nodeEnv: 'development',
      wechat: null,
      wechatTemplates: { deadline: null, decision: null },
      reviewerToken: null,
      staticDir: 'dist/h5',
      redisUrl: null,
      sessionSecret: null,
      sessionTtlSeconds: 7 * 24 * 60 * 60,
      statusRateLimitPerMinute: 20,
      calendarDir: 'data/calendar',
      verificationProvider: 'dev',
    })
  })

  // VERIFICATION_PROVIDER | WeChat credentials | provider (issue 11)
  it.each([
    [undefined, false, 'dev'],
    [undefined, true, 'wechat'],
    ['dev', true, 'dev'],
    ['wechat', true, 'wechat'],
  ] as const)('VERIFICATION_PROVIDER=%s with WeChat credentials %s → %s', (value, wechat, expected) => {
    const env = { VERIFICATION_PROVIDER: value, ...(wechat ? { WECHAT_APPID: 'wx1', WECHAT_SECRET: 's' } : {}) }
    expect(loadConfig(env).verificationProvider).toBe(expected)
  })

  it('refuses VERIFICATION_PROVIDER=wechat without WeChat credentials, and an unknown provider', () => {
    expect(() => loadConfig({ VERIFICATION_PROVIDER: 'wechat' })).toThrow('VERIFICATION_PROVIDER=wechat 需要同时设置 WECHAT_APPID 和 WECHAT_SECRET')
    expect(() => loadConfig({ VERIFICATION_PROVIDER: 'face' })).toThrow('VERIFICATION_PROVIDER 只能是 wechat 或 dev')
  })

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', SQLITE_PATH: 'x.db' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h/db',
    })
  })

  it('reads CALENDAR_DIR', () => {
    expect(loadConfig({ CALENDAR_DIR: '/srv/calendar' }).calendarDir).toBe('/srv/calendar')
  })

  it('treats blank values as unset', () => {
    expect(loadConfig({ REVIEWER_TOKEN: '  ', PORT: '' })).toMatchObject({ reviewerToken: null, port: DEFAULT_PORT })
  })

  // variable | bad value
  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['SESSION_TTL_SECONDS', '-5'],
    ['WECHAT_SECRET', 'only-half'],
  ])('refuses %s=%p with a ConfigError', (key, value) => {
    expect(() => loadConfig({ [key]: value })).toThrow(ConfigError)
  })
})
