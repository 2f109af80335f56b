import type {
  CreateAuthorizationBody,
  CreateAuthorizationResult,
  CreateFamilyMemberBody,
  FamilyMemberView,
  InvitationView,
  ProxyView,
  WaitingInvitationView,
} from '@/domain/family'
import { request } from './http'

export const listFamilyMembers = () => request<{ members: FamilyMemberView[] }>('/api/family-members')

/** Adds a member with the separate consent, for this member's data, to 隐私保护指引 `consentVersion`. */
export const addFamilyMember = (body: CreateFamilyMemberBody, consentVersion: string, idempotencyKey: string) =>
  request<FamilyMemberView>('/api/family-members', {
    method: 'POST',
    data: { ...body, privacyConsent: { version: consentVersion } },
    headers: { 'Idempotency-Key': idempotencyKey },
  })

export const removeFamilyMember = (id: string) =>
  request<void>(`/api/family-members/${encodeURIComponent(id)}`, { method: 'DELETE' })

/** An invitation the member accepts in their own account, or a signed 授权委托书 checked by staff. */
/** The 授权委托书 to print, both ID numbers in full from the server's records. */
export const getAuthorizationLetter = (memberId: string) =>
  request<{ text: string }>(`/api/family-members/${encodeURIComponent(memberId)}/authorization-letter`)

export const requestAuthorization = (memberId: string, body: CreateAuthorizationBody) =>
  request<CreateAuthorizationResult>(`/api/family-members/${encodeURIComponent(memberId)}/authorization`, { method: 'POST', data: body })

export const getInvitation = (token: string) => request<InvitationView>(`/api/invitations/${encodeURIComponent(token)}`)

export const acceptInvitation = (token: string) =>
  request<InvitationView>(`/api/invitations/${encodeURIComponent(token)}/accept`, { method: 'POST', data: {} })

/** Invitations waiting on the caller (issue 13 home card); opened and accepted by their id. */
export const listWaitingInvitations = () => request<{ invitations: WaitingInvitationView[] }>('/api/invitations')

export const getWaitingInvitation = (id: string) => request<InvitationView>(`/api/invitations/waiting/${encodeURIComponent(id)}`)

export const acceptWaitingInvitation = (id: string) =>
  request<InvitationView>(`/api/invitations/waiting/${encodeURIComponent(id)}/accept`, { method: 'POST', data: {} })

export const listProxies = () => request<{ proxies: ProxyView[] }>('/api/me/proxies')

export const revokeProxy = (authorizationId: string) =>
  request<void>(`/api/me/proxies/${encodeURIComponent(authorizationId)}`, { method: 'DELETE' })
