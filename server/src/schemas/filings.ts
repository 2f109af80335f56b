// Why over 300 lines: data: the JSON schemas of the filing routes and of FilingView, mirroring API.md.
import { FILING_TYPE_LIST } from '@/domain/filing-types'
import { CORRECTABLE_FIELD_LIST, FILING_STATUSES } from '@/domain/filings'
import { REQUEST_NOTE_FIELD, REQUEST_NOTE_MAX } from '@/domain/materials'
import { idempotencyKeyHeaderSchema } from '@server/idempotency'
import { citationsSchema } from './citation'
import { emergencyBodySchema, emergencyViewSchema } from './emergency'
import { bearerAuth, errorResponses, listResponse } from './error'
import { DATE_PATTERN, UUID_PATTERN, idParams } from './patterns'
import { freeText } from './free-text'
import { UploadSchema } from './uploads'

export type { AddMaterialsBody, CancelFilingBody, ChangeFilingBody, CreateFilingBody } from '@/domain/filings'

const STATUS_LIST = Object.keys(FILING_STATUSES)

// Shape only (types, lengths, known fields): the rules (SPEC §2-§5, §9) are the shared
// checkFiling, so the app and the server give the same field messages.
const destinationSchema = {
  type: 'object',
  required: ['province'],
  additionalProperties: false,
  description: '备案地：省级代码，加市级代码（北京、天津、上海、重庆、海南、西藏、兵团不填市）',
  properties: {
    province: { ...freeText('备案地', { maxLength: 12 }), examples: ['440000'] },
    city: freeText('备案地', { maxLength: 12, nullable: true }),
  },
} as const

const contactsSchema = {
  type: 'object',
  required: ['phone1', 'addressAtDestination'],
  additionalProperties: false,
  properties: {
    phone1: freeText('联系电话', { maxLength: 32, description: '联系电话 1（手机）' }),
    phone2: freeText('备用电话', { maxLength: 32, nullable: true, description: '联系电话 2（手机或带区号的座机，可不填）' }),
    // No `<` or `>`: no address has them (the views escape text anyway).
    addressAtDestination: freeText('就医地联系地址', { maxLength: 200, noAngleBrackets: true, description: '就医地联系地址' }),
  },
} as const

const reasonSchema = (label: string) => freeText(label, { minLength: 1, maxLength: 200, multiline: true, description: '原因' })
const dateString = (label: string, description: string, nullable = false) => freeText(label, { maxLength: 10, nullable, description })

/** `materialNotes` of a filing's body and of 补充材料: a note per material id (POST /api/filings, /materials). */
const materialNotesSchema = {
  type: 'object',
  maxProperties: 20,
  propertyNames: { pattern: UUID_PATTERN },
  additionalProperties: freeText('材料备注', { maxLength: 200 }),
  description: '材料上的备注，按材料 id：只有要写备注的材料（房产证、家人户口簿：是参保人的什么人），每条最多 50 个字',
  examples: [{ '3f0c6c2e-6a39-4f4f-9c39-2f8c0e6f3b1a': '王丽，女儿' }],
} as const

