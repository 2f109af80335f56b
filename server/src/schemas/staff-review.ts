import { CORRECTABLE_FIELD_LIST } from '@/domain/filings'
import { errorResponses } from './error'
import { filingIdParams } from './filings'
import { REVIEW_DECISIONS, decisionBody, reviewDecisionFields, reviewerAuth } from './review'

/** The staff console's review endpoints (issue 14). Same authorization as every /api/review route. */

const staffOnly = '审核人员（会话令牌或 REVIEWER_TOKEN 服务账号）才能用。'
const citation = { $ref: 'Citation#' } as const
const freeObject = { type: 'object', additionalProperties: true } as const

const queueItem = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'id', 'number', 'title', 'personMasked', 'insuredRegion', 'insuredRegionName', 'receivedAt', 'deadline', 'deadlineEndsAt', 'provisional', 'overdue', 'deadlineBasis', 'earlierRefusals', 'cameBackWith', 'filerVerifying', 'filedByProxy'],
  properties: {
    kind: { type: 'string', enum: ['FILING', 'AUTHORIZATION'] },
    id: { type: 'string' },
    number: { type: ['string', 'null'] },
    title: { type: 'string' },
    personMasked: { type: 'string' },
    insuredRegion: { type: 'string' },
    insuredRegionName: { type: 'string' },
    receivedAt: { type: 'string' },
    deadline: { type: 'string', description: '一个工作日的审核时限的最后一天（北京时间 24:00 截止）' },
    deadlineEndsAt: { type: 'string' },
    provisional: { type: 'boolean', description: '经过的年份还没有官方放假安排时为 true（只按周末算）' },
    overdue: { type: 'boolean' },
    deadlineBasis: {
      type: 'string',
      description: '审核时限的依据，按这一件的参保地：参保地自己的文件；没有收录时为“本地规定未收录，按国家规定和本系统的统一做法（1 个工作日）”',
      examples: ['苏医保发〔2022〕75号 第九条(二)'],
    },
    earlierRefusals: { type: 'integer', minimum: 0, description: '授权委托书：同一代办人、同一家人之前没通过的次数（重新提交）；备案为 0' },
    cameBackWith: {
      type: ['string', 'null'],
      description: '备案补充后回到审核中时，交回来的是什么（按上次要求的内容）：已补交材料、已回答问题、已补交材料和回答；其他为 null',
      examples: ['已回答问题'],
    },
    filerVerifying: { type: 'boolean', description: '备案：提交备案的账号的实人认证照片正在等人工核对（批准前要先核对身份）；授权委托书为 false' },
    filedByProxy: { type: 'boolean', description: '备案：由家人代办（filerVerifying 说的是代办人的账号）；授权委托书为 false' },
  },
} as const

export const WorkQueueSchema = {
  tags: ['review'],
  summary: '待审核：急诊备案和授权委托书，先到的在前，带一个工作日的审核时限',
  description:
    staffOnly +
    '审核时限按每一件的参保地的规定（001 办理流程 审查与决定 1 个工作日；002 第九条(二)），参保地规定没有收录的按本系统的统一做法 1 个工作日；' +
    '依据见 deadlineBasis。收到当天不算，截止为下一个工作日 24:00。',
  security: reviewerAuth,
  response: {
    200: {
      type: 'object',
      required: ['items', 'waiting'],
      additionalProperties: false,
      properties: {
        items: { type: 'array', items: queueItem },
        waiting: { type: 'integer', minimum: 0, description: '等待审核的总件数；备案超过 500 件时只列出最早的 500 件，这里仍是总数' },
      },
    },
    ...errorResponses,
  },
} as const

const decisionRecord = {
  type: 'object',
  additionalProperties: false,
  required: ['filingId', 'decision', 'reasons', 'missingItems', 'corrections', 'decidedAt', 'reviewerId', 'reviewerName'],
  properties: {
    filingId: { type: 'string' },
    decision: { type: 'string', enum: REVIEW_DECISIONS },
    reasons: { type: 'array', items: { type: 'string' } },
    missingItems: { type: 'array', items: { type: 'string' } },
    corrections: { type: 'array', items: { type: 'string', enum: CORRECTABLE_FIELD_LIST }, description: '要求补充材料时请本人改正的内容；没有时为空' },
    decidedAt: { type: 'string' },
    reviewerId: { type: ['string', 'null'] },
    reviewerName: { type: ['string', 'null'] },
  },
} as const

