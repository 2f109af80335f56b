import swagger from '@fastify/swagger'
import { unencapsulated } from '../unencapsulated'

/**
 * OpenAPI document built from the route schemas; UI at /docs, JSON at /docs/json, only when
 * `ui` (config.docsEnabled: off in production unless DOCS_ENABLED=1). The UI's pages carry
 * their own CSP: Swagger UI styles itself inline.
 */
export const swaggerPlugin = unencapsulated<{ ui: boolean }>('swagger', async (app, { ui }) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '异地就医备案 API',
        description:
          '小程序与其他客户端共用的接口。出错时统一回答 { code, message }，校验失败另附 fields。',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'POST /api/sessions 得到的令牌' },
          reviewerToken: { type: 'http', scheme: 'bearer', description: '审核人员令牌（REVIEWER_TOKEN）' },
        },
      },
    },
    refResolver: {
      // Shared schemas appear in the document under their own $id instead of def-0, def-1 …
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  })
  if (!ui) return
  // Loaded only when the UI is served: off in production, and the largest package read at start.
  const { default: swaggerUi } = await import('@fastify/swagger-ui')
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: {
      'default-src': ["'self'"],
      'base-uri': ["'self'"],
      'object-src': ["'none'"],
      'frame-ancestors': ["'none'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
    },
  })
})