export const FilingSchema = {
  $id: 'Filing',
  type: 'object',
  description: '一份备案（FilingView），含材料、进度和现在能做什么',
  additionalProperties: false,
  required: [
    'id', 'number', 'type', 'typeName', 'status', 'statusLabel', 'basis', 'registration', 'subject', 'insuredRegion',
    'filedBySelf', 'filedBy', 'destination', 'startDate', 'endDate', 'validFrom', 'validTo', 'validityExplanation',
    'contacts', 'chronicDiseaseHospital', 'multiPlace', 'admittedOn', 'materials', 'commitment', 'supersedes',
    'supersededBy', 'createdAt', 'timeline', 'emergency', 'review', 'actions', 'citations',
  ],
  properties: {
    id: { type: 'string' },
    number: { type: 'string', description: '备案编号，如 YD20251001ABC234', examples: ['YD20251001ABC234'] },
    type: { type: 'string', enum: FILING_TYPE_LIST },
    typeName: { type: 'string', description: '人员类别的正式名称' },
    status: { type: 'string', enum: STATUS_LIST, description: '今天看到的状态（过了有效期的显示 EXPIRED）' },
    statusLabel: { type: 'string', examples: ['备案成功'] },
    basis: { type: 'string', enum: ['PROOF', 'COMMITMENT'], description: 'PROOF 证明材料；COMMITMENT 个人承诺书' },
    registration: { type: 'string', enum: ['NEW', 'CHANGE'], description: '登记类别：新增或变更' },
    subject: {
      type: 'object',
      description: '为谁办的备案；代办的还有 relationLabel：被办理人是办理人的什么人（父母、配偶……），和 kin：按被办理人的性别说（母亲、丈夫……）',
      required: ['name', 'idNumberMasked'],
      additionalProperties: false,
      properties: {
        name: { type: 'string' },
        idNumberMasked: { type: 'string', examples: ['1101**********1233'] },
        relationLabel: { type: 'string', examples: ['父母'] },
        kin: { type: 'string', examples: ['母亲'] },
      },
    },
    filedBySelf: { type: 'boolean', description: '本人为自己办的' },
    filedBy: {
      type: 'object',
      description:
        '谁办的：self 为 true 是您自己办的；否则是家人代办，nameMasked 是代办人的姓名（遮挡过）。' +
        '给被代办的本人看时，还有 name（代办人的全名，本人授权过的家人）和 kin（代办人是本人的什么人）',
      required: ['self', 'nameMasked'],
      additionalProperties: false,
      properties: {
        self: { type: 'boolean' },
        nameMasked: { type: 'string', examples: ['张*华'] },
        name: { type: 'string', examples: ['张丽华'] },
        kin: { type: 'string', examples: ['子女'] },
      },
    },
    destination: {
      type: 'object',
      required: ['province', 'city', 'name'],
      additionalProperties: false,
      properties: { province: { type: 'string' }, city: { type: ['string', 'null'] }, name: { type: 'string' } },
    },
    startDate: { type: 'string' },
    endDate: { type: ['string', 'null'] },
    validFrom: { type: ['string', 'null'] },
    validTo: { type: ['string', 'null'], description: '最后有效的一天；长期有效为 null' },
    validityExplanation: { type: 'string' },
    contacts: {
      type: 'object',
      required: ['phone1', 'phone2', 'addressAtDestination'],
      additionalProperties: false,
      properties: {
        phone1: { type: 'string' },
        phone2: { type: ['string', 'null'] },
        addressAtDestination: { type: 'string' },
      },
    },
    chronicDiseaseHospital: { type: ['string', 'null'] },
    multiPlace: { type: 'boolean' },
    insuredRegion: { type: 'string', description: '参保人的参保地代码（GB/T 2260），变更时按它的政策检查' },
    admittedOn: { type: ['string', 'null'], description: '住院期间补办的：入院日期 YYYY-MM-DD；急诊备案为入院日期；其他为 null' },
    materials: {
      type: 'array',
      items: {
        type: 'object',
        description: '上传的一份材料，和写在它上面的备注',
        required: ['id', 'kind', 'size', 'purpose', 'note'],
        additionalProperties: false,
        properties: {
          ...UploadSchema.properties,
          note: { type: ['string', 'null'], description: '备注（房产证：房主是参保人的什么人）；没写为 null', examples: ['王丽，女儿'] },
        },
      },
    },
    commitment: {
      type: ['object', 'null'],
      required: ['signedName', 'textVersion', 'signedAt', 'signedBy'],
      additionalProperties: false,
      properties: {
        signedName: { type: 'string' },
        textVersion: { type: 'string' },
        signedAt: { type: 'string' },
        signedBy: {
          type: ['object', 'null'],
          description: '代签人（近亲属代参保人签名时，004 个人承诺书 温馨提示2）；参保人本人签的为 null',
          required: ['name', 'idNumberMasked', 'relation', 'line'],
          additionalProperties: false,
          properties: {
            name: { type: 'string' },
            idNumberMasked: { type: 'string' },
            relation: { type: 'string', description: '参保人是代签人的什么亲属（家人记录里的关系）' },
            line: { type: 'string', examples: ['由李四（参保人的子女）代签'] },
          },
        },
      },
    },
    supersedes: { type: ['string', 'null'], description: '这份变更所替代的备案 id' },
    supersededBy: { type: ['string', 'null'], description: '替代这份备案的新备案 id' },
    createdAt: { type: 'string' },
    timeline: {
      type: 'array',
      items: {
        type: 'object',
        required: ['status', 'label', 'at', 'note'],
        additionalProperties: false,
        properties: {
          status: { type: 'string', enum: STATUS_LIST },
          label: { type: 'string' },
          at: { type: 'string', description: 'ISO 8601 时刻' },
          note: { type: ['string', 'null'] },
        },
      },
    },
    emergency: emergencyViewSchema,
    review: {
      type: ['object', 'null'],
      description: '最近一次审核决定：未通过的原因、要补充的材料和要改正的内容，一次性全部列出（一次性告知）',
      required: ['decision', 'reasons', 'missingItems', 'corrections', 'decidedAt'],
      additionalProperties: false,
      properties: {
        decision: { type: 'string', enum: ['APPROVE', 'REJECT', 'REQUEST_MATERIALS'] },
        reasons: { type: 'array', items: { type: 'string' } },
        missingItems: { type: 'array', items: { type: 'string' } },
        corrections: {
          type: 'array',
          items: { type: 'string', enum: CORRECTABLE_FIELD_LIST },
          description: '要求补充材料时请本人改正的内容：addressAtDestination 外地住址，phone1 联系电话，phone2 备用电话；没有时为空',
        },
        decidedAt: { type: 'string', description: 'ISO 8601 时刻' },
      },
    },
    actions: {
      type: 'object',
      required: ['canCancel', 'canChange', 'firstAllowedOn', 'explanation'],
      additionalProperties: false,
      properties: {
        canCancel: { type: 'boolean' },
        canChange: { type: 'boolean' },
        firstAllowedOn: { type: ['string', 'null'], description: '承诺制锁定期内：最早可以取消或变更的日期' },
        explanation: { type: 'string' },
      },
    },
    citations: citationsSchema,
  },
} as const

