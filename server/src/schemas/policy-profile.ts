import { citationsSchema } from './citation'
import { errorResponses } from './error'
import { REGION_CODE_PATTERN } from './patterns'

export interface PolicyProfileParams {
  regionCode: string
}

/**
 * The settings of src/domain/profiles/types.ts. Each is a tagged union there; here each lists
 * the fields of all its variants (the tag says which apply), so the document stays readable and
 * nothing the domain returns is dropped by the serializer (the route test compares in full).
 */
const setting = <P extends Record<string, unknown>, R extends readonly string[]>(properties: P, required: R) =>
  ({
    type: 'object',
    required: ['scope', 'text', 'citations', ...required],
    additionalProperties: false,
    properties: {
      scope: { type: 'string', enum: ['REGIONAL', 'DEFAULT'], description: 'REGIONAL：参保地自己的规定；DEFAULT：本产品的通用做法' },
      text: { type: 'string', description: '给人看的说明' },
      citations: citationsSchema,
      ...properties,
    },
  }) as const

const reductionRule = {
  type: 'object',
  required: ['basic', 'bound', 'text', 'citations'],
  additionalProperties: false,
  properties: {
    basic: {
      type: 'object',
      description: '基本医保报销比例降低的百分点：FLAT 一个数；SCOPE 区内/区外；KIND 转诊/急诊',
      required: ['by'],
      additionalProperties: false,
      properties: {
        by: { type: 'string', enum: ['FLAT', 'SCOPE', 'KIND'] },
        points: { type: 'number' },
        IN_PROVINCE: { type: 'number' },
        OUT_OF_PROVINCE: { type: 'number' },
        REFERRAL: { type: 'number' },
        EMERGENCY: { type: 'number' },
      },
    },
    bound: { type: 'string', enum: ['EXACT', 'AT_MOST'], description: 'AT_MOST：最多降这么多' },
    seriousIllnessPoints: { type: 'number', description: '大病保险、补充医疗保险降低的百分点' },
    text: { type: 'string' },
    citations: citationsSchema,
  },
} as const

export const PolicyProfileSchema = {
  tags: ['reference'],
  summary: '参保地适用的异地就医政策（急诊备案时限、承诺制锁定期、有效期、报销比例降低、异地安置的户口要求）',
  description:
    '按地区代码找最具体的政策；没有收录专门规定的地方用全国通用政策（id 为 DEFAULT）。' +
    '区、县代码按其所属的市（或按全省备案的省级单位）识别，region 是识别出的参保地。',
  params: {
    type: 'object',
    required: ['regionCode'],
    additionalProperties: false,
    properties: {
      regionCode: { type: 'string', pattern: REGION_CODE_PATTERN, description: '参保地 6 位行政区划代码' },
    },
  },
  response: {
    200: {
      type: 'object',
      required: [
        'regionCode',
        'region',
        'id',
        'name',
        'regionPrefix',
        'basis',
        'emergency',
        'commitmentLock',
        'longTermValidity',
        'temporaryValidity',
        'referralValidity',
        'duringStay',
        'review',
        'reductions',
        'resettlement',
      ],
      additionalProperties: false,
      properties: {
        regionCode: { type: 'string', description: '请求中的地区代码' },
        region: {
          type: 'object',
          description: '识别出的参保地',
          required: ['code', 'name'],
          additionalProperties: false,
          properties: {
            code: { type: 'string', examples: ['441700'] },
            name: { type: 'string', examples: ['广东省阳江市'] },
          },
        },
        id: { type: 'string', enum: ['DEFAULT', 'GUANGXI', 'LIUJIANG', 'JIANGSU', 'YANGJIANG', 'JIANGXI'] },
        name: { type: 'string', examples: ['广西壮族自治区参保人员'] },
        regionPrefix: { type: ['string', 'null'], description: '适用地区的代码前缀；全国通用政策为 null' },
        basis: citationsSchema,
        emergency: setting(
          {
            mode: {
              type: 'string',
              enum: ['WINDOW', 'BEFORE_DISCHARGE', 'DEEMED_FILED'],
              description: 'WINDOW：入院后若干个工作日内；BEFORE_DISCHARGE：出院结算前；DEEMED_FILED：视同已备案',
            },
            workingDays: { type: 'integer', description: 'WINDOW：工作日数' },
            holidaysExtend: { type: 'boolean', description: 'BEFORE_DISCHARGE：遇法定节假日顺延' },
          },
          ['mode'],
        ),
        commitmentLock: setting({ months: { type: 'integer', description: '承诺制备案满几个月才能变更或取消' } }, ['months']),
        longTermValidity: setting(
          {
            kind: { type: 'string', enum: ['OPEN_ENDED', 'DOCUMENT_TERM'] },
            openEndedTypes: { type: 'array', items: { type: 'string' }, description: 'DOCUMENT_TERM：长期有效的人员类别' },
          },
          ['kind'],
        ),
        temporaryValidity: setting(
          {
            minMonths: { type: 'integer' },
            maxMonths: { type: 'integer', description: '一次临时备案最长几个月（结束日期最晚到开始后满这么多个月的前一天）' },
            maxMonthsBasis: { type: 'string', enum: ['REGIONAL', 'PRODUCT_CHOICE'], description: 'PRODUCT_CHOICE：政策没有上限，这是产品的设定' },
            maxText: { type: 'string' },
          },
          ['minMonths', 'maxMonths', 'maxMonthsBasis', 'maxText'],
        ),
        referralValidity: setting(
          {
            kind: { type: 'string', enum: ['MIN_MONTHS', 'DAYS'] },
            months: { type: 'integer' },
            days: { type: 'integer' },
            openEndedConditions: { type: 'array', items: { type: 'string' } },
          },
          ['kind'],
        ),
        review: setting(
          { workingDays: { type: 'integer', description: '送人工审核的备案，收到后几个工作日内办结（收到当天不算）' } },
          ['workingDays'],
        ),
        duringStay: setting(
          {
            allowed: { type: 'boolean', description: '已经在外地住院的，出院结算前可以补办备案并直接结算' },
            until: { type: 'string', enum: ['DISCHARGE_SETTLEMENT'], description: '补办的期限：出院结算前' },
          },
          ['allowed', 'until'],
        ),
        resettlement: setting(
          {
            requires: {
              type: 'string',
              enum: ['HUKOU_MOVED', 'HUKOU_OR_COMMITMENT'],
              description: '异地安置退休人员：HUKOU_MOVED 户籍须迁入定居地；HUKOU_OR_COMMITMENT 户口簿或个人承诺书均可',
            },
            otherwise: { type: 'string', enum: ['LONG_TERM_RESIDENT'], description: '户口没迁过去的，改办的人员类别' },
          },
          ['requires', 'otherwise'],
        ),
        reductions: {
          type: 'object',
          description: 'known 为 true 时 rules 按情形给出降低多少；为 false 时只有一段说明',
          required: ['known', 'scope'],
          additionalProperties: false,
          properties: {
            known: { type: 'boolean' },
            scope: { type: 'string', enum: ['REGIONAL', 'DEFAULT'] },
            text: { type: 'string' },
            citations: citationsSchema,
            rules: {
              type: 'object',
              required: ['FILED', 'REFERRAL_OR_EMERGENCY', 'NOT_FILED', 'LATE'],
              additionalProperties: false,
              properties: {
                FILED: reductionRule,
                REFERRAL_OR_EMERGENCY: reductionRule,
                NOT_FILED: reductionRule,
                LATE: reductionRule,
              },
            },
          },
        },
      },
    },
    ...errorResponses,
  },
} as const
