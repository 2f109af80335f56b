import type { InvitationEmergency } from './invitation-emergency'
import type { InsuranceType } from '@/domain/validation/profile'
import type { AuthorizationMethod, AuthorizationStatus } from './authorization'
import type { FamilyRelation } from './relations'
import type { AuthorizationCheck } from './authorization-checklist'

/**
 * The shapes the REST contract exchanges for 家人代办 (API.md /api/family-members, /api/invitations,
 * /api/me/proxies, /api/review/authorizations), shared by the app and the server. Types only.
 */

/** `POST /api/family-members` body. */
export interface CreateFamilyMemberBody {
  name: string
  idNumber: string
  relation: FamilyRelation
  phone: string
  insuredRegion: string
  insuranceType: InsuranceType
}

export interface AuthorizationView {
  id: string
  method: AuthorizationMethod
  status: AuthorizationStatus
  /** An invitation's last moment (ISO 8601); null otherwise. */
  expiresAt: string | null
  /** Why staff did not accept the 授权委托书 (REJECTED). */
  reasons: string[]
  /** When staff decided on a 授权委托书 (ISO 8601); null for an invitation or before the decision (the home page's good-news card counts from it). */
  decidedAt?: string | null
  /** When the member said 同意 to an invitation (ISO 8601); null for a 授权委托书 or before (the proxy's good-news card counts from it). */
  acceptedAt?: string | null
  /**
   * An invitation still waiting (PENDING_INVITE) whose member has sent 实人认证 photos that staff
   * have not checked yet (any account's pending staff-checked request under the member's ID
   * number): the member cannot say 同意 before it passes. Absent or false otherwise.
   */
  memberVerifying?: boolean
  /** An invitation sent for an emergency stay: the stay and its deadline worked out today (invitation-emergency); absent otherwise. */
  emergency?: InvitationEmergency | null
}

/** One person the caller may file for, with the state of their authorisation. */
export interface FamilyMemberView {
  id: string
  name: string
  idNumberMasked: string
  relation: FamilyRelation
  relationLabel: string
  /** What the member is to the filer, by the member's sex: 母亲, 丈夫 … (kinOfMember). */
  kin: string
  phoneMasked: string
  /**
   * The member's phone in full, as the filer entered it (only the filer sees this view): the
   * contact number a filing for the member starts with (issue 13 item 11).
   */
  phone: string
  insuredRegion: string
  insuranceType: InsuranceType
  /** The latest authorisation, null before any was asked for. */
  authorization: AuthorizationView | null
  /** True when the caller may file for this member now (an ACTIVE authorisation). */
  canFile: boolean
}

/** `POST /api/family-members/:id/authorization` body. */
export type CreateAuthorizationBody =
  | { method: 'INVITATION'; emergencyAdmittedOn?: string }
  | { method: 'DOCUMENT'; letterUploadId: string; idPhotoUploadId: string }

/** `POST /api/family-members/:id/authorization` answer. */
export interface CreateAuthorizationResult {
  authorization: AuthorizationView
  /** For INVITATION: the link to send to the member (the token is shown only this once). */
  invitation: { token: string; path: string; expiresAt: string } | null
}

/** `GET /api/invitations/:token` and the accept answer: who asks, before the member says yes. */
export interface InvitationView {
  /** The filer's name, masked (张*). */
  proxyName: string
  /** The filer's name in full, as they entered it in their own 实名信息 (王丽): the member must recognise who asks. */
  proxyFullName: string
  /** What the filer is to the member, in the member's word (女儿), from the relation and the filer's sex. */
  proxyKin: string
  /**
   * What the caller still has to do before 同意 can succeed, in order: 'PROFILE' (实名信息 not
   * filled in), 'VERIFICATION' (实人认证 not passed). Empty when 同意 will go through.
   */
  callerNeeds: Array<'PROFILE' | 'VERIFICATION'>
  /** The member's name, masked (张*华). */
  memberName: string
  relationLabel: string
  /** 参保地 and 险种 as the filer entered them for the member: their own 实名信息 starts from them (never the ID number). */
  memberInsuredRegion: string
  memberInsuranceType: InsuranceType
  expiresAt: string
  status: AuthorizationStatus
  /** The emergency stay the invitation was sent for, its deadline worked out today; null for none (invitation-emergency). */
  emergency: InvitationEmergency | null
}

/**
 * `GET /api/invitations`: an invitation that waits on the caller (issue 13 home card), as the
 * invitation page shows it, with the authorisation id to open and accept it by
 * (`/api/invitations/waiting/:id`; the token itself is never stored).
 */
export interface WaitingInvitationView extends InvitationView {
  id: string
}

/** `GET /api/me/proxies`: who may file for the caller. */
export interface ProxyView {
  authorizationId: string
  /** The proxy's name, masked (张*). */
  proxyName: string
  /**
   * The proxy's name in full, as they entered it in their own 实名信息 (王丽). Only in the
   * member's own list (`GET /api/me/proxies` lists the caller's own authorizations): the member
   * must recognise who may file for them (issue 13 item 7).
   */
  proxyFullName: string
  /** What the proxy is to the member, in the member's word (女儿), as on the invitation page. */
  proxyKin: string
  relationLabel: string
  /** When the caller accepted (ISO 8601). */
  since: string
}

/** `POST /api/review/authorizations/:id/decision` body. */
export interface AuthorizationDecisionBody {
  decision: 'APPROVE' | 'REJECT'
  reasons?: string[]
}

/** What staff see of a 授权委托书 to check (`GET /api/review/authorizations`). */
export interface AuthorizationReviewView extends AuthorizationView {
  member: { name: string; idNumberMasked: string; relation: FamilyRelation; relationLabel: string; insuredRegion: string; insuranceType: InsuranceType }
  proxy: { name: string; idNumberMasked: string }
  /** Upload ids, readable with the reviewer token at GET /api/uploads/:id. */
  letterUploadId: string | null
  idPhotoUploadId: string | null
  createdAt: string
  decidedAt: string | null
  /** Who decided (the reviewer's name as it was then); null while pending or for older decisions. */
  decidedByName?: string | null
  /** What to check, each with its 依据 for the member's 参保地 (authorizationChecklist): never another place's document. */
  checklist: AuthorizationCheck[]
  /**
   * The 授权委托书 refused before this one, for the same member by the same proxy (the member's ID
   * number, so a member removed and added again keeps them), oldest first: a resubmitted letter is
   * read beside what was wrong with the last.
   */
  earlierRefusals: EarlierRefusal[]
}

/** A 授权委托书 staff refused, shown beside a later letter for the same member. */
export interface EarlierRefusal {
  id: string
  createdAt: string
  decidedAt: string | null
  /** The reviewer (the name as it was then); null for decisions made before reviewers were recorded. */
  decidedByName: string | null
  reasons: string[]
  letterUploadId: string | null
}