/** The answer of a route that returns one filing (200), else the error shape. */
const filingOk = { 200: { $ref: 'Filing#' }, ...errorResponses } as const
/** The answer of a route that makes a filing (201), else the error shape. */
const filingCreated = { 201: { $ref: 'Filing#' }, ...errorResponses } as const

export const filingIdParams = idParams

export interface FilingParams {
  id: string
}

export const CreateFilingSchema = {
  tags: ['filings'],
  summary: '办理备案',
  description:
    '先要保存实名信息（否则 422 PROFILE_REQUIRED）。materials 是本人上传的材料 id。' +
    '自助备案的四类即时办结，回答 201 和 APPROVED 的备案。同一人、同类型、同一备案地已有有效备案时 409 DUPLICATE_FILING。' +
    '急诊（type EMERGENCY）要填 emergency，startDate 就是入院日期，不填 endDate，就医地地址可以是空的；' +
    '按参保地政策检查时限：过了时限 422 EMERGENCY_WINDOW_CLOSED（附 window 和 guidance：怎样零星报销、少报多少），' +
    '参保地视同已备案 422 EMERGENCY_DEEMED_FILED（附 window）；办成的是 UNDER_REVIEW，等经办机构审核。' +
    '这个人已有的备案（同一就医地、入院那天在有效期内，或审核通过后从入院那天以前算起）已经管着这次住院时 409 EMERGENCY_ALREADY_COVERED（先于时限检查；调用者能查看时附 existingFilingId、existingNumber）：不用办急诊备案。' +
    '为家人办理（代办）：subject { familyMemberId }，要有这位家人的有效授权，否则 403 PROXY_NOT_AUTHORIZED' +
    '（别人的家人、已删除的、不存在的，回答都一样）。授权是在线核对过的，自助的四类照样即时办结。' +
    '参保人信息用家人本人保存的实名信息（家人确认过邀请时），否则用添加家人时填的。' +
    '带 Idempotency-Key 重复提交同样内容，回答第一次的结果。',
  security: bearerAuth,
  headers: idempotencyKeyHeaderSchema,
  body: {
    type: 'object',
    required: ['type', 'subject', 'destination', 'startDate', 'contacts', 'materials'],
    additionalProperties: false,
    properties: {
      type: { type: 'string', enum: FILING_TYPE_LIST, description: '人员类别' },
      subject: {
        type: 'object',
        description: '为谁办：本人 { self: true }，或家人 { familyMemberId }',
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 1,
        properties: {
          self: { type: 'boolean', const: true },
          familyMemberId: freeText('家人', { maxLength: 64 }),
        },
      },
      destination: destinationSchema,
      startDate: dateString('开始日期', '备案开始日期 YYYY-MM-DD'),
      endDate: dateString('结束日期', '备案结束日期 YYYY-MM-DD（临时外出就医才填）', true),
      contacts: contactsSchema,
      materials: {
        type: 'array',
        maxItems: 20,
        uniqueItems: true,
        items: { type: 'string', pattern: UUID_PATTERN },
        description: '上传得到的材料 id',
      },
      materialNotes: materialNotesSchema,
      commitment: {
        type: ['object', 'null'],
        required: ['signedName', 'textVersion'],
        additionalProperties: false,
        description: '个人承诺书：签名（参保人姓名；代签时为代签人自己的姓名）和所签文本的版本',
        properties: {
          signedName: freeText('承诺书签名', { maxLength: 50 }),
          textVersion: freeText('承诺书版本', { maxLength: 20 }),
          signedBy: {
            type: 'string',
            enum: ['SELF', 'PROXY'],
            description: 'SELF 参保人本人签（默认）；PROXY 替家人办理时由近亲属代签，签代签人自己的姓名（004 个人承诺书 温馨提示2）',
          },
        },
      },
      chronicDiseaseHospital: freeText('慢特病定点医院', { maxLength: 100, nullable: true, noAngleBrackets: true, description: '门诊慢特病定点医疗机构（可不填）' }),
      multiPlace: { type: 'boolean', description: '多地备案（只限长期类，且必须有证明材料）' },
      admittedOn: {
        type: ['string', 'null'],
        pattern: DATE_PATTERN,
        description: '已经在外地住院、出院结算前补办的：入院日期（不晚于今天）；开始日期可以提前到这天、不能晚于这天（002 通知 二；004 表8 温馨提示5）。急诊备案如填写，须与 emergency.admittedOn 相同',
      },
      emergency: emergencyBodySchema,
    },
  },
  response: filingCreated,
} as const

