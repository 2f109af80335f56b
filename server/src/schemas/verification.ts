import { VERIFICATION_METHODS, VERIFICATION_STATUSES } from '@/domain/verification'
import { bearerAuth, errorResponses, listResponse } from './error'
import { UUID_PATTERN, idParams } from './patterns'
import { freeText } from './free-text'
import { decisionBody, reviewerAuth } from './review'

const METHOD_LIST = Object.keys(VERIFICATION_METHODS)

/** VerificationView (src/domain/verification/status.ts), as GET /api/me shows it. */
export const VerificationSchema = {
  $id: 'Verification',
  type: 'object',
  description: '实人认证：状态、方式、时间',
  required: ['status', 'statusLabel', 'method', 'at', 'reason', 'conflict'],
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: Object.keys(VERIFICATION_STATUSES), description: 'UNVERIFIED 未认证，PENDING 等待人工核对，VERIFIED 已认证，REJECTED 人工核对没通过' },
    statusLabel: { type: 'string' },
    method: { anyOf: [{ type: 'string', enum: METHOD_LIST }, { type: 'null' }], description: 'WECHAT_FACE 微信人脸核身，DEV 开发环境，STAFF 证件照片人工核对' },
    at: { type: ['string', 'null'], description: '认证（或提交、核对）的时刻，ISO 8601' },
    reason: { type: ['string', 'null'], description: '人工核对没通过的原因' },
    conflict: { type: ['string', 'null'], description: '这个身份证号已由另一个账号认证时的说明：本账号不能用它备案' },
  },
} as const

const uploadId = (description: string) => ({ type: 'string', pattern: UUID_PATTERN, description })

export const PostVerificationSchema = {
  tags: ['me'],
  summary: '实人认证：提交刷脸结果，或提交身份证照片由工作人员核对',
  description:
    '{ provider: WECHAT_FACE, verifyResult }：小程序 wx.startFacialRecognitionVerify 返回的 verifyResult，服务器向微信核对；' +
    '{ provider: DEV, verifyResult: dev:pass | dev:fail }：只在开发环境；' +
    '{ provider: STAFF, idFrontUploadId, idBackUploadId, holdingUploadId }：三张照片（先用 POST /api/uploads 上传，purpose 为 ID_CARD_FRONT / ID_CARD_BACK / ID_CARD_HOLDING），状态变为 PENDING。' +
    '没通过、过期、用过、对不上：422；身份证号已由另一账号认证：409 ID_VERIFIED_BY_ANOTHER_ACCOUNT；今天失败太多：429；连不上微信：503。',
  security: bearerAuth,
  body: {
    oneOf: [
      {
        type: 'object',
        required: ['provider', 'verifyResult'],
        additionalProperties: false,
        properties: {
          provider: { type: 'string', enum: ['WECHAT_FACE', 'DEV'] },
          verifyResult: freeText('认证结果', { minLength: 1, maxLength: 1024 }),
        },
      },
      {
        type: 'object',
        required: ['provider', 'idFrontUploadId', 'idBackUploadId', 'holdingUploadId'],
        additionalProperties: false,
        properties: {
          provider: { type: 'string', enum: ['STAFF'] },
          idFrontUploadId: uploadId('身份证人像面的照片'),
          idBackUploadId: uploadId('身份证国徽面的照片'),
          holdingUploadId: uploadId('本人手持身份证的照片'),
        },
      },
    ],
  },
  response: {
    200: {
      type: 'object',
      required: ['verification'],
      additionalProperties: false,
      properties: { verification: { $ref: 'Verification#' } },
    },
    ...errorResponses,
  },
} as const

const reviewerOnly = '要审核人员令牌（Authorization: Bearer <REVIEWER_TOKEN>）；服务器没有设置时一律 401。'

