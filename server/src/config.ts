/**
 * Server configuration, read once from the environment (API.md "Server configuration").
 * Everything else receives an `AppConfig`; nothing below `config.ts` reads `process.env`.
 */

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  /** `schema` is for tests: each suite gets its own schema so suites run in parallel. */
  | { kind: 'postgres'; url: string; schema?: string }

export interface WechatConfig {
  appId: string
  secret: string
  /** Injectable so tests can point it at a local fake server. */
  apiBaseUrl: string
}

/** WeChat subscription-message templates (订阅消息), one per kind of notification; null when not set up. */
export interface WechatTemplates {
  /** WECHAT_TEMPLATE_DEADLINE: the emergency-filing deadline reminder. */
  deadline: string | null
  /** WECHAT_TEMPLATE_DECISION: a review decision (approved, rejected, materials asked for). */
  decision: string | null
}

export interface AppConfig {
  port: number
  host: string
  database: DatabaseConfig
  nodeEnv: string
  wechat: WechatConfig | null
  wechatTemplates: WechatTemplates
  reviewerToken: string | null
  staticDir: string
  redisUrl: string | null
  sessionSecret: string | null
  sessionTtlSeconds: number
  /** Public status lookups allowed per client per minute. */
  statusRateLimitPerMinute: number
  /** Who checks a face-verification result (实人认证): WeChat's getinfo, or the development provider. */
  verificationProvider: VerificationProviderKind
  /** Extra working-day calendar years, one `*.json` file each, read at start (plugins/app/calendar). */
  calendarDir: string
}

export type VerificationProviderKind = 'wechat' | 'dev'

export type Env = Record<string, string | undefined>

export const DEFAULT_PORT = 3000
export const DEFAULT_SESSION_TTL_SECONDS = 7 * 24 * 60 * 60
export const WECHAT_API_BASE_URL = 'https://api.weixin.qq.com'
/** May be missing (a fresh checkout has none); a CALENDAR_DIR set to another path must exist. */
export const DEFAULT_CALENDAR_DIR = 'data/calendar'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Blank values count as unset, so `FOO=` in a .env file does not switch a feature on. */
function read(env: Env, key: string): string | null {
  const value = env[key]?.trim()
  return value ? value : null
}

function readPort(env: Env): number {
  const raw = read(env, 'PORT')
  if (raw === null) return DEFAULT_PORT
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT 应为 0 到 65535 之间的整数，现在是 "${raw}"，请改正后重启`)
  }
  return port
}

function readPositiveInt(env: Env, key: string, fallback: number): number {
  const raw = read(env, key)
  if (raw === null) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`${key} 应为正整数，现在是 "${raw}"，请改正后重启`)
  }
  return value
}

function readDatabase(env: Env): DatabaseConfig {
  const url = read(env, 'DATABASE_URL')
  if (url !== null) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError('DATABASE_URL 应以 postgres:// 开头；不用 PostgreSQL 时请删掉这个变量')
    }
    return { kind: 'postgres', url }
  }
  return { kind: 'sqlite', path: read(env, 'SQLITE_PATH') ?? 'data/app.db' }
}

function readWechat(env: Env): WechatConfig | null {
  const appId = read(env, 'WECHAT_APPID')
  const secret = read(env, 'WECHAT_SECRET')
  if (appId === null && secret === null) return null
  // Half a configuration would silently fall back to the development login; refuse instead.
  if (appId === null || secret === null) {
    throw new ConfigError('WECHAT_APPID 和 WECHAT_SECRET 要一起设置，请补上缺的那一个后重启')
  }
  return { appId, secret, apiBaseUrl: read(env, 'WECHAT_API_BASE_URL') ?? WECHAT_API_BASE_URL }
}

/** VERIFICATION_PROVIDER, or derived: WeChat when its credentials are set, else the dev provider. */
function readVerificationProvider(env: Env, wechat: WechatConfig | null): VerificationProviderKind {
  const raw = read(env, 'VERIFICATION_PROVIDER')
  if (raw === null) return wechat ? 'wechat' : 'dev'
  if (raw !== 'wechat' && raw !== 'dev') {
    throw new ConfigError(`VERIFICATION_PROVIDER 只能是 wechat 或 dev，现在是 "${raw}"，请改正后重启`)
  }
  if (raw === 'wechat' && wechat === null) {
    throw new ConfigError('VERIFICATION_PROVIDER=wechat 需要同时设置 WECHAT_APPID 和 WECHAT_SECRET，请补上后重启')
  }
  return raw
}

/** Parses the environment; throws `ConfigError` with a plain message when a value is unusable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const wechat = readWechat(env)
  return {
    port: readPort(env),
    host: read(env, 'HOST') ?? '127.0.0.1',
    database: readDatabase(env),
    nodeEnv: read(env, 'NODE_ENV') ?? 'development',
    wechat,
    verificationProvider: readVerificationProvider(env, wechat),
    wechatTemplates: {
      deadline: read(env, 'WECHAT_TEMPLATE_DEADLINE'),
      decision: read(env, 'WECHAT_TEMPLATE_DECISION'),
    },
    reviewerToken: read(env, 'REVIEWER_TOKEN'),
    staticDir: read(env, 'STATIC_DIR') ?? 'dist/h5',
    redisUrl: read(env, 'REDIS_URL'),
    sessionSecret: read(env, 'SESSION_SECRET'),
    sessionTtlSeconds: readPositiveInt(env, 'SESSION_TTL_SECONDS', DEFAULT_SESSION_TTL_SECONDS),
    statusRateLimitPerMinute: readPositiveInt(env, 'STATUS_RATE_LIMIT_PER_MINUTE', 20),
    calendarDir: read(env, 'CALENDAR_DIR') ?? DEFAULT_CALENDAR_DIR,
  }
}
