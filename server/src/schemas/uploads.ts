import { idempotencyKeyHeaderSchema } from '@server/idempotency'
import { MATERIAL_CODES } from '@/domain/materials'
import { bearerAuth, errorResponses } from './error'
import { idParams } from './patterns'

export const MATERIAL_CODE_LIST = Object.values(MATERIAL_CODES)

/** UploadView (src/domain/filings/filing-view.ts). Registered once with `addSchema`, referenced by id. */
export const UploadSchema = {
  $id: 'Upload',
  type: 'object',
  description: '上传的一份材料（照片或 PDF）',
  required: ['id', 'kind', 'size', 'purpose'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: ['JPEG', 'PNG', 'PDF'], description: '按文件内容识别的类型' },
    size: { type: 'integer', description: '字节数' },
    purpose: { type: 'string', enum: MATERIAL_CODE_LIST, description: '这是哪种材料（材料代码）' },
  },
} as const

export const CreateUploadSchema = {
  tags: ['uploads'],
  summary: '上传一份材料（照片或 PDF）',
  description:
    'multipart/form-data，先发字段 purpose（材料代码，如 ID_DOCUMENT），再发文件字段 file。' +
    '只收 JPG、PNG、PDF（按文件内容判断，不看文件名），最大 10 MB，一次一个文件。' +
    '不是这三种：415 UPLOAD_TYPE_NOT_ALLOWED；超过 10 MB：413 UPLOAD_TOO_LARGE；空文件：400 UPLOAD_EMPTY。',
  security: bearerAuth,
  headers: idempotencyKeyHeaderSchema,
  // Documentation only: the parts are read and checked in the handler. The parsed body is absent
  // (validated as null), so the schema allows null and requires nothing.
  body: {
    content: {
      'multipart/form-data': {
        schema: {
          type: ['object', 'null'],
          properties: {
            purpose: { type: 'string', enum: MATERIAL_CODE_LIST, description: '材料代码，放在文件前面' },
            file: { type: 'string', format: 'binary', description: 'JPG、PNG 或 PDF，最大 10 MB' },
          },
        },
      },
    },
  },
  response: {
    201: { $ref: 'Upload#' },
    ...errorResponses,
  },
} as const

export interface UploadParams {
  id: string
}

export const GetUploadSchema = {
  tags: ['uploads'],
  summary: '读回上传的文件（只有上传的人和审核人员能看）',
  description: '回答文件本身，Content-Type 为 image/jpeg、image/png 或 application/pdf。别人来读一律 404。',
  security: [{ bearerAuth: [] }, { reviewerToken: [] }],
  params: idParams,
  produces: ['image/jpeg', 'image/png', 'application/pdf'],
  response: {
    200: { description: '文件内容', type: 'string', format: 'binary' },
    ...errorResponses,
  },
} as const
