import type { FastifyPluginAsync } from 'fastify'
import calendar from './api/calendar'
import emergencyWindow from './api/emergency-window'
import familyMembers from './api/family-members'
import filings from './api/filings'
import health from './api/health'
import invitations from './api/invitations'
import me from './api/me'
import proxies from './api/me/proxies'
import notificationTemplates from './api/notifications/templates'
import policyProfiles from './api/policy-profiles'
import privacyNotice from './api/privacy-notice'
import regions from './api/regions'
import reviewAuthorizations from './api/review/authorizations'
import reviewDashboard from './api/review/dashboard'
import reviewFilings from './api/review/filings'
import reviewMaterials from './api/review/materials'
import reviewWorkQueue from './api/review/queue'
import reviewNotifications from './api/review/notifications'
import reviewVerifications from './api/review/verifications'
import sessions from './api/sessions'
import staffAccounts from './api/staff/accounts'
import staffAudit from './api/staff/audit'
import staffMe from './api/staff/me'
import staffSessions from './api/staff/sessions'
import status from './api/status'
import uploads from './api/uploads'

/**
 * Each folder under routes/ is its URL path (fastify/demo's autoload layout, registered by hand
 * so the route table is visible in one place and works the same under tsx and jest).
 * A folder's own path is the route '' so the URL has no trailing slash (`/api/me`, not `/api/me/`).
 */
export const routes: FastifyPluginAsync = async (app) => {
  await app.register(health, { prefix: '/api/health' })
  await app.register(sessions, { prefix: '/api/sessions' })
  await app.register(me, { prefix: '/api/me' })
  await app.register(proxies, { prefix: '/api/me/proxies' })
  await app.register(privacyNotice, { prefix: '/api/privacy-notice' })
  await app.register(regions, { prefix: '/api/regions' })
  await app.register(policyProfiles, { prefix: '/api/policy-profiles' })
  await app.register(calendar, { prefix: '/api/calendar' })
  await app.register(emergencyWindow, { prefix: '/api/emergency-window' })
  await app.register(uploads, { prefix: '/api/uploads' })
  await app.register(filings, { prefix: '/api/filings' })
  await app.register(familyMembers, { prefix: '/api/family-members' })
  await app.register(invitations, { prefix: '/api/invitations' })
  await app.register(status, { prefix: '/api/status' })
  await app.register(reviewFilings, { prefix: '/api/review/filings' })
  await app.register(reviewAuthorizations, { prefix: '/api/review/authorizations' })
  await app.register(reviewNotifications, { prefix: '/api/review/notifications' })
  await app.register(reviewWorkQueue, { prefix: '/api/review/queue' })
  await app.register(reviewDashboard, { prefix: '/api/review/dashboard' })
  await app.register(reviewMaterials, { prefix: '/api/review/materials' })
  await app.register(staffSessions, { prefix: '/api/staff/sessions' })
  await app.register(staffMe, { prefix: '/api/staff/me' })
  await app.register(staffAccounts, { prefix: '/api/staff/accounts' })
  await app.register(staffAudit, { prefix: '/api/staff/audit' })
  await app.register(reviewVerifications, { prefix: '/api/review/verifications' })
  await app.register(notificationTemplates, { prefix: '/api/notifications/templates' })
}