export const ListFilingsSchema = {
  tags: ['filings'],
  summary: '我的备案：本人办的和别人替我办的',
  description:
    '还有效的排在前面，其余按办理时间从新到旧。为家人代办的，只在授权有效时列出：家人撤销授权（或删除这位家人）后，' +
    '代办人就看不到为这位家人办过的任何备案了；家人本人一直能看到。',
  security: bearerAuth,
  response: listResponse('filings', { $ref: 'Filing#' }),
} as const

export const GetFilingSchema = {
  tags: ['filings'],
  summary: '一份备案和它的进度',
  description: '不是本人办的、也不是替本人办的，和不存在一样回答 404 FILING_NOT_FOUND。',
  security: bearerAuth,
  params: filingIdParams,
  response: filingOk,
} as const

export const CancelFilingSchema = {
  tags: ['filings'],
  summary: '取消备案',
  description: '承诺制备案锁定期内：409 CANCEL_LOCKED，附 firstAllowedOn（最早可以取消的日期）。',
  security: bearerAuth,
  params: filingIdParams,
  body: {
    type: 'object',
    required: ['reason'],
    additionalProperties: false,
    properties: { reason: reasonSchema('取消原因') },
  },
  response: filingOk,
} as const

export const ChangeFilingSchema = {
  tags: ['filings'],
  summary: '变更备案（换备案地、日期或联系方式）',
  description:
    '按原备案和这次改的内容生成一份新备案（登记类别“变更”），原备案变为 SUPERSEDED。' +
    '材料和承诺书沿用原备案的。承诺制备案锁定期内：409 CHANGE_LOCKED，附 firstAllowedOn。',
  security: bearerAuth,
  params: filingIdParams,
  headers: idempotencyKeyHeaderSchema,
  body: {
    type: 'object',
    required: ['reason'],
    additionalProperties: false,
    properties: {
      reason: reasonSchema('变更原因'),
      destination: destinationSchema,
      startDate: dateString('开始日期', '新的开始日期；不填则沿用原来的（已过去的改为今天）'),
      endDate: dateString('结束日期', '新的结束日期（临时外出就医）', true),
      contacts: contactsSchema,
    },
  },
  response: filingCreated,
} as const

