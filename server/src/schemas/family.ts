// Why over 300 lines: data: the JSON schemas of every family route, mirroring API.md.
import { AUTHORIZATION_STATUSES, FAMILY_RELATIONS, FAMILY_RELATION_LIST } from '@/domain/family'
import { idempotencyKeyHeaderSchema } from '@server/idempotency'
import { bearerAuth, errorResponses, listResponse } from './error'
import { DATE_PATTERN, UUID_PATTERN, idParams } from './patterns'
import { privacyConsentBodySchema } from './privacy'
import { decisionBody, reviewerAuth } from './review'
import { freeText } from './free-text'

export type {
  AuthorizationDecisionBody,
  CreateAuthorizationBody,
  CreateFamilyMemberBody,
} from '@/domain/family'

const STATUS_LIST = Object.keys(AUTHORIZATION_STATUSES)
const relationHelp = FAMILY_RELATION_LIST.map((r) => `${r} ${FAMILY_RELATIONS[r]}`).join('，')

export interface IdParams {
  id: string
}

// Any string up to 100: a malformed token gets the same 404 as an unknown one.
const tokenParams = {
  type: 'object',
  required: ['token'],
  additionalProperties: false,
  properties: { token: freeText('邀请链接', { minLength: 1, maxLength: 100, description: '邀请链接里的 token' }) },
} as const

export interface TokenParams {
  token: string
}

/** The emergency stay an invitation was sent for (InvitationEmergency), or null. */
const invitationEmergencySchema = {
  description: '邀请是为哪次急诊住院发的：入院日期和按家人参保地、今天算的补办截止；不是为急诊发的为 null',
  anyOf: [
    {
      type: 'object',
      required: ['admittedOn', 'mode', 'deadline', 'closed'],
      additionalProperties: false,
      properties: {
        admittedOn: { type: 'string' },
        mode: { type: 'string', enum: ['WINDOW', 'BEFORE_DISCHARGE', 'DEEMED_FILED'] },
        deadline: { type: ['string', 'null'], description: 'WINDOW：最后一天 YYYY-MM-DD（当天 24:00 前）' },
        closed: { type: 'boolean', description: '补办的时间已经过了' },
      },
    },
    { type: 'null' },
  ],
} as const

const authorizationViewProperties = {
  id: { type: 'string' },
  method: { type: 'string', enum: ['INVITATION', 'DOCUMENT'], description: 'INVITATION 家人在自己的手机上确认；DOCUMENT 授权委托书（人工审核）' },
  status: {
    type: 'string',
    enum: STATUS_LIST,
    description: Object.entries(AUTHORIZATION_STATUSES).map(([k, v]) => `${k} ${v}`).join('；'),
  },
  expiresAt: { type: ['string', 'null'], description: '邀请的失效时刻（ISO 8601）；授权委托书为 null' },
  reasons: { type: 'array', items: { type: 'string' }, description: '授权委托书未通过的原因' },
  decidedAt: { type: ['string', 'null'], description: '工作人员审核授权委托书的时刻（ISO 8601）；还没审核或是邀请时为 null' },
  acceptedAt: { type: ['string', 'null'], description: '家人在邀请里点“同意”的时刻（ISO 8601）；还没同意或是授权委托书时为 null' },
  memberVerifying: { type: 'boolean', description: '邀请还在等家人同意时：家人上传的实人认证照片正在等工作人员核对（核对通过后家人才能点“同意”）；只在家人列表里有' },
  emergency: invitationEmergencySchema,
} as const

const authorizationViewSchema = {
  type: 'object',
  required: ['id', 'method', 'status', 'expiresAt', 'reasons'],
  additionalProperties: false,
  properties: authorizationViewProperties,
} as const

const familyMemberSchema = {
  type: 'object',
  description: '一位可以代办的家人，和授权的状态',
  required: [
    'id', 'name', 'idNumberMasked', 'relation', 'relationLabel', 'kin', 'phoneMasked', 'phone', 'insuredRegion', 'insuranceType',
    'authorization', 'canFile',
  ],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    idNumberMasked: { type: 'string', examples: ['1101**********002X'] },
    relation: { type: 'string', enum: FAMILY_RELATION_LIST },
    relationLabel: { type: 'string', examples: ['父母'] },
    kin: { type: 'string', description: '家人是代办人的什么人，按家人的性别说（父亲、母亲、丈夫……）', examples: ['母亲'] },
    phoneMasked: { type: 'string', examples: ['139****5678'] },
    phone: { type: 'string', description: '家人的手机号（代办人自己填的），为家人备案时的联系电话从它开始', examples: ['13912345678'] },
    insuredRegion: { type: 'string', description: '家人的参保地 6 位代码' },
    insuranceType: { type: 'string', enum: ['EMPLOYEE', 'RESIDENT'] },
    authorization: { anyOf: [authorizationViewSchema, { type: 'null' }], description: '最近一次授权；还没申请过为 null' },
    canFile: { type: 'boolean', description: '现在能不能为这位家人办理备案（授权有效）' },
  },
} as const

