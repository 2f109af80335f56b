import { freeText } from './free-text'
import { errorResponses, listResponse } from './error'
import { filingIdParams } from './filings'

/** The staff console's own endpoints: login, accounts (ADMIN), the audit log (ADMIN). */

export const staffAuth = [{ reviewerToken: [] }]

const staffSchema = {
  type: 'object',
  required: ['id', 'username', 'displayName', 'role'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    role: { type: 'string', enum: ['REVIEWER', 'ADMIN'] },
  },
} as const

const mustChangePassword = {
  type: 'boolean',
  description:
    'true：密码是管理员设的（新建账号、重置密码），本人还没改过。改之前这个会话只能修改密码（POST /api/staff/me/password）、' +
    '查看自己（GET /api/staff/me）和退出登录，别的审核、管理接口都回答 403 STAFF_PASSWORD_CHANGE_REQUIRED',
} as const

export const StaffLoginSchema = {
  tags: ['staff'],
  summary: '审核人员登录',
  description:
    '用户名和密码换一个会话令牌（默认 8 小时有效）。用户名不存在和密码不对回答完全一样（401 STAFF_LOGIN_FAILED）；' +
    '同一用户名连续输错 5 次锁定 15 分钟（429 STAFF_LOGIN_LOCKED，用户名不存在也一样）；每个地址每分钟最多试 20 次。',
  body: {
    type: 'object',
    required: ['username', 'password'],
    additionalProperties: false,
    properties: {
      username: freeText('用户名', { minLength: 1, maxLength: 64 }),
      password: freeText('密码', { minLength: 1, maxLength: 256 }),
    },
  },
  response: {
    200: {
      type: 'object',
      required: ['token', 'expiresAt', 'staff', 'mustChangePassword'],
      additionalProperties: false,
      properties: { token: { type: 'string' }, expiresAt: { type: 'string' }, staff: staffSchema, mustChangePassword },
    },
    ...errorResponses,
  },
} as const

export const StaffMeSchema = {
  tags: ['staff'],
  summary: '当前登录的审核人员',
  security: staffAuth,
  response: {
    200: {
      type: 'object',
      required: ['staff', 'kind', 'expiresAt', 'mustChangePassword'],
      additionalProperties: false,
      properties: {
        staff: staffSchema,
        kind: { type: 'string', enum: ['STAFF', 'SERVICE'] },
        expiresAt: { type: ['string', 'null'] },
        mustChangePassword,
      },
    },
    ...errorResponses,
  },
} as const

export interface ChangeOwnPasswordBody {
  oldPassword: string
  newPassword: string
}

export const ChangeOwnPasswordSchema = {
  tags: ['staff'],
  summary: '修改自己的密码',
  description:
    '原密码（管理员给的临时密码也是它）和新密码（至少 10 位，有字母和数字，不能和原密码一样）。' +
    '改好后 mustChangePassword 变为 false，这个账号的其他会话都失效，当前会话继续有效。' +
    '出错回答 422 VALIDATION_FAILED，fields.oldPassword 或 fields.newPassword 说明原因；服务账号（REVIEWER_TOKEN）没有密码，回答 409 STAFF_NO_PASSWORD。',
  security: staffAuth,
  body: {
    type: 'object',
    required: ['oldPassword', 'newPassword'],
    additionalProperties: false,
    properties: {
      oldPassword: freeText('原密码', { minLength: 1, maxLength: 256 }),
      newPassword: freeText('新密码', { minLength: 1, maxLength: 256 }),
    },
  },
  response: { 204: { type: 'null' }, ...errorResponses },
} as const

export const StaffLogoutSchema = {
  tags: ['staff'],
  summary: '退出登录（令牌立即失效）',
  security: staffAuth,
  response: { 204: { type: 'null' }, ...errorResponses },
} as const

const accountSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'username', 'displayName', 'role', 'roleLabel', 'status', 'statusLabel', 'createdAt', 'passwordChangedAt', 'mustChangePassword'],
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    role: { type: 'string', enum: ['REVIEWER', 'ADMIN'] },
    roleLabel: { type: 'string' },
    status: { type: 'string', enum: ['ACTIVE', 'DISABLED'] },
    statusLabel: { type: 'string' },
    createdAt: { type: 'string' },
    passwordChangedAt: { type: 'string' },
    mustChangePassword: { type: 'boolean', description: 'true：密码是管理员设的，本人下次登录要先改密码' },
  },
} as const

const withPassword = {
  type: 'object',
  additionalProperties: false,
  required: ['account', 'password'],
  properties: { account: accountSchema, password: { type: 'string', description: '只显示这一次，请当面交给本人' } },
} as const

export const ListAccountsSchema = {
  tags: ['staff'],
  summary: '账号列表（管理员）',
  security: staffAuth,
  response: listResponse('accounts', accountSchema),
} as const

export const CreateAccountSchema = {
  tags: ['staff'],
  summary: '新建账号（管理员）',
  description:
    '不填 password 时生成一个临时密码，只在这次回答里出现。不论填没填，这个密码都是别人给的：' +
    '本人第一次登录后要先改成自己的密码（mustChangePassword），才能做别的事。',
  security: staffAuth,
  body: {
    type: 'object',
    required: ['username', 'displayName', 'role'],
    additionalProperties: false,
    properties: {
      username: freeText('用户名', { maxLength: 64 }),
      displayName: freeText('姓名', { maxLength: 64 }),
      role: freeText('角色', { maxLength: 16 }),
      password: freeText('密码', { maxLength: 256 }),
    },
  },
  response: { 201: withPassword, ...errorResponses },
} as const

export const AccountActionSchema = {
  tags: ['staff'],
  summary: '停用或启用账号（管理员）；停用后该账号的会话立即失效',
  security: staffAuth,
  params: filingIdParams,
  response: { 200: accountSchema, ...errorResponses },
} as const

export const ResetPasswordSchema = {
  tags: ['staff'],
  summary: '重置密码（管理员）：生成临时密码，该账号的会话立即失效；本人下次登录要先改密码',
  security: staffAuth,
  params: filingIdParams,
  response: { 200: withPassword, ...errorResponses },
} as const

export interface AuditQueryString {
  action?: string
  actor?: string
  subjectId?: string
  from?: string
  to?: string
  limit?: string
}

const auditQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    action: freeText('操作', { maxLength: 40 }),
    actor: freeText('操作人', { maxLength: 100, description: '用户名，或 service:reviewer-token' }),
    subjectId: freeText('对象', { maxLength: 64, description: '备案、授权、材料或账号的 id' }),
    from: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '从这一天（北京时间）起' },
    to: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '到这一天（含）' },
    limit: { type: 'string', pattern: '^[1-9]\\d{0,4}$' },
  },
} as const

const auditRow = {
  type: 'object',
  additionalProperties: false,
  required: ['seq', 'id', 'at', 'actor', 'action', 'actionLabel', 'subject', 'detail', 'ip'],
  properties: {
    seq: { type: 'integer', description: '写入顺序号' },
    id: { type: 'string' },
    at: { type: 'string' },
    actor: {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'id', 'name', 'role'],
      properties: { type: { type: 'string' }, id: { type: ['string', 'null'] }, name: { type: 'string' }, role: { type: ['string', 'null'] } },
    },
    action: { type: 'string' },
    actionLabel: { type: 'string' },
    subject: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['type', 'id', 'label'],
      properties: { type: { type: 'string' }, id: { type: 'string' }, label: { type: ['string', 'null'] } },
    },
    detail: { type: 'object', additionalProperties: true },
    ip: { type: ['string', 'null'] },
  },
} as const

export const ListAuditSchema = {
  tags: ['staff'],
  summary: '审计日志（管理员），最新的在前',
  security: staffAuth,
  querystring: auditQuery,
  response: listResponse('entries', auditRow),
} as const

export const ExportAuditSchema = {
  tags: ['staff'],
  summary: '导出审计日志 CSV（管理员）；导出这件事本身也记入日志',
  security: staffAuth,
  querystring: auditQuery,
} as const
