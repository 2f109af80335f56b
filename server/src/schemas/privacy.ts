import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import { errorResponses } from './error'
import { freeText } from './free-text'

/** `privacyConsent` in a body that carries personal data. */
export const privacyConsentBodySchema = {
  type: 'object',
  required: ['version'],
  additionalProperties: false,
  description: '本人勾选同意的《隐私保护指引》版本（GET /api/privacy-notice 的 version）；不是现行版本：422 PRIVACY_CONSENT_REQUIRED',
  properties: { version: { ...freeText('隐私保护指引的版本', { maxLength: 32 }), examples: [PRIVACY_NOTICE_VERSION] } },
} as const

/** `privacyConsent` in GET /api/me: the latest consent to the notice for one's own 实名信息. */
export const privacyConsentViewSchema = {
  anyOf: [
    {
      type: 'object',
      required: ['version', 'at'],
      additionalProperties: false,
      properties: {
        version: { type: 'string', description: '同意的《隐私保护指引》版本' },
        at: { type: 'string', description: '同意的时刻（ISO 8601）' },
      },
    },
    { type: 'null' },
  ],
  description: '本人最近一次同意（为本人实名信息）；还没同意过为 null。version 不是现行版本时，保存个人信息前要重新同意',
} as const

const itemSchema = {
  type: 'object',
  required: ['term', 'detail'],
  additionalProperties: false,
  properties: { term: { type: 'string' }, detail: { type: 'string' } },
} as const

const sectionSchema = {
  type: 'object',
  required: ['id', 'title', 'paragraphs'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', description: '段落的固定标识（例如 collected、retention），后续新增的内容各占一段' },
    title: { type: 'string' },
    paragraphs: { type: 'array', items: { type: 'string' } },
    items: { type: 'array', items: itemSchema, description: '列表：一项信息或功能（term）和它的用途（detail）' },
  },
} as const

export const GetPrivacyNoticeSchema = {
  tags: ['privacy'],
  summary: '现行的《隐私保护指引》（不用登录）',
  description:
    '同意时要在 PUT /api/me/profile 和 POST /api/family-members 的 privacyConsent.version 里写上这里的 version。' +
    '指引的文字一改，version 就换新的，已同意旧版本的人要重新同意才能继续保存个人信息。',
  response: {
    200: {
      type: 'object',
      required: ['version', 'text'],
      additionalProperties: false,
      properties: {
        version: { type: 'string', examples: [PRIVACY_NOTICE_VERSION] },
        text: {
          type: 'object',
          required: ['title', 'effectiveOn', 'summary', 'sections'],
          additionalProperties: false,
          properties: {
            title: { type: 'string', examples: ['隐私保护指引'] },
            effectiveOn: { type: 'string', description: '生效日期 YYYY-MM-DD' },
            summary: { type: 'string', description: '先读这一段' },
            sections: { type: 'array', items: sectionSchema },
          },
        },
      },
    },
    ...errorResponses,
  },
} as const