export const ListFamilyMembersSchema = {
  tags: ['family'],
  summary: '家人代办：我可以代办的家人',
  security: bearerAuth,
  response: listResponse('members', familyMemberSchema),
} as const

// Shape only; the rules (SPEC §9) are the shared validateFamilyMember, as for 实名信息.
export const CreateFamilyMemberSchema = {
  tags: ['family'],
  summary: '添加一位家人',
  description:
    '每添加一位家人，都要带上本人对现行《隐私保护指引》的单独同意 privacyConsent: { version }（否则 422 PRIVACY_CONSENT_REQUIRED，什么也不保存）。' +
    '先要保存本人的实名信息（否则 422 PROFILE_REQUIRED）。字段按实名信息同样的规则检查，出错 422 并列出每个字段；' +
    '填的是本人的身份证号：422 fields.idNumber。最多 5 位：409 FAMILY_LIMIT；同一身份证号已添加：409 FAMILY_MEMBER_EXISTS。' +
    '参保地和险种用于家人没有自己账号时（授权委托书）为这位家人办理。带 Idempotency-Key 重复提交同样内容，回答第一次的结果。',
  security: bearerAuth,
  headers: idempotencyKeyHeaderSchema,
  body: {
    type: 'object',
    required: ['name', 'idNumber', 'relation', 'phone', 'insuredRegion', 'insuranceType'],
    additionalProperties: false,
    properties: {
      name: freeText('家人姓名', { maxLength: 50, description: '家人姓名（身份证上的）' }),
      idNumber: freeText('家人的身份证号码', { maxLength: 32, description: '家人的 18 位身份证号码' }),
      relation: freeText('关系', { maxLength: 16, description: `和您的关系：${relationHelp}` }),
      phone: freeText('家人的手机号码', { maxLength: 32, description: '家人的手机号码' }),
      insuredRegion: freeText('家人的参保地', { maxLength: 12, description: '家人的参保地 6 位代码' }),
      insuranceType: freeText('险种', { maxLength: 16, description: 'EMPLOYEE 职工医保，RESIDENT 城乡居民医保' }),
      privacyConsent: privacyConsentBodySchema,
    },
  },
  response: {
    201: familyMemberSchema,
    ...errorResponses,
  },
} as const

export const DeleteFamilyMemberSchema = {
  tags: ['family'],
  summary: '删除一位家人（同时撤销对这位家人的授权）',
  description: '删除后不能再为这位家人办理，也看不到为这位家人办过的备案（家人本人仍能看到）。别人的家人或不存在：404 FAMILY_MEMBER_NOT_FOUND。',
  security: bearerAuth,
  params: idParams,
  response: {
    204: { type: 'null', description: '已删除' },
    ...errorResponses,
  },
} as const

export const AuthorizationLetterSchema = {
  tags: ['family'],
  summary: '打印用的授权委托书（填好双方身份证号）',
  description:
    '给这位家人的授权委托书全文（一行一行，\\n 分隔）：委托人（家人）的姓名和身份证号按添加家人时填的写全，受托人（您本人）按您的实名信息写全——' +
    '签好的委托书要和双方身份证件一起交，号码不能遮盖。没填实名信息时，受托人一栏留空让您手写。不是您的家人：404 FAMILY_MEMBER_NOT_FOUND。',
  security: bearerAuth,
  params: idParams,
  response: {
    200: {
      type: 'object',
      required: ['text'],
      additionalProperties: false,
      properties: { text: { type: 'string', description: '授权委托书全文' } },
    },
    ...errorResponses,
  },
} as const

