import type { Citation } from '@/domain/citation'
import type { EmergencyDetails } from '@/domain/emergency'
import type { FamilyRelation } from '@/domain/family/relations'
import type { FilingType } from '@/domain/filing-types'
import type { MaterialCode } from '@/domain/materials'
import type { FilingStatus } from './status'
import type { ContactCorrections, CorrectableField } from './corrections'

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

/** A material of a filing: the upload, and the note written on it (null when none). */
export interface FilingMaterialView extends UploadView {
  note: string | null
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
  /**
   * Notes on materials that ask for one (`MATERIALS[code].note`: 房产证 — who the owner is), by
   * upload id; checked by checkMaterialNotes (issue 13 item 11).
   */
  materialNotes?: Record<string, string>
  commitment?: { signedName: string; textVersion: string; signedBy?: 'SELF' | 'PROXY' } | null
  chronicDiseaseHospital?: string | null
  multiPlace?: boolean
  /** 补办 during a stay: the admission date (the person is in hospital now); any type. */
  admittedOn?: string | null
  /** Required when type is EMERGENCY (and then startDate is the admission date). */
  emergency?: EmergencyDetails | null
}

/** The emergency part of a filing: written once, with the emergency rules. */
export type { EmergencyDetails } from '@/domain/emergency'

/** `POST /api/filings/:id/materials` body: uploads added when asked for more (NEEDS_MATERIALS). */
export interface AddMaterialsBody {
  materials: string[]
  note?: string | null
  /** Notes on the added materials that ask for one (房产证 owner …), by upload id, as when filing (checkMaterialNotes). */
  materialNotes?: Record<string, string>
  /**
   * The fields the reviewer asked to correct (review.corrections), corrected: only those, each of
   * them (checkCorrections). An emptied 备用电话 is null.
   */
  contacts?: ContactCorrections
}

/** `POST /api/review/filings/:id/decision` body (API.md). */
export interface ReviewDecisionBody {
  decision: 'APPROVE' | 'REJECT' | 'REQUEST_MATERIALS'
  /** Why (required for REJECT and REQUEST_MATERIALS). */
  reasons?: string[]
  /** Everything still missing, told at once (一次性告知, 000 第五条). */
  missingItems?: string[]
  /** REQUEST_MATERIALS: typed fields the person is to correct (CORRECTABLE_FIELDS), each once (checkDecisionContent). */
  corrections?: CorrectableField[]
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
  /**
   * Who it is for. `relationLabel` (父母, 配偶 …) and `kin` (母亲, 丈夫 …: kinOfMember, with the
   * subject's sex) only on a filing made for a family member (代办): how the subject is related to
   * the person who filed it.
   */
  subject: { name: string; idNumberMasked: string; relationLabel?: string; kin?: string }
  /** True when the caller filed it themselves for themselves. */
  filedBySelf: boolean
  /**
   * Who filed it (SPEC §2: who acted for whom is recorded on every filing): the caller, or someone
   * else (masked name). To the person it was filed for, also the proxy's full `name` and `kin`
   * (what the proxy is to them: '子女'), whom they authorised by name.
   */
  filedBy: { self: boolean; nameMasked: string; name?: string; kin?: string }
  destination: { province: string; city: string | null; name: string }
  startDate: string
  endDate: string | null
  validFrom: string | null
  validTo: string | null
  validityExplanation: string
  contacts: { phone1: string; phone2: string | null; addressAtDestination: string }
  chronicDiseaseHospital: string | null
  multiPlace: boolean
  /** The 参保地 of the person it is for (GB/T 2260 code): its policy profile governs a 变更 as it did the filing. */
  insuredRegion: string
  /** The admission date of a filing made during a stay (and of every emergency filing); else null. */
  admittedOn: string | null
  materials: FilingMaterialView[]
  /** The signed 承诺书; `signedBy` when a near relative signed for the person (代签, 004 个人承诺书 温馨提示2). */
  commitment: {
    signedName: string
    textVersion: string
    signedAt: string
    signedBy: { name: string; idNumberMasked: string; relation: FamilyRelation; line: string } | null
  } | null
  /** The filing this one replaced (a 变更), and the one that replaced it. */
  supersedes: string | null
  supersededBy: string | null
  createdAt: string
  timeline: TimelineEntry[]
  /** Emergency filings only: the admission and the window that applied when it was filed. */
  emergency: (EmergencyDetails & { deadline: string | null; mode: 'WINDOW' | 'BEFORE_DISCHARGE' | 'DEEMED_FILED' }) | null
  /**
   * The latest review decision's reasons, missing items and fields to correct (一次性告知), when
   * there is one; `corrections` is empty unless a 补充材料 request asked for some.
   */
  review: { decision: ReviewDecisionBody['decision']; reasons: string[]; missingItems: string[]; corrections: CorrectableField[]; decidedAt: string } | null
  /** What the person may do now (SPEC §5), with the first allowed date while a lock holds. */
  actions: { canCancel: boolean; canChange: boolean; firstAllowedOn: string | null; explanation: string }
  citations: Citation[]
}

/**
 * `GET /api/status?number=&idTail=` — the public lookup (no login). Nothing personal beyond a
 * masked name (张*华) and a masked ID number; the timeline without notes.
 */
export interface PublicStatusView {
  number: string
  typeName: string
  status: FilingStatus
  statusLabel: string
  subject: { nameMasked: string; idNumberMasked: string }
  destination: { name: string }
  validFrom: string | null
  validTo: string | null
  /** The validity in words, from the domain's one formatter (validityPeriod): emergency '当次住院有效（9月26日入院）'. */
  validity: string
  /** '由李*（参保人的子女）代签' when a near relative signed the 承诺书 (masked name); else null. */
  commitmentSignedBy: string | null
  timeline: Array<{ status: FilingStatus; label: string; at: string }>
  /** When more material is asked for: what is missing, all at once, so a family member can help. */
  missingItems: string[]
  /**
   * While something is asked (NEEDS_MATERIALS) of an emergency filing with a dated window: the
   * day ('YYYY-MM-DD', China) by whose 24:00 it is to be sent: its 补办截止, 5 working days from
   * the admission under the default profile (001 申请材料, 设立依据2 第九条(三)1; SPEC §6), as the
   * filer's own page says it; else null.
   */
  askedBy: string | null
}
