import { buildTestApp } from '../helpers/build'

/** The JSON log lines a test app wrote. */
async function withLines() {
  const lines: string[] = []
  const app = await buildTestApp({
    logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } },
    now: () => new Date('2025-10-01T02:00:00Z'),
  })
  return { app, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) }
}

describe('request log', () => {
  it('writes one line per request: request id, method, route pattern, status and time; no query, no body', async () => {
    const { app, parsed } = await withLines()
    const lookup = await app.inject({ method: 'GET', url: '/api/status?number=YD20251001ABCDEF&idTail=12345X' })
    expect(lookup.statusCode).toBe(404)
    const login = await app.inject({ method: 'POST', url: '/api/sessions', payload: { code: 'dev:secret-code-in-body' } })
    expect(login.statusCode).toBe(200)
    const missing = await app.inject({ method: 'GET', url: '/api/nothing-here?x=1' })
    expect(missing.statusCode).toBe(404)

    const requests = parsed().filter((l) => l.msg === 'request')
    expect(requests.map(({ method, route, status }) => ({ method, route, status }))).toEqual([
      { method: 'GET', route: '/api/status', status: 404 },
      { method: 'POST', route: '/api/sessions', status: 200 },
      { method: 'GET', route: '(no route)', status: 404 },
    ])
    expect(requests.map((l) => l.reqId)).toEqual(['req-1', 'req-2', 'req-3'])
    for (const l of requests) expect(typeof l.ms).toBe('number')
    // Fastify's own per-request lines are off: nothing else mentions these requests.
    expect(parsed().filter((l) => l.msg === 'incoming request' || l.msg === 'request completed')).toEqual([])
    const output = JSON.stringify(parsed())
    for (const secret of ['YD20251001ABCDEF', '12345X', 'secret-code-in-body', 'x=1']) expect(output).not.toContain(secret)
    await app.close()
  }, 30_000)
})

describe('the request line beside pino’s lines', () => {
  it('has pino’s shape (level, time, pid, hostname), and the request’s other lines carry the same reqId', async () => {
    const { app, parsed } = await withLines()
    const lookup = await app.inject({ method: 'GET', url: '/api/status?number=YD20251001ABCDEF&idTail=12345X' })
    expect(lookup.statusCode).toBe(404)
    const [refused] = parsed().filter((l) => l.msg === 'request refused')
    const [line] = parsed().filter((l) => l.msg === 'request')
    expect(refused).toMatchObject({ level: 30, reqId: 'req-1' })
    expect(line).toMatchObject({ level: 30, reqId: 'req-1', pid: refused!.pid, hostname: refused!.hostname })
    expect(Object.keys(line!)).toEqual(['level', 'time', 'pid', 'hostname', 'reqId', 'method', 'route', 'status', 'ms', 'msg'])
    expect(typeof line!.time).toBe('number')
    await app.close()
  }, 30_000)

  it('is not written above info (LOG_LEVEL=warn), while warnings still are', async () => {
    const lines: string[] = []
    const app = await buildTestApp({ logger: { level: 'warn', stream: { write: (l: string) => lines.push(l) } } })
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
    expect(lines.map((l) => JSON.parse(l) as { msg: string }).filter((l) => l.msg === 'request')).toEqual([])
    await app.close()
  }, 30_000)
})