export const FilingCaseSchema = {
  tags: ['review'],
  summary: '审核台：一份备案的案卷（电话、身份证号遮盖），审核时限，每次决定和决定人',
  description: staffOnly + '要看完整的姓名、身份证号、电话，请用 POST …/reveal（会记入审计日志）。',
  security: reviewerAuth,
  params: filingIdParams,
  response: {
    200: {
      type: 'object',
      additionalProperties: false,
      required: ['filing', 'insuredRegion', 'insuredRegionName', 'insuranceTypeName', 'filerNameMasked', 'receivedAt', 'reviewDeadline', 'basis', 'window', 'decisions', 'timeline', 'questions', 'corrections', 'newMaterialIds', 'filerVerification', 'otherFilings', 'proxyAuthorization', 'notices'],
      properties: {
        filing: { $ref: 'Filing#' },
        insuredRegion: { type: 'string' },
        insuredRegionName: { type: 'string' },
        insuranceTypeName: { type: ['string', 'null'] },
        filerNameMasked: { type: 'string' },
        receivedAt: { type: 'string' },
        reviewDeadline: {
          type: 'object',
          additionalProperties: false,
          required: ['deadline', 'endsAt', 'provisional', 'overdue', 'scope', 'citations', 'workingDays'],
          properties: {
            deadline: { type: 'string' },
            endsAt: { type: 'string' },
            provisional: { type: 'boolean' },
            overdue: { type: 'boolean' },
            scope: { type: 'string', enum: ['REGIONAL', 'DEFAULT'], description: 'REGIONAL：参保地自己的审核时限；DEFAULT：参保地规定未收录，按本系统的统一做法' },
            citations: { type: 'array', items: citation, description: '参保地自己的文件；DEFAULT 时为空（不引其他地方的文件）' },
            workingDays: { type: 'integer', minimum: 1, description: '按几个工作日算的（参保地的审核时限）' },
          },
        },
        basis: {
          type: 'object',
          additionalProperties: false,
          required: ['profileName', 'regional', 'lines'],
          description: '适用的规定：国家规定，和参保地政策里这件用到的设定；不引其他地方的文件。参保地规定未收录的一条 scope 为 DEFAULT，说“本地规定未收录，按国家规定…”。',
          properties: {
            profileName: { type: 'string', examples: ['江苏省参保人员', '全国通用（参保地没有收录专门规定时）'] },
            regional: { type: 'boolean', description: '参保地有自己的政策时为 true' },
            lines: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['topic', 'scope', 'text', 'citations'],
                properties: {
                  topic: { type: 'string', examples: ['有效期', '审核时限'] },
                  scope: { type: 'string', enum: ['NATIONAL', 'REGIONAL', 'DEFAULT'] },
                  text: { type: 'string' },
                  citations: { type: 'array', items: citation },
                },
              },
            },
          },
        },
        window: {
          type: ['object', 'null'],
          additionalProperties: false,
          required: ['within', 'text'],
          properties: { within: { type: 'boolean' }, text: { type: 'string' } },
        },
        decisions: { type: 'array', items: decisionRecord },
        timeline: {
          type: 'array',
          description:
            '进度，用审核人员的说法：谁做了什么（申请人提交、系统即时办结、系统转人工审核、审核员 王芳 要求补材料、申请人补交材料，回到审核中、审核员 王芳 审核通过 …），' +
            'detail 是随之说的话（要补的材料、原因、申请人的说明），没有时为 null；先发生的在前。filing.timeline 是本人看到的说法。',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['status', 'statusLabel', 'at', 'action', 'detail'],
            properties: {
              status: { type: 'string' },
              statusLabel: { type: 'string' },
              at: { type: 'string' },
              action: { type: 'string' },
              detail: { type: ['string', 'null'] },
            },
          },
        },
        questions: {
          type: 'array',
          description:
            '审核员的问题和申请人的回答：审核员在要求补充时以问句写的每一项（以问号结尾，或以请说明、请问、为什么等开头），' +
            '和本人补充时写的说明（回答）；还没回答时 answer 为 null。先问的在前。',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['question', 'askedAt', 'answer', 'answeredAt'],
            properties: {
              question: { type: 'string', examples: ['请说明这次是在哪里、怎么受的伤？'] },
              askedAt: { type: 'string' },
              answer: { type: ['string', 'null'] },
              answeredAt: { type: ['string', 'null'] },
            },
          },
        },
        corrections: {
          type: 'array',
          description: '申请人按要求改正的内容，先改的在前：改前（from）和改后（to），电话遮盖；备用电话清空时为 null；unchanged：原样交回',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['field', 'label', 'from', 'to', 'unchanged', 'at'],
            properties: {
              field: { type: 'string', enum: CORRECTABLE_FIELD_LIST },
              label: { type: 'string', examples: ['外地住址'] },
              from: { type: ['string', 'null'] },
              to: { type: ['string', 'null'] },
              unchanged: { type: 'boolean' },
              at: { type: 'string', description: 'ISO 8601 时刻：随哪次补充材料' },
            },
          },
        },
        newMaterialIds: {
          type: 'array',
          items: { type: 'string' },
          description:
            '上次“要求补充材料”之后上传的材料（filing.materials 里的 id，审核台标“新补交”），按材料顺序；没有要求过补充材料时为空。' +
            '按材料的上传时间和那次决定的时间比较。',
        },
        filerVerification: {
          type: 'object',
          additionalProperties: false,
          required: ['whose', 'nameMasked', 'status', 'statusLabel', 'pendingRequestId'],
          description:
            '提交这份备案的账号现在的实人认证：本人办理的是申请人本人（APPLICANT），代办的是代办人（PROXY）的账号。' +
            '没认证的账号办的自助备案正是因此转人工审核；待核对（PENDING）时先到“实人认证”核对照片（pendingRequestId，GET /api/review/verifications/:id）。',
          properties: {
            whose: { type: 'string', enum: ['APPLICANT', 'PROXY'], description: 'APPLICANT：申请人本人办理；PROXY：代办人的账号' },
            nameMasked: { type: 'string', description: '这个账号的人的姓名（遮盖）' },
            status: { type: 'string', enum: ['VERIFIED', 'PENDING', 'UNVERIFIED', 'REJECTED'] },
            statusLabel: { type: 'string', description: '已认证、待核对、未提交、未通过', examples: ['待核对'] },
            pendingRequestId: { type: ['string', 'null'], description: '待核对的实人认证申请的 id；不是待核对时为 null' },
          },
        },
        otherFilings: {
          type: 'array',
          description:
            '急诊备案：同一参保人（按身份证号，不论谁办的）的其他备案里，和这次住院有关的（同一就医地：已经管着这次住院、审核通过后会管、或入院后才生效），' +
            '和在别的地方仍有效的；每条说它和这次入院的关系。其他类型的备案为空。',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'number', 'typeName', 'statusLabel', 'place', 'validity', 'relation', 'note'],
            properties: {
              id: { type: 'string' },
              number: { type: 'string' },
              typeName: { type: 'string' },
              statusLabel: { type: 'string' },
              place: { type: 'string', examples: ['广东省深圳市'] },
              validity: { type: 'string', examples: ['2026-12-03 起长期有效'] },
              relation: {
                type: 'string',
                enum: ['COVERS', 'COVERS_ONCE_APPROVED', 'STARTS_LATER', 'ENDED_BEFORE', 'OTHER_PLACE', 'OTHER_ADMISSION', 'NOT_STANDING'],
                description: 'COVERS 入院时在有效期内（整次住院已有备案）；COVERS_ONCE_APPROVED 审核通过后会管；STARTS_LATER 入院后才生效；OTHER_PLACE 别的地方',
              },
              note: { type: 'string', examples: ['2026年12月3日起才生效，入院（2026年12月1日）时还没生效，管不到这次住院'] },
            },
          },
        },
        proxyAuthorization: {
          type: ['object', 'null'],
          additionalProperties: false,
          required: ['kind'],
          description:
            '代办的备案：提交时代办人凭什么替参保人办理（按这位家人的授权记录）。INVITATION：参保人在自己的账号里同意了邀请（since 为同意的时间）；' +
            'DOCUMENT：授权委托书经审核通过（since 为通过的时间，decidedByName 为审核人）；之后撤销的，revokedAt 为撤销时间。' +
            'NONE：提交时没有生效的授权，latest 为这位家人最近一次授权申请和它现在的状态（没有申请过为 null）。本人办理的备案为 null。',
          properties: {
            kind: { type: 'string', enum: ['INVITATION', 'DOCUMENT', 'NONE'] },
            authorizationId: { type: 'string' },
            since: { type: 'string' },
            decidedByName: { type: ['string', 'null'] },
            revokedAt: { type: ['string', 'null'] },
            latest: {
              type: ['object', 'null'],
              additionalProperties: false,
              required: ['method', 'status', 'createdAt'],
              properties: {
                method: { type: 'string', enum: ['INVITATION', 'DOCUMENT'] },
                status: { type: 'string', enum: ['PENDING_INVITE', 'PENDING_REVIEW', 'ACTIVE', 'REJECTED', 'REVOKED', 'EXPIRED'] },
                createdAt: { type: 'string' },
              },
            },
          },
        },
        notices: {
          type: 'array',
          description:
            '最近一次审核决定通知了谁，微信消息发出去没有（每人一行）。role：APPLICANT 申请人本人，PROXY 代办人（姓名遮盖），INSURED 参保人。' +
            'message：SENT 微信消息已发出（sentAt 为时间）；SENDING 正在发送；NOT_SUBSCRIBED 没有订阅微信消息，只能在小程序里看到；NOT_SENT 微信没有发出去，只能在小程序里看到。' +
            '还没有决定时为空。急诊补办等着本人回应时，审核员据此决定要不要打电话。',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['role', 'name', 'message', 'sentAt'],
            properties: {
              role: { type: 'string', enum: ['APPLICANT', 'PROXY', 'INSURED'] },
              name: { type: 'string' },
              message: { type: 'string', enum: ['SENT', 'SENDING', 'NOT_SUBSCRIBED', 'NOT_SENT'] },
              sentAt: { type: ['string', 'null'] },
            },
          },
        },
      },
    },
    ...errorResponses,
  },
} as const

