import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { unencapsulated } from '../unencapsulated'

/** OpenAPI document built from the route schemas; UI at /docs, JSON at /docs/json. */
export const swaggerPlugin = unencapsulated('swagger', async (app) => {
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
  await app.register(swaggerUi, { routePrefix: '/docs' })
})
