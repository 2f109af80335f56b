import type { FastifyPluginAsync } from 'fastify'
import { addMaterials } from '@server/filings/add-materials'
import { cancelFiling, changeFiling, visibleFiling } from '@server/filings/change-filing'
import { createFiling } from '@server/filings/create-filing'
import { FILING_CREATED, filingView } from '@server/filings/filing-common'
import { listFilings } from '@server/filings/list-filings'
import type { Repositories } from '@server/db/repositories'
import { idempotencyFor, sendStored, withIdempotency } from '@server/idempotency'
import { currentUser } from '@server/plugins/app/auth'
import { assertFilingConsent } from '@server/privacy/consent'
import {
  AddMaterialsSchema,
  CancelFilingSchema,
  ChangeFilingSchema,
  CreateFilingSchema,
  GetFilingSchema,
  ListFilingsSchema,
  type AddMaterialsBody,
  type CancelFilingBody,
  type ChangeFilingBody,
  type CreateFilingBody,
  type FilingParams,
} from '@server/schemas/filings'

/** /api/filings — file, list, read, cancel and change filings, add asked-for materials (API.md; SPEC §2-§7). */
const filings: FastifyPluginAsync = async (app) => {
  // Every route needs a live session. Filing checks the token here and reads the account in its
  // transaction's first read (createFiling: one statement fewer, issue 15); the others read it here.
  app.addHook('onRoute', (route) => {
    route.onRequest ??= app.authenticate
  })

  const idempotency = (userId: string) => app.idempotencyContext(userId)
  /** Filing's view of the app inside an idempotent write: the transaction's repositories. */
  const within = (repos: Repositories) => ({ repos, now: app.now, calendar: app.calendar })

  app.post<{ Body: CreateFilingBody }>('', { schema: CreateFilingSchema, onRequest: app.authenticateToken }, async (request, reply) => {
    const user = currentUser(request)
    // The filer's consent is checked by createFiling, in the write's transaction.
    // A keyed filing claims its key in its first read and stores its answer with the filing's own
    // rows (stored: the text): createFiling.
    const response = await withIdempotency(idempotencyFor(request, { ...idempotency(user.id), claimInWrite: true }, reply), async (repos, pending) => {
      const { view, stored } = await createFiling(within(repos), user.id, request.body, pending)
      request.log.info({ userId: user.id, filingId: view.id, type: view.type, status: view.status }, 'filing created')
      return { statusCode: FILING_CREATED, body: view, ...(stored === undefined ? {} : { stored }) }
    })
    return sendStored(reply, response)
  })

  app.get('', { schema: ListFilingsSchema }, async (request) => {
    const user = currentUser(request)
    return { filings: await listFilings(app, user.id) }
  })

  app.get<{ Params: FilingParams }>('/:id', { schema: GetFilingSchema }, async (request) => {
    const user = currentUser(request)
    return filingView(app, await visibleFiling(app, request.params.id, user.id), user.id)
  })

  app.post<{ Params: FilingParams; Body: CancelFilingBody }>(
    '/:id/cancel',
    { schema: CancelFilingSchema },
    async (request) => {
      const user = currentUser(request)
      const view = await cancelFiling(app, request.params.id, user.id, request.body.reason)
      request.log.info({ userId: user.id, filingId: view.id }, 'filing cancelled')
      return view
    },
  )

  app.post<{ Params: FilingParams; Body: ChangeFilingBody }>(
    '/:id/change',
    { schema: ChangeFilingSchema },
    async (request, reply) => {
      const user = currentUser(request)
      await assertFilingConsent(app, user.id)
      const response = await withIdempotency(idempotencyFor(request, idempotency(user.id), reply), async (repos) => {
        const view = await changeFiling(within(repos), request.params.id, user.id, request.body)
        request.log.info({ userId: user.id, filingId: view.id, supersedes: view.supersedes }, 'filing changed')
        return { statusCode: 201, body: view }
      })
      return sendStored(reply, response)
    },
  )

  app.post<{ Params: FilingParams; Body: AddMaterialsBody }>(
    '/:id/materials',
    { schema: AddMaterialsSchema },
    async (request, reply) => {
      const user = currentUser(request)
      const response = await withIdempotency(idempotencyFor(request, idempotency(user.id), reply), async (repos) => {
        const view = await addMaterials(within(repos), request.params.id, user.id, request.body)
        request.log.info({ userId: user.id, filingId: view.id, added: request.body.materials.length }, 'materials added')
        return { statusCode: 200, body: view }
      })
      return sendStored(reply, response)
    },
  )
}

export default filings
