/**
 * What the waiting cards read (the person's filings, invitations waiting for them, their family
 * members, their own 实人认证), through the services (H5: waiting-reads.h5.ts loads them only when needed).
 */
export { fetchMe } from '@/services/me'
export { listFilings } from '@/services/filings'
export { listFamilyMembers, listWaitingInvitations } from '@/services/family'
