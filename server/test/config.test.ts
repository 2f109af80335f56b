import { ConfigError, DEFAULT_PORT, loadConfig } from '@server/config'

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
      idHashKey: null,
      sessionTtlSeconds: 7 * 24 * 60 * 60,
      statusRateLimitPerMinute: 20,
      redisCommandTimeoutMs: 100,
      loginRateLimitPerMinute: 30,
      uploadQuota: { count: 50, bytes: 200 * 1024 * 1024 },
      trustProxy: false,
      docsEnabled: true,
      calendarDir: 'data/calendar',
      staffSessionTtlSeconds: 8 * 60 * 60,
      staffLockAfter: 5,
      staffLockMinutes: 15,
      staffLoginRateLimitPerMinute: 20,
      staffDir: 'dist/staff',
      faultKillAfterCommits: null,
      verificationProvider: 'dev',
    })
  })

  it('takes the crash-test hook FAULT_KILL_AFTER_COMMITS, but never in production', () => {
    expect(loadConfig({ FAULT_KILL_AFTER_COMMITS: '7' }).faultKillAfterCommits).toBe(7)
    expect(() => loadConfig({ FAULT_KILL_AFTER_COMMITS: '7', NODE_ENV: 'production' })).toThrow(ConfigError)
    expect(() => loadConfig({ FAULT_KILL_AFTER_COMMITS: '0' })).toThrow(ConfigError)
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

  it('puts the tables in DATABASE_SCHEMA when it is set (PostgreSQL)', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', DATABASE_SCHEMA: 'yidi' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h/db',
      schema: 'yidi',
    })
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h/db', DATABASE_SCHEMA: 'x; drop table users' })).toThrow(ConfigError)
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
