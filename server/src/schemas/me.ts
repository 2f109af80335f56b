import { bearerAuth, errorResponses } from './error'
import { privacyConsentBodySchema, privacyConsentViewSchema } from './privacy'
import type { PrivacyConsentBody } from '@server/privacy/consent'
import { freeText } from './free-text'

export const PersonProfileSchema = {
  $id: 'PersonProfile',
  type: 'object',
  description: '本人的参保信息（只有本人能看到完整内容）',
  required: ['name', 'idNumber', 'phone', 'insuredRegion', 'insuredArea', 'insuranceType', 'birthDate', 'sex', 'updatedAt'],
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    idNumber: { type: 'string' },
    phone: { type: 'string' },
    insuredRegion: { type: 'string', description: '参保地 6 位行政区划代码，按填写的保存（可以是区县代码）' },
    insuredArea: {
      type: 'object',
      description: '参保地按哪个统筹区读：区县代码读作所在的市（直辖市、兵团读作全市/兵团）',
      required: ['code', 'name', 'fromDistrict', 'label'],
      additionalProperties: false,
      properties: {
        code: { type: 'string', description: '统筹区代码，如 450200' },
        name: { type: 'string', description: '如 广西壮族自治区柳州市' },
        fromDistrict: { type: 'boolean', description: '填的是区县代码' },
        label: { type: 'string', description: '给人看的说法' },
      },
    },
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
      required: ['user', 'profile', 'privacyConsent', 'verification'],
      additionalProperties: false,
      properties: {
        user: userSchema,
        profile: { anyOf: [{ $ref: 'PersonProfile#' }, { type: 'null' }] },
        privacyConsent: privacyConsentViewSchema,
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
  privacyConsent?: PrivacyConsentBody
}

// Shape only (types, lengths, known fields); the rules of SPEC §9 live in the shared domain
// function so the app and the server give the same field messages.
export const PutProfileSchema = {
  tags: ['me'],
  summary: '保存本人的参保信息',
  description:
    '要先同意现行的《隐私保护指引》：第一次保存（或指引更新后第一次保存）时带上 privacyConsent: { version }，' +
    '服务器记下版本和时刻；之前已同意现行版本的，可以不带。没有同意现行版本：422 PRIVACY_CONSENT_REQUIRED，什么也不保存。',
  security: bearerAuth,
  body: {
    type: 'object',
    required: ['name', 'idNumber', 'phone', 'insuredRegion', 'insuranceType'],
    additionalProperties: false,
    properties: {
      name: freeText('姓名', { maxLength: 50, description: '姓名' }),
      idNumber: freeText('身份证号码', { maxLength: 32, description: '18 位居民身份证号码' }),
      phone: freeText('手机号码', { maxLength: 32, description: '11 位手机号码' }),
      insuredRegion: freeText('参保地', { maxLength: 12, description: '参保地 6 位行政区划代码' }),
      insuranceType: {
        type: 'string',
        enum: ['EMPLOYEE', 'RESIDENT'],
        description: 'EMPLOYEE 职工医保，RESIDENT 城乡居民医保',
      },
      privacyConsent: privacyConsentBodySchema,
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

export const DeleteMeSchema = {
  tags: ['me'],
  summary: '撤回同意并删除我的信息',
  description:
    '撤回对《隐私保护指引》的同意，删除：实名信息、我添加的家人和发出的邀请/授权、没有用在备案里的上传文件、订阅消息设置和待发的消息；' +
    '我作为家人给别人的代办授权一并撤销。保留：已提交的备案（包括为家人办的）和它们的材料、所依据的家人记录和授权委托书——' +
    '这些是医保经办机构的异地就医业务档案（苏医保发〔2022〕75号 经办规程 第五十八条），与微信账号断开后保存。' +
    '之后这个账号的令牌一律 401；同一个微信再登录是一个新的空账号。',
  security: bearerAuth,
  response: {
    200: {
      type: 'object',
      required: ['deleted', 'kept'],
      additionalProperties: false,
      properties: {
        deleted: {
          type: 'object',
          required: ['profile', 'familyMembers', 'uploads'],
          additionalProperties: false,
          properties: {
            profile: { type: 'boolean', description: '删除了实名信息' },
            familyMembers: { type: 'integer', description: '删除的家人记录数' },
            uploads: { type: 'integer', description: '删除的上传文件数' },
          },
        },
        kept: {
          type: 'object',
          required: ['filings', 'familyMembers'],
          additionalProperties: false,
          properties: {
            filings: { type: 'integer', description: '作为业务档案保留的备案数' },
            familyMembers: { type: 'integer', description: '因为已为其办过备案而随档案保留（已停用）的家人记录数' },
          },
        },
      },
    },
    ...errorResponses,
  },
} as const
