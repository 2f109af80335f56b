import {
  authorizationChecklist,
  canFileFor,
  effectiveAuthorizationStatus,
  kinOfMember,
  relationLabel,
  type AuthorizationReviewView,
  type AuthorizationView,
  type EarlierRefusal,
  type FamilyMemberView,
} from '@/domain/family'
import type { AuthorizationRecord, FamilyMemberRecord } from '@server/db/repositories/family'
import type { PersonProfile } from '@server/db/repositories/profiles'
import { maskIdNumber, maskName, maskPhone } from '@server/logging/mask'
import { sexOfIdNumber } from '@/domain/validation/id-number'
import type { WorkingDayCalendar } from '@/domain/calendar/working-day-calendar'
import { invitationEmergency } from '@/domain/family/check-invitation-emergency'
import type { InvitationEmergency } from '@/domain/family/invitation-emergency'
import { profileFor } from '@/domain/profiles'

/** The mappings from stored family members and authorisations to what the API answers. */

/**
 * The emergency stay `authorization` (an invitation) was sent for, its deadline by `insuredRegion`'s
 * rule on `now` (invitationEmergency); null when it was sent for none (or its day no longer counts).
 */
export function stayOf(authorization: AuthorizationRecord, insuredRegion: string, calendar: WorkingDayCalendar, now: Date): InvitationEmergency | null {
  if (authorization.emergencyAdmittedOn === null) return null
  const stay = invitationEmergency(authorization.emergencyAdmittedOn, profileFor(insuredRegion), calendar, now)
  return stay.ok ? stay.value : null
}

/** The authorisation as its proxy reads it; `stay`: the emergency stay an invitation was sent for (stayOf), shown when there is one. */
export function toAuthorizationView(authorization: AuthorizationRecord, now: Date, stay: InvitationEmergency | null = null): AuthorizationView {
  const status = effectiveAuthorizationStatus(authorization.status, authorization.expiresAt, now)
  return {
    id: authorization.id,
    method: authorization.method,
    status,
    expiresAt: authorization.method === 'INVITATION' ? authorization.expiresAt : null,
    reasons: authorization.reasons,
    decidedAt: authorization.method === 'DOCUMENT' ? authorization.decidedAt : null,
    acceptedAt: authorization.method === 'INVITATION' ? authorization.acceptedAt : null,
    ...(stay === null ? {} : { emergency: stay }),
  }
}

export function toFamilyMemberView(
  member: FamilyMemberRecord,
  authorization: AuthorizationRecord | null,
  now: Date,
  /** Works out the deadline of the emergency stay an invitation was sent for (a member with no authorisation needs none). */
  calendar?: WorkingDayCalendar,
): FamilyMemberView {
  const stay = authorization && calendar ? stayOf(authorization, member.insuredRegion, calendar, now) : null
  const view = authorization ? toAuthorizationView(authorization, now, stay) : null
  return {
    id: member.id,
    name: member.name,
    idNumberMasked: maskIdNumber(member.idNumber),
    relation: member.relation,
    relationLabel: relationLabel(member.relation),
    kin: kinOfMember(member.relation, sexOfIdNumber(member.idNumber)),
    phoneMasked: maskPhone(member.phone),
    phone: member.phone,
    insuredRegion: member.insuredRegion,
    insuranceType: member.insuranceType,
    authorization: view,
    canFile: view !== null && canFileFor(view.status),
  }
}

/** For staff checking a 授权委托书: who asks, for whom, and the two uploads to look at. */
export function toAuthorizationReviewView(
  authorization: AuthorizationRecord,
  member: FamilyMemberRecord,
  proxy: PersonProfile | null,
  now: Date,
  earlierRefusals: EarlierRefusal[],
): AuthorizationReviewView {
  return {
    ...toAuthorizationView(authorization, now),
    member: {
      name: member.name,
      idNumberMasked: maskIdNumber(member.idNumber),
      relation: member.relation,
      relationLabel: relationLabel(member.relation),
      insuredRegion: member.insuredRegion,
      insuranceType: member.insuranceType,
    },
    proxy: proxy
      ? { name: proxy.name, idNumberMasked: maskIdNumber(proxy.idNumber) }
      : { name: '（未填写实名信息）', idNumberMasked: '' },
    letterUploadId: authorization.letterUploadId,
    idPhotoUploadId: authorization.idPhotoUploadId,
    createdAt: authorization.createdAt,
    decidedAt: authorization.decidedAt,
    decidedByName: authorization.decidedBy?.name ?? null,
    checklist: authorizationChecklist(member.insuredRegion),
    earlierRefusals,
  }
}

/** A filer's name as the person filed for sees it: 张*, 张*华. */
export function maskedPersonName(profile: PersonProfile | null): string {
  return profile ? maskName(profile.name) : '*'
}