export const CreateAuthorizationSchema = {
  tags: ['family'],
  summary: '申请家人的授权：发邀请，或上传授权委托书',
  description:
    '{ method: "INVITATION" }：生成邀请（7 天内有效），把 invitation.path 发给家人，家人用自己的手机打开、确认后授权立即生效。' +
    '邀请口令只在这次回答里出现一次（服务器只存它的摘要），所以这里不收幂等键；重新申请会替换还没确认的邀请。' +
    '{ method: "DOCUMENT", letterUploadId, idPhotoUploadId }：您自己上传的签好的授权委托书（AUTHORIZATION_LETTER）和家人身份证照片（ID_DOCUMENT），' +
    '由工作人员审核（PENDING_REVIEW）。已有有效授权：409 AUTHORIZATION_ACTIVE。不是您的家人：404 FAMILY_MEMBER_NOT_FOUND。',
  security: bearerAuth,
  params: idParams,
  body: {
    type: 'object',
    required: ['method'],
    additionalProperties: false,
    properties: {
      method: { type: 'string', enum: ['INVITATION', 'DOCUMENT'] },
      emergencyAdmittedOn: {
        type: 'string',
        pattern: DATE_PATTERN,
        description: 'INVITATION 时可填：为哪次急诊住院请家人授权（入院日期 YYYY-MM-DD，中国时间）。家人打开邀请时会看到这次住院和补办截止日；日期不对：422，fields.emergencyAdmittedOn',
      },
      letterUploadId: { type: 'string', pattern: UUID_PATTERN, description: '签好的授权委托书（DOCUMENT 时必填）' },
      idPhotoUploadId: { type: 'string', pattern: UUID_PATTERN, description: '家人的身份证照片（DOCUMENT 时必填）' },
    },
    if: { properties: { method: { const: 'DOCUMENT' } } },
    // The emergency stay goes with an invitation only (a 授权委托书 is read by staff, not the member).
    then: { required: ['letterUploadId', 'idPhotoUploadId'], not: { required: ['emergencyAdmittedOn'] } },
    else: { not: { anyOf: [{ required: ['letterUploadId'] }, { required: ['idPhotoUploadId'] }] } },
  },
  response: {
    201: {
      type: 'object',
      required: ['authorization', 'invitation'],
      additionalProperties: false,
      properties: {
        authorization: authorizationViewSchema,
        invitation: {
          anyOf: [
            {
              type: 'object',
              required: ['token', 'path', 'expiresAt'],
              additionalProperties: false,
              properties: {
                token: { type: 'string' },
                path: { type: 'string', examples: ['/packages/family/pages/accept/index?token=…'] },
                expiresAt: { type: 'string' },
              },
            },
            { type: 'null' },
          ],
        },
      },
    },
    ...errorResponses,
  },
} as const

const invitationSchema = {
  type: 'object',
  description: '谁请您授权：确认前先看清楚',
  required: ['proxyName', 'proxyFullName', 'proxyKin', 'callerNeeds', 'memberName', 'relationLabel', 'memberInsuredRegion', 'memberInsuranceType', 'expiresAt', 'status', 'emergency'],
  additionalProperties: false,
  properties: {
    proxyName: { type: 'string', description: '发出邀请的人（姓名遮挡过）', examples: ['张*'] },
    proxyFullName: { type: 'string', description: '发出邀请的人的全名，按本人实名信息（家人要认得出是谁）', examples: ['王丽'] },
    proxyKin: { type: 'string', description: '邀请人是被邀请家人的什么人（按关系和邀请人的性别）', examples: ['女儿'] },
    callerNeeds: {
      type: 'array',
      description: '打开邀请的人在点“同意”前还要做的事：PROFILE 填实名信息，VERIFICATION 实人认证；空表示可以直接同意',
      items: { type: 'string', enum: ['PROFILE', 'VERIFICATION'] },
    },
    memberName: { type: 'string', description: '被邀请的家人（姓名遮挡过）', examples: ['张*华'] },
    relationLabel: { type: 'string', description: '被邀请的家人是邀请人的什么人', examples: ['父母'] },
    memberInsuredRegion: { type: 'string', description: '邀请人替家人填的参保地（6 位区划代码）：家人填实名信息时先按它选好', examples: ['450200'] },
    memberInsuranceType: { type: 'string', enum: ['EMPLOYEE', 'RESIDENT'], description: '邀请人替家人填的险种：家人填实名信息时先按它选好' },
    expiresAt: { type: 'string' },
    status: { type: 'string', enum: STATUS_LIST },
    emergency: invitationEmergencySchema,
  },
} as const

export const GetInvitationSchema = {
  tags: ['family'],
  summary: '查看一个授权邀请',
  description: '要登录。未确认或已过期的邀请，拿到链接的人都能看；已确认的只有确认的本人能看；其余 404 INVITATION_NOT_FOUND。',
  security: bearerAuth,
  params: tokenParams,
  response: { 200: invitationSchema, ...errorResponses },
} as const

