import { bearerAuth, errorResponses } from './error'

export const PersonProfileSchema = {
  $id: 'PersonProfile',
  type: 'object',
  description: '本人的参保信息（只有本人能看到完整内容）',
  required: ['name', 'idNumber', 'phone', 'insuredRegion', 'insuranceType', 'birthDate', 'sex', 'updatedAt'],
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    idNumber: { type: 'string' },
    phone: { type: 'string' },
    insuredRegion: { type: 'string', description: '参保地 6 位行政区划代码' },
    insuranceType: { type: 'string', enum: ['EMPLOYEE', 'RESIDENT'] },
    birthDate: { type: 'string', description: 'YYYY-MM-DD，由身份证号得出' },
    sex: { type: 'string', enum: ['M', 'F'], description: '由身份证号得出' },
    updatedAt: { type: 'string', description: 'ISO 8601 时刻' },
  },
} as const

const userSchema = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'string' } },
} as const

export const GetMeSchema = {
  tags: ['me'],
  summary: '当前用户和本人的参保信息',
  security: bearerAuth,
  response: {
    200: {
      type: 'object',
      required: ['user', 'profile', 'verification'],
      additionalProperties: false,
      properties: {
        user: userSchema,
        profile: { anyOf: [{ $ref: 'PersonProfile#' }, { type: 'null' }] },
        verification: { $ref: 'Verification#' },
      },
    },
    ...errorResponses,
  },
} as const

export interface PutProfileBody {
  name: string
  idNumber: string
  phone: string
  insuredRegion: string
  insuranceType: 'EMPLOYEE' | 'RESIDENT'
}

// Shape only (types, lengths, known fields); the rules of SPEC §9 live in the shared domain
// function so the app and the server give the same field messages.
export const PutProfileSchema = {
  tags: ['me'],
  summary: '保存本人的参保信息',
  security: bearerAuth,
  body: {
    type: 'object',
    required: ['name', 'idNumber', 'phone', 'insuredRegion', 'insuranceType'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', maxLength: 50, description: '姓名' },
      idNumber: { type: 'string', maxLength: 32, description: '18 位居民身份证号码' },
      phone: { type: 'string', maxLength: 32, description: '11 位手机号码' },
      insuredRegion: { type: 'string', maxLength: 12, description: '参保地 6 位行政区划代码' },
      insuranceType: {
        type: 'string',
        enum: ['EMPLOYEE', 'RESIDENT'],
        description: 'EMPLOYEE 职工医保，RESIDENT 城乡居民医保',
      },
    },
  },
  response: {
    200: {
      type: 'object',
      required: ['profile', 'verification'],
      additionalProperties: false,
      properties: {
        profile: { $ref: 'PersonProfile#' },
        verification: {
          $ref: 'Verification#',
          description: '保存后的实人认证状态：改了姓名或身份证号，原来的认证失效；conflict 不为空时，这个身份证号已由另一个账号认证',
        },
      },
    },
    ...errorResponses,
  },
} as const
