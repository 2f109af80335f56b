import type { Citation } from '../citation'
import type { FilingType } from '../filing-types'
import type { MaterialCode } from '../materials'
import type { FilingStatus } from './status'

/**
 * The shapes the REST contract exchanges for filings and uploads (API.md), shared by the app
 * and the server so both sides agree at compile time. Types only: no behaviour here.
 */

export type UploadKind = 'JPEG' | 'PNG' | 'PDF'

/** `POST /api/uploads` answer; also how a filing lists its materials. */
export interface UploadView {
  id: string
  kind: UploadKind
  size: number
  /** Which material this file is (a code of src/domain/materials). */
  purpose: MaterialCode
}

export type FilingSubject = { self: true } | { familyMemberId: string }

/** `POST /api/filings` body (non-emergency types; the emergency fields come with their own flow). */
export interface CreateFilingBody {
  type: FilingType
  subject: FilingSubject
  destination: { province: string; city?: string | null }
  startDate: string
  endDate?: string | null
  contacts: { phone1: string; phone2?: string | null; addressAtDestination: string }
  /** Upload ids. */
  materials: string[]
  commitment?: { signedName: string; textVersion: string } | null
  chronicDiseaseHospital?: string | null
  multiPlace?: boolean
}

/** `POST /api/filings/:id/change` body: a 变更 with its reason (000 第七条, 附件3). */
export interface ChangeFilingBody {
  reason: string
  destination?: { province: string; city?: string | null }
  startDate?: string
  endDate?: string | null
  contacts?: { phone1: string; phone2?: string | null; addressAtDestination: string }
}

/** `POST /api/filings/:id/cancel` body. */
export interface CancelFilingBody {
  reason: string
}

export interface TimelineEntry {
  status: FilingStatus
  /** 已提交, 备案成功 … as the app shows it. */
  label: string
  /** ISO 8601 instant with offset. */
  at: string
  note: string | null
}

/** A filing as `GET /api/filings/:id` (and every write) answers it. */
export interface FilingView {
  id: string
  number: string
  type: FilingType
  /** The official name of the type, e.g. 异地长期居住人员. */
  typeName: string
  /** The status a person sees today (an approved filing past its validity shows EXPIRED). */
  status: FilingStatus
  statusLabel: string
  basis: 'PROOF' | 'COMMITMENT'
  /** 登记类别 (004 表8): a new filing, or one that replaced another. */
  registration: 'NEW' | 'CHANGE'
  subject: { name: string; idNumberMasked: string }
  /** True when the caller filed it themselves for themselves. */
  filedBySelf: boolean
  destination: { province: string; city: string | null; name: string }
  startDate: string
  endDate: string | null
  validFrom: string | null
  validTo: string | null
  validityExplanation: string
  contacts: { phone1: string; phone2: string | null; addressAtDestination: string }
  chronicDiseaseHospital: string | null
  multiPlace: boolean
  materials: UploadView[]
  commitment: { signedName: string; textVersion: string; signedAt: string } | null
  /** The filing this one replaced (a 变更), and the one that replaced it. */
  supersedes: string | null
  supersededBy: string | null
  createdAt: string
  timeline: TimelineEntry[]
  /** What the person may do now (SPEC §5), with the first allowed date while a lock holds. */
  actions: { canCancel: boolean; canChange: boolean; firstAllowedOn: string | null; explanation: string }
  citations: Citation[]
}