export const AcceptInvitationSchema = {
  tags: ['family'],
  summary: '家人确认授权（用家人自己的账号）',
  description:
    '确认人要先保存本人的实名信息，身份证号要和邀请里的家人一致，否则 422 INVITATION_NOT_FOR_YOU；' +
    '邀请人自己不能确认：422 INVITATION_OWN。过期、已用过、不存在一律 404 INVITATION_NOT_FOUND。确认后授权立即生效（ACTIVE），' +
    '可以随时在 GET/DELETE /api/me/proxies 撤销。',
  security: bearerAuth,
  params: tokenParams,
  // No body, or an empty object (as some clients send for every POST).
  body: { type: ['object', 'null'], additionalProperties: false, maxProperties: 0, description: '不需要内容' },
  response: { 200: invitationSchema, ...errorResponses },
} as const

export const ListWaitingInvitationsSchema = {
  tags: ['family'],
  summary: '等我同意的授权邀请（首页卡片）',
  description:
    '还没确认、没过期、给“身份证号和我的实名信息一致”的家人的邀请，最早的在前；我自己发出的不算。' +
    '只在实名信息通过实人认证后才回答（否则是空列表），所以填别人的身份证号看不到别人的邀请。' +
    '每个邀请带 id：用 GET /api/invitations/waiting/:id 查看、POST /api/invitations/waiting/:id/accept 确认（和邀请链接同样的检查）。',
  security: bearerAuth,
  response: {
    200: {
      type: 'object',
      required: ['invitations'],
      additionalProperties: false,
      properties: {
        invitations: {
          type: 'array',
          items: {
            ...invitationSchema,
            required: ['id', ...invitationSchema.required],
            properties: { id: { type: 'string', description: '这份授权的 id（打开、确认用）' }, ...invitationSchema.properties },
          },
        },
      },
    },
    ...errorResponses,
  },
} as const

export const GetWaitingInvitationSchema = {
  tags: ['family'],
  summary: '查看一个等我同意的授权邀请',
  description: '只回答 GET /api/invitations 里的邀请；别人的、已确认、已过期、被替换或不存在的一律 404 INVITATION_NOT_FOUND。',
  security: bearerAuth,
  params: idParams,
  response: { 200: invitationSchema, ...errorResponses },
} as const

export const AcceptWaitingInvitationSchema = {
  ...AcceptInvitationSchema,
  summary: '确认一个等我同意的授权邀请（从首页卡片）',
  description: '和 POST /api/invitations/:token/accept 同样的检查；不在 GET /api/invitations 里的一律 404 INVITATION_NOT_FOUND。',
  params: idParams,
} as const

export const ListProxiesSchema = {
  tags: ['family'],
  summary: '谁可以替我办理（我给的授权）',
  security: bearerAuth,
  response: {
    200: {
      type: 'object',
      required: ['proxies'],
      additionalProperties: false,
      properties: {
        proxies: {
          type: 'array',
          items: {
            type: 'object',
            required: ['authorizationId', 'proxyName', 'proxyFullName', 'proxyKin', 'relationLabel', 'since'],
            additionalProperties: false,
            properties: {
              authorizationId: { type: 'string' },
              proxyName: { type: 'string', examples: ['张*'] },
              proxyFullName: { type: 'string', description: '代办人的全名，按本人实名信息（只回答给授权的本人）', examples: ['王丽'] },
              proxyKin: { type: 'string', description: '代办人是您的什么人（按关系和代办人的性别）', examples: ['女儿'] },
              relationLabel: { type: 'string', description: '您是代办人的什么人', examples: ['父母'] },
              since: { type: 'string', description: '确认授权的时刻' },
            },
          },
        },
      },
    },
    ...errorResponses,
  },
} as const

export const RevokeProxySchema = {
  tags: ['family'],
  summary: '撤销授权',
  description:
    '撤销后对方不能再为您办理，也看不到为您办过的任何备案；这些备案您自己照样能看到、能变更或取消。' +
    '不是您的授权或已撤销：404 AUTHORIZATION_NOT_FOUND。',
  security: bearerAuth,
  params: {
    type: 'object',
    required: ['authorizationId'],
    additionalProperties: false,
    properties: { authorizationId: { type: 'string', pattern: UUID_PATTERN } },
  },
  response: {
    204: { type: 'null', description: '已撤销' },
    ...errorResponses,
  },
} as const

export interface ProxyParams {
  authorizationId: string
}

const reviewerOnly = '审核人员才能用：审核台登录得到的会话令牌（POST /api/staff/sessions），或服务器设置的 REVIEWER_TOKEN（服务账号）；其他令牌一律 401。'