export const AddMaterialsSchema = {
  tags: ['filings'],
  summary: '补充材料（待补充材料时）',
  description:
    '只能在 NEEDS_MATERIALS 时补充，否则 409 FILING_NOT_AWAITING_MATERIALS。materials 是本人上传的材料 id；' +
    'materialNotes：和提交备案时一样，只给要写备注的材料（房产证、家人户口簿）写，否则 422 naming materialNotes。' +
    '审核员在 missingItems 里点名的每一种材料都要有照片，否则 422 VALIDATION_FAILED，fields.materials 说还差什么（“还差：入院记录。请拍好再提交。”）；' +
    '认不出是哪种材料的条目不拦。审核员要补材料时至少一张照片；只要改正内容时 materials 可以是空数组。' +
    'contacts：审核员在 review.corrections 里请改正的内容，改好后带上，每一项都要有（否则 422，fields 按 contacts.<字段> 说明）；' +
    '和提交备案时一样检查（手机号、备用电话、住址写到门牌号并在备案地）；没请改的字段不收：400 CORRECTION_NOT_ASKED，说明要改请办好后点“变更”。' +
    '改正的内容存到备案上，审核台能看到改前和改后。' +
    '补充后备案回到 UNDER_REVIEW 等待审核。带 Idempotency-Key 重复提交同样内容，回答第一次的结果。',
  security: bearerAuth,
  params: filingIdParams,
  headers: idempotencyKeyHeaderSchema,
  body: {
    type: 'object',
    required: ['materials'],
    additionalProperties: false,
    properties: {
      materials: {
        type: 'array',
        minItems: 0,
        maxItems: 20,
        uniqueItems: true,
        items: { type: 'string', pattern: UUID_PATTERN },
        description: '新上传的材料 id（只要改正内容时可以为空）',
      },
      note: freeText(REQUEST_NOTE_FIELD.label, {
        maxLength: REQUEST_NOTE_MAX,
        nullable: true,
        multiline: REQUEST_NOTE_FIELD.multiline,
        description: '给审核人员的说明（可不填；工作人员要的不是拍照的材料时，在这里回答）',
      }),
      materialNotes: materialNotesSchema,
      contacts: {
        type: 'object',
        additionalProperties: false,
        description: '审核员请改正的内容（review.corrections），只带这些',
        properties: {
          phone1: freeText('联系电话', { maxLength: 32, description: '改正后的联系电话（手机）' }),
          phone2: freeText('备用电话', { maxLength: 32, nullable: true, description: '改正后的备用电话（手机或带区号的座机；清空填 null 或空字符串）' }),
          addressAtDestination: freeText('就医地联系地址', { maxLength: 200, noAngleBrackets: true, description: '改正后的外地住址' }),
        },
      },
    },
  },
  response: filingOk,
} as const