export const RevealSchema = {
  tags: ['review'],
  summary: '显示完整个人信息（记入审计日志）',
  security: reviewerAuth,
  params: filingIdParams,
  response: { 200: freeObject, ...errorResponses },
} as const

export const MaterialSchema = {
  tags: ['review'],
  summary: '审核台查看一份材料（照片或 PDF），每次查看记入审计日志',
  security: reviewerAuth,
  params: filingIdParams,
} as const

export const PreviewSchema = {
  tags: ['review'],
  summary: '发送前预览：这个决定会给本人发的微信订阅消息和小程序里显示的文字（不保存、不发送）',
  description:
    '不保存、不发送。recipients 是通知几人，recipientList 是哪几位（role：APPLICANT 本人办理的申请人；PROXY 代办人，姓名遮盖；' +
    'INSURED 被代办的参保人，用自己的账号收通知；wechatMessage 为 false 时这个人没有订阅审核结果的微信消息，只能在小程序里看到）；' +
    'insuredWithoutAccount 为 true 时参保人没有自己的账号，只通知代办人。',
  security: reviewerAuth,
  params: filingIdParams,
  body: decisionBody(reviewDecisionFields),
  response: { 200: freeObject, ...errorResponses },
} as const

export const DashboardSchema = {
  tags: ['review'],
  summary: '概况：每天每类备案数，审核用时中位数和 90 分位，超时数',
  security: reviewerAuth,
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { days: { type: 'string', pattern: '^([1-9]|[1-8]\\d|90)$', description: '最近几天（1–90，默认 14）' } },
  },
  response: { 200: freeObject, ...errorResponses },
} as const
