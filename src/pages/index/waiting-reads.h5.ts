import type { FamilyMemberView, WaitingInvitationView } from '@/domain/family/views'
import type { FilingView } from '@/domain/filings/filing-view'
import type { Me } from '@/services/me'

/**
 * H5: the filings and family services are loaded only when there is a session to read with, not
 * with the home page: they bring `http.ts` and Taro's request with its fetch and AbortController
 * polyfills (13 KB brotli), which a first visit (no session, no cards to read) never uses (README
 * "Measured"). Each answers as its endpoint (GET /api/filings, /api/invitations,
 * /api/family-members) and rejects as the service does.
 */
export function listFilings(): Promise<{ filings: FilingView[] }> {
  return import('@/services/filings').then((m) => m.listFilings())
}

export function listWaitingInvitations(): Promise<{ invitations: WaitingInvitationView[] }> {
  return import('@/services/family').then((m) => m.listWaitingInvitations())
}

export function listFamilyMembers(): Promise<{ members: FamilyMemberView[] }> {
  return import('@/services/family').then((m) => m.listFamilyMembers())
}

export function fetchMe(): Promise<Me> {
  return import('@/services/me').then((m) => m.fetchMe())
}
