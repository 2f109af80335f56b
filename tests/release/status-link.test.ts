import { STATUS_PAGE, numberFromPageQuery, numberFromScan, statusUrl } from '@/lib/receipt/status-url'

// The build defines these (config/index.ts); here each case sets them.
const g = globalThis as unknown as { API_BASE: string; RELEASE_BUILD: boolean }
const env = process.env as Record<string, string | undefined>

describe('the receipt QR code of the weapp', () => {
  const taroEnv = env.TARO_ENV
  beforeEach(() => {
    env.TARO_ENV = 'weapp'
  })
  afterAll(() => {
    env.TARO_ENV = taroEnv
  })

  it('a release build carries the https status link of the release origin', () => {
    g.API_BASE = 'https://yibao.example.gov.cn'
    g.RELEASE_BUILD = true
    expect(statusUrl('YD20261123ABCDEF')).toBe('https://yibao.example.gov.cn/packages/status/pages/lookup/index?number=YD20261123ABCDEF')
  })

  it('a development build carries the mini-program path, never its loopback origin', () => {
    g.API_BASE = 'http://127.0.0.1:3000'
    g.RELEASE_BUILD = false
    expect(statusUrl('YD20261123ABCDEF')).toBe('/packages/status/pages/lookup/index?number=YD20261123ABCDEF')
  })

  it('what the in-app scanner reads back from either link is the number', () => {
    expect(STATUS_PAGE).toBe('/packages/status/pages/lookup/index')
    expect(numberFromScan('https://yibao.example.gov.cn/packages/status/pages/lookup/index?number=YD20261123ABCDEF')).toBe('YD20261123ABCDEF')
    expect(numberFromScan('/packages/status/pages/lookup/index?number=YD20261123ABCDEF')).toBe('YD20261123ABCDEF')
  })
})

describe('进度查询 reads the number it was opened with', () => {
  it.each([
    [{ number: 'YD20261123ABCDEF' }, 'YD20261123ABCDEF'],
    [{ number: 'YD20261123%41BCDEF' }, 'YD20261123ABCDEF'],
    // WeChat opens the page from a 普通链接二维码 with the whole link, URL-encoded, in `q`.
    [{ q: 'https%3A%2F%2Fyibao.example.gov.cn%2Fpackages%2Fstatus%2Fpages%2Flookup%2Findex%3Fnumber%3DYD20261123ABCDEF', scancode_time: '1764500000' }, 'YD20261123ABCDEF'],
    [{ q: 'https://yibao.example.gov.cn/packages/status/pages/lookup/index?number=yd20261123abcdef' }, 'YD20261123ABCDEF'],
    [{ q: 'https%3A%2F%2Fexample.com%2Fother' }, ''],
    [{ q: '%E0%A4%A' }, ''],
    [{}, ''],
  ])('%j → %j', (params, expected) => {
    expect(numberFromPageQuery(params)).toBe(expected)
  })
})
