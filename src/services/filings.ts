import type {
  AddMaterialsBody,
  ChangeFilingBody,
  CreateFilingBody,
  FilingView,
  PublicStatusView,
  UploadView,
} from '@/domain/filings'
import type { MaterialCode } from '@/domain/materials'
import { download, request, upload } from './http'

/** Creates a filing; the same idempotency key on a retry returns the first result (API.md). */
export const createFiling = (body: CreateFilingBody, idempotencyKey: string) =>
  request<FilingView>('/api/filings', { method: 'POST', data: body, headers: { 'Idempotency-Key': idempotencyKey } })

export const listFilings = () => request<{ filings: FilingView[] }>('/api/filings')

export const getFiling = (id: string) => request<FilingView>(`/api/filings/${encodeURIComponent(id)}`)

export const cancelFiling = (id: string, reason: string) =>
  request<FilingView>(`/api/filings/${encodeURIComponent(id)}/cancel`, { method: 'POST', data: { reason } })

export const changeFiling = (id: string, body: ChangeFilingBody) =>
  request<FilingView>(`/api/filings/${encodeURIComponent(id)}/change`, { method: 'POST', data: body })

/** Adds materials a reviewer asked for; only while the status is NEEDS_MATERIALS (API.md). */
export const addMaterials = (id: string, body: AddMaterialsBody) =>
  request<FilingView>(`/api/filings/${encodeURIComponent(id)}/materials`, { method: 'POST', data: body })

/** Uploads one material photo or PDF (chosen with Taro.chooseMedia / chooseMessageFile). */
export const uploadMaterial = (filePath: string, purpose: MaterialCode) =>
  upload<UploadView>('/api/uploads', filePath, { purpose })

/**
 * One of the person's own uploads, fetched again to show it (GET /api/uploads/:id): a file path
 * for an <Image>. Used when the photo on the phone is gone (a draft kept across a relaunch).
 */
export const downloadUpload = (id: string) => download(`/api/uploads/${encodeURIComponent(id)}`)

/** The public lookup: filing number + last 6 characters of the subject's ID number, no login. */
export const lookupStatus = (number: string, idTail: string) =>
  request<PublicStatusView>(`/api/status?number=${encodeURIComponent(number)}&idTail=${encodeURIComponent(idTail)}`, { anonymous: true })
