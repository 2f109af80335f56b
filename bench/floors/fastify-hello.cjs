// The floor for lookups and start-up (issue 15): bare Fastify 5, hello world, no logger.
const fastify = require('fastify')({ logger: false })
fastify.get('/', async () => ({ hello: 'world' }))
fastify.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).then(() => process.stdout.write('listening\n'))
