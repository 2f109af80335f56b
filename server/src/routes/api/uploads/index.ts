import multipart from '@fastify/multipart'
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import { MATERIAL_CODES, MATERIALS, type MaterialCode } from '@/domain/materials'
import { auditActor, clientIp } from '@server/staff/actor'
import { createHash } from 'node:crypto'
import { AppError, validationFailed } from '@server/errors'
import { idempotencyKeyOf, sendStored, withIdempotency } from '@server/idempotency'
import { currentUser } from '@server/plugins/app/auth'
import { CreateUploadSchema, GetUploadSchema, MATERIAL_CODE_LIST, type UploadParams } from '@server/schemas/uploads'
import { toUploadView } from '@server/filings/to-filing-view'
import { assertUploadQuota } from '@server/uploads/quota'
import { sendUpload } from '@server/uploads/send-upload'
import { sniffKind } from '@server/uploads/sniff-kind'

export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024

const TYPE_NOT_ALLOWED = '只能上传照片（JPG、PNG）或 PDF 文件，请重新拍照或选择'
const TOO_LARGE = '文件超过 10 MB，请重新拍一张或压缩后再传'

function uploadNotFound(): AppError {
  return new AppError(404, 'UPLOAD_NOT_FOUND', '没有找到这份材料，请重新上传')
}

/** @fastify/multipart's refusals, reworded for a person; anything unknown is passed on. */
function fromMultipartError(error: unknown): unknown {
  if (error instanceof AppError) return error
  const code = (error as { code?: unknown } | null)?.code
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError(413, 'UPLOAD_TOO_LARGE', TOO_LARGE)
    case 'FST_FILES_LIMIT':
      return new AppError(400, 'UPLOAD_ONE_FILE_ONLY', '一次只能上传一个文件，请一个一个地传')
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError(400, 'BAD_REQUEST', '上传的内容太多了，只需要材料类型和一个文件，请重新上传')
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 格式上传文件')
    case 'FST_PROTO_VIOLATION':
      return new AppError(400, 'BAD_REQUEST', '上传的内容有误，请重新上传')
    default:
      if (error instanceof Error && (error as { statusCode?: number }).statusCode === undefined) {
        // busboy's own complaints (a cut-off or malformed body) carry no status.
        return new AppError(400, 'BAD_REQUEST', '上传的内容不完整，请重新上传', undefined, { cause: error })
      }
      return error
  }
}

/** Reads the form: the `purpose` field and one `file`. */
async function readUploadForm(request: FastifyRequest): Promise<{ purpose: string | undefined; file: Buffer | undefined }> {
  let purpose: string | undefined
  let file: Buffer | undefined
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file' && part.fieldname === 'file') {
        file = await part.toBuffer()
      } else if (part.type === 'field' && part.fieldname === 'purpose' && purpose === undefined) {
        purpose = String(part.value)
      } else {
        if (part.type === 'file') part.file.resume()
        throw validationFailed(400, { [part.fieldname]: '不认识这一项，请去掉后再提交' })
      }
    }
  } catch (error) {
    throw fromMultipartError(error)
  }
  return { purpose, file }
}

const isMaterialCode = (value: string): value is MaterialCode => (MATERIAL_CODE_LIST as string[]).includes(value)

/** POST /api/uploads and GET /api/uploads/:id — material photos and PDFs (API.md). */
const uploads: FastifyPluginAsync = async (app) => {
  // Only this scope takes multipart bodies; the app's other routes stay JSON-only.
  await app.register(multipart, {
    limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 3, parts: 4, fieldSize: 200, headerPairs: 20 },
  })

  app.post('', { schema: CreateUploadSchema, onRequest: app.authenticate }, async (request, reply) => {
    const user = currentUser(request)
    await assertUploadQuota(app, user.id, 0)
    const { purpose, file } = await readUploadForm(request)
    const fields: Record<string, string> = {}
    if (purpose === undefined || purpose === '') fields.purpose = '请说明这是哪种材料（purpose），放在文件前面'
    else if (!isMaterialCode(purpose)) fields.purpose = `只能是 ${Object.values(MATERIAL_CODES).join('、')} 之一，请重新选择`
    if (file === undefined) fields.file = '请选择要上传的照片或 PDF 文件'
    if (file === undefined || purpose === undefined || !isMaterialCode(purpose)) throw validationFailed(400, fields)

    if (file.length === 0) throw new AppError(400, 'UPLOAD_EMPTY', '文件是空的，请重新拍照或选择')
    const kind = sniffKind(file)
    if (kind === null) throw new AppError(415, 'UPLOAD_TYPE_NOT_ALLOWED', TYPE_NOT_ALLOWED)
    await assertUploadQuota(app, user.id, file.length)

    // The same key with the same purpose and file answers the first upload (Idempotency-Key):
    // a retry after a lost answer stores nothing twice.
    const options = {
      ...app.idempotencyContext(user.id),
      key: idempotencyKeyOf(request),
      request: { method: 'POST', route: '/api/uploads', purpose, sha256: createHash('sha256').update(file).digest('hex') },
    }
    const response = await withIdempotency(options, async (repos) => {
      const upload = await repos.uploads.create({ ownerUserId: user.id, purpose, kind, content: file }, app.now())
      request.log.info({ userId: user.id, uploadId: upload.id, kind, size: upload.size, purpose }, 'upload stored')
      return { statusCode: 201, body: toUploadView(upload) }
    })
    return sendStored(reply, response)
  })

  /** The uploader (session token) or staff (a staff session or REVIEWER_TOKEN) — either will do. */
  async function uploaderOrReviewer(request: FastifyRequest): Promise<void> {
    try {
      await app.requireReviewer(request)
    } catch (error) {
      // A staff session that must change its password first hears that, not the citizen's 401.
      if (error instanceof AppError && error.code === 'STAFF_PASSWORD_CHANGE_REQUIRED') throw error
      await app.authenticate(request)
    }
  }

  app.get<{ Params: UploadParams }>(
    '/:id',
    { schema: GetUploadSchema, onRequest: uploaderOrReviewer },
    async (request, reply) => {
      const found = await app.repos.uploads.findContent(request.params.id)
      // request.user is null only for staff (authenticate sets it for everyone else).
      const mayRead = found !== null && (request.user === null || found.upload.ownerUserId === request.user.id)
      if (!found || !mayRead) throw uploadNotFound()
      const { upload, content } = found
      if (request.staff) {
        // Staff reading a material through the old path are logged like the console's own path.
        await app.repos.audit.append(
          {
            actor: auditActor(request.staff),
            action: 'VIEW_MATERIAL',
            subject: { type: 'UPLOAD', id: upload.id, label: MATERIALS[upload.purpose]?.name ?? upload.purpose },
            detail: { uploadId: upload.id, purpose: upload.purpose },
            ip: clientIp(request),
          },
          app.now(),
        )
      }
      return sendUpload(reply, upload, content)
    },
  )
}

export default uploads
