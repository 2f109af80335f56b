import type { FastifyPluginAsync } from 'fastify'

/**
 * Lets a plugin's decorators and hooks reach the whole app, as `fastify-plugin` does, by setting
 * the `skip-override` marker Fastify documents. Spelled out here so we need no extra package.
 */
export function unencapsulated<Options extends Record<string, unknown>>(
  name: string,
  plugin: FastifyPluginAsync<Options>,
): FastifyPluginAsync<Options> {
  const marked = plugin as FastifyPluginAsync<Options> & Record<symbol, unknown>
  marked[Symbol.for('skip-override')] = true
  marked[Symbol.for('fastify.display-name')] = name
  return marked
}