const authorizationReviewSchema = {
  type: 'object',
  required: [
    'id', 'method', 'status', 'expiresAt', 'reasons', 'member', 'proxy', 'letterUploadId', 'idPhotoUploadId', 'createdAt',
    'decidedAt', 'checklist', 'earlierRefusals',
  ],
  additionalProperties: false,
  properties: {
    ...authorizationViewProperties,
    member: {
      type: 'object',
      required: ['name', 'idNumberMasked', 'relation', 'relationLabel', 'insuredRegion', 'insuranceType'],
      additionalProperties: false,
      properties: {
        name: { type: 'string' },
        idNumberMasked: { type: 'string' },
        relation: { type: 'string', enum: FAMILY_RELATION_LIST },
        relationLabel: { type: 'string' },
        insuredRegion: { type: 'string' },
        insuranceType: { type: 'string', enum: ['EMPLOYEE', 'RESIDENT'] },
      },
    },
    proxy: {
      type: 'object',
      required: ['name', 'idNumberMasked'],
      additionalProperties: false,
      properties: { name: { type: 'string' }, idNumberMasked: { type: 'string' } },
    },
    letterUploadId: { type: ['string', 'null'], description: '授权委托书，用同一令牌从 GET /api/uploads/:id 下载' },
    idPhotoUploadId: { type: ['string', 'null'], description: '家人身份证照片' },
    createdAt: { type: 'string' },
    decidedAt: { type: ['string', 'null'] },
    decidedByName: { type: ['string', 'null'], description: '审核人（账号姓名，或服务账号）' },
    checklist: {
      type: 'array',
      description: '要核对的几项，各带依据：只引国家规定和家人参保地自己的文件；只有其他地方文件写到的一项 scope 为 DEFAULT，basisText 为“本系统的统一做法”，不引文件。',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['check', 'scope', 'citations', 'basisText'],
        properties: {
          check: { type: 'string', examples: ['委托书有家人亲笔签名、写明委托事项和代办人'] },
          scope: { type: 'string', enum: ['REGIONAL', 'DEFAULT'] },
          citations: { type: 'array', items: { $ref: 'Citation#' } },
          basisText: { type: 'string', examples: ['中华人民共和国民法典 第一百六十五条', '本系统的统一做法'] },
        },
      },
    },
    earlierRefusals: {
      type: 'array',
      description:
        '同一代办人为同一位家人（按家人的身份证号，删掉后重新添加的也算）之前交过、被退回的授权委托书，先交的在前：' +
        '重新交的委托书旁边能看到上次为什么没通过。没有时为空。',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'createdAt', 'decidedAt', 'decidedByName', 'reasons', 'letterUploadId'],
        properties: {
          id: { type: 'string' },
          createdAt: { type: 'string', description: '那份委托书的提交时间' },
          decidedAt: { type: ['string', 'null'], description: '退回的时间' },
          decidedByName: { type: ['string', 'null'], description: '退回的审核人；记录审核人之前的决定为 null' },
          reasons: { type: 'array', items: { type: 'string' }, description: '退回的原因（家人看到的）' },
          letterUploadId: { type: ['string', 'null'], description: '那份委托书的照片，GET /api/review/materials/:id' },
        },
      },
    },
  },
} as const

export interface AuthorizationQueueQuery {
  status?: 'PENDING_REVIEW' | 'ACTIVE' | 'REJECTED' | 'REVOKED'
}

export const ListReviewAuthorizationsSchema = {
  tags: ['review'],
  summary: '审核队列：授权委托书',
  description: reviewerOnly + '按状态列出上传授权委托书的申请，先交的在前；不填 status 为 PENDING_REVIEW。',
  security: reviewerAuth,
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { status: { type: 'string', enum: ['PENDING_REVIEW', 'ACTIVE', 'REJECTED', 'REVOKED'] } },
  },
  response: listResponse('authorizations', authorizationReviewSchema),
} as const

export const AuthorizationDecisionSchema = {
  tags: ['review'],
  summary: '审核授权委托书：通过或不通过',
  description:
    reviewerOnly +
    'APPROVE：授权生效（ACTIVE），代办人可以为家人办理；REJECT：未通过（REJECTED），reasons 至少一项。' +
    '已审核或已撤销：409 AUTHORIZATION_NOT_REVIEWABLE。',
  security: reviewerAuth,
  params: idParams,
  body: decisionBody({
    decision: { type: 'string', enum: ['APPROVE', 'REJECT'] },
    reasons: { type: 'array', maxItems: 20, items: freeText('不通过的原因', { minLength: 1, maxLength: 200, multiline: true }), description: '原因（不通过时至少一项）' },
  }),
  response: { 200: authorizationReviewSchema, ...errorResponses },
} as const