const reviewViewSchema = {
  type: 'object',
  required: ['id', 'userId', 'status', 'name', 'idNumber', 'photos', 'conflict', 'releases', 'deadline', 'stay', 'reason', 'createdAt', 'decidedAt'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    userId: { type: 'string' },
    status: { type: 'string', enum: ['PENDING', 'APPROVED', 'REJECTED'] },
    name: { type: 'string' },
    idNumber: { type: 'string' },
    photos: {
      type: 'object',
      required: ['idFrontUploadId', 'idBackUploadId', 'holdingUploadId'],
      additionalProperties: false,
      properties: { idFrontUploadId: { type: 'string' }, idBackUploadId: { type: 'string' }, holdingUploadId: { type: 'string' } },
      description: '照片用 GET /api/uploads/:id（审核令牌）查看',
    },
    conflict: {
      anyOf: [
        {
          type: 'object',
          required: ['userId', 'method', 'verifiedAt'],
          additionalProperties: false,
          properties: { userId: { type: 'string' }, method: { type: 'string', enum: METHOD_LIST }, verifiedAt: { type: 'string' } },
        },
        { type: 'null' },
      ],
      description: '另一个已经认证了这个身份证号的账号；通过后由申请人取代它',
    },
    releases: {
      type: 'array',
      items: { type: 'string' },
      description: '待核对时：申请人只等实人认证的备案的备案号，通过时这些备案随之办结（备案成功）；已处理的为空',
    },
    deadline: {
      anyOf: [
        {
          type: 'object',
          required: ['deadline', 'endsAt', 'provisional'],
          additionalProperties: false,
          properties: { deadline: { type: 'string' }, endsAt: { type: 'string' }, provisional: { type: 'boolean' } },
        },
        { type: 'null' },
      ],
      description: '待核对时：应在哪天 24:00 前核对（提交后 1 个工作日，节假日顺延）；provisional 为真时，所跨年份的放假安排还没发布；已处理的为 null',
    },
    stay: {
      anyOf: [
        {
          type: 'object',
          required: ['admittedOn', 'deadline'],
          additionalProperties: false,
          properties: { admittedOn: { type: 'string' }, deadline: { type: ['string', 'null'] } },
        },
        { type: 'null' },
      ],
      description:
        '待核对时：家人为一次急诊住院请这个人同意代办，同意要等这次核对通过；admittedOn 为入院日期，deadline 为按此人参保地规定的补办截止日（24:00 前；null 为出院结算前），有几次时取最早的。' +
        '没有要赶的（没有这样的邀请、视同已备案、已过截止）或已处理的为 null。',
    },
    reason: { type: ['string', 'null'] },
    createdAt: { type: 'string' },
    decidedAt: { type: ['string', 'null'] },
  },
} as const

export interface VerificationIdParams {
  id: string
}

export interface VerificationQueueQuery {
  status?: 'PENDING' | 'APPROVED' | 'REJECTED'
}

export const ListReviewVerificationsSchema = {
  tags: ['review'],
  summary: '待人工核对的实人认证申请',
  description: reviewerOnly + '按状态列出，先交的在前；不填 status 为 PENDING。conflict 不为空：这个身份证号已由另一个账号认证。',
  security: reviewerAuth,
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { status: { type: 'string', enum: ['PENDING', 'APPROVED', 'REJECTED'] } },
  },
  response: listResponse('verifications', reviewViewSchema),
} as const

export const GetReviewVerificationSchema = {
  tags: ['review'],
  summary: '一份实人认证申请',
  description: reviewerOnly,
  security: reviewerAuth,
  params: idParams,
  response: { 200: reviewViewSchema, ...errorResponses },
} as const

export const VerificationDecisionSchema = {
  tags: ['review'],
  summary: '人工核对实人认证：通过或驳回',
  description:
    reviewerOnly +
    'APPROVE：申请人变为已认证（有冲突时取代另一个账号）；REJECT：要写 reason，告诉申请人怎么改。' +
    '已处理：409 VERIFICATION_ALREADY_DECIDED；申请后改了实名信息：409 VERIFICATION_PROFILE_CHANGED。',
  security: reviewerAuth,
  params: idParams,
  body: decisionBody({
    decision: { type: 'string', enum: ['APPROVE', 'REJECT'] },
    reason: freeText('驳回原因', { maxLength: 200, multiline: true, description: '驳回原因（驳回时必填）' }),
  }),
  response: { 200: reviewViewSchema, ...errorResponses },
} as const
