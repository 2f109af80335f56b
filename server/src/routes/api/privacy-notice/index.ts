import type { FastifyPluginAsync } from 'fastify'
import { PRIVACY_NOTICE } from '@/domain/privacy'
import { GetPrivacyNoticeSchema } from '@server/schemas/privacy'

/** GET /api/privacy-notice — the 隐私保护指引 in force and its version; public, like the rules. */
const privacyNotice: FastifyPluginAsync = async (app) => {
  app.get('', { schema: GetPrivacyNoticeSchema }, async () => PRIVACY_NOTICE)
}

export default privacyNotice
