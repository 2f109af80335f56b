import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { effectiveAuthorizationStatus } from '@/domain/family/authorization'
import type { FamilyMemberView } from '@/domain/family/views'
import { taroStorage } from './taro-storage'

/** An invitation this phone made: the mini-program path the family member opens, valid until `expiresAt` (ISO). */
export interface SentInvitation {
  path: string
  expiresAt: string
}

interface SentInvitationsState {
  /** By family member id: the last invitation made for them on this phone. */
  sent: Record<string, SentInvitation>
  keep: (memberId: string, invitation: SentInvitation) => void
}

/**
 * The invitations this phone made, so the link can be shown and sent again (a trial: a daughter who
 * left the page could only make a new one, which voids the link her mother already had). The
 * server keeps only the link's hash (it is a key to the 授权); the one who made it keeps the link.
 * A link is shown only while the server still holds that invitation, pending (keptInvitationFor).
 */
export const useSentInvitationsStore = create<SentInvitationsState>()(
  persist(
    (set) => ({
      sent: {},
      keep: (memberId, invitation) => set((s) => ({ sent: { ...s.sent, [memberId]: invitation } })),
    }),
    { name: 'beian-sent-invitations', version: 1, storage: taroStorage, partialize: (s) => ({ sent: s.sent }) },
  ),
)

/**
 * The link kept for a member's invitation, when it is the one the server still waits on: the member's
 * authorisation is a pending invitation at `now` (effectiveAuthorizationStatus: not run out) with the
 * same expiry. Null otherwise (another phone made it, a newer one replaced it, it was answered or has
 * run out).
 */
export function keptInvitationFor(
  sent: Readonly<Record<string, SentInvitation>>,
  member: Pick<FamilyMemberView, 'id' | 'authorization'>,
  now: Date,
): SentInvitation | null {
  const kept = sent[member.id]
  const a = member.authorization
  if (!kept || !a || a.expiresAt === null || effectiveAuthorizationStatus(a.status, a.expiresAt, now) !== 'PENDING_INVITE') return null
  return Date.parse(a.expiresAt) === Date.parse(kept.expiresAt) ? kept : null
}
