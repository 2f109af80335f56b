import { hostname } from 'node:os'
import pino from 'pino'
import { LazyChildLogger } from '@server/logging/lazy-child'
import { requestLineWriter } from '@server/logging/request-line'

describe('requestLineWriter', () => {
  it('writes one JSON line in pino’s shape, through the destination it is given', () => {
    const lines: string[] = []
    const write = requestLineWriter({ write: (l: string) => lines.push(l) }, () => 1_796_000_000_000)
    write('req-7', 'GET', '/api/filings/:id', 200, 1.5)
    expect(lines).toHaveLength(1)
    expect(lines[0]!.endsWith('\n')).toBe(true)
    expect(JSON.parse(lines[0]!)).toEqual({
      level: 30, time: 1_796_000_000_000, pid: process.pid, hostname: hostname(),
      reqId: 'req-7', method: 'GET', route: '/api/filings/:id', status: 200, ms: 1.5, msg: 'request',
    })
  })

  it('escapes its string fields as JSON and masks them, each time (the route’s part is kept, masked once)', () => {
    const lines: string[] = []
    const write = requestLineWriter({ write: (l: string) => lines.push(l) })
    write('req-"1"', 'GET', '/x/13812345678', 404, 0)
    write('req-110101199003071233', 'GET', '/x/13812345678', 200, 0.3)
    const [first, second] = lines.map((l) => JSON.parse(l) as { reqId: string; route: string; status: number })
    expect(first).toMatchObject({ reqId: 'req-"1"', route: '/x/138****5678', status: 404 })
    expect(second).toMatchObject({ reqId: 'req-1101**********1233', route: '/x/138****5678', status: 200 })
    expect(lines.join('')).not.toMatch(/13812345678|110101199003071233/)
  })

  it('writes Fastify’s own short ids as they are, and masks a long one of the same shape', () => {
    const lines: string[] = []
    const write = requestLineWriter({ write: (l: string) => lines.push(l) })
    write('req-2k9', 'GET', '/api/health', 200, 0.1)
    write('req-13812345678', 'GET', '/api/health', 200, 0.1)
    expect(lines.map((l) => (JSON.parse(l) as { reqId: string }).reqId)).toEqual(['req-2k9', 'req-138****5678'])
  })
})

describe('LazyChildLogger', () => {
  function parentWithLines() {
    const lines: string[] = []
    const parent = pino({ level: 'info' }, { write: (l: string) => lines.push(l) })
    return { parent, lines }
  }

  it('makes no pino child until something is logged, then logs as parent.child(bindings) would', () => {
    const { parent, lines } = parentWithLines()
    const child = jest.spyOn(parent, 'child')
    const lazy = new LazyChildLogger(parent, { reqId: 'req-3' }, {})
    expect(lazy.level).toBe('info')
    lazy.debug('not written at info')
    expect(lines).toEqual([])
    expect(child).toHaveBeenCalledTimes(1)
    lazy.warn({ code: 'X' }, 'written')
    lazy.error('again')
    expect(child).toHaveBeenCalledTimes(1)
    expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ level: 40, reqId: 'req-3', code: 'X', msg: 'written' }),
      expect.objectContaining({ level: 50, reqId: 'req-3', msg: 'again' }),
    ])
  })

  it('keeps the bindings for children of its own and lets its level be changed', () => {
    const { parent, lines } = parentWithLines()
    const lazy = new LazyChildLogger(parent, { reqId: 'req-4' }, {})
    lazy.child({ part: 'upload' }).info('inner')
    lazy.level = 'warn'
    lazy.info('not written')
    expect(lazy.level).toBe('warn')
    expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([expect.objectContaining({ reqId: 'req-4', part: 'upload', msg: 'inner' })])
  })
})
