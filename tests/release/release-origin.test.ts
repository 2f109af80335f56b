import { checkReleaseOrigin, findDevelopmentOrigins } from '../../config/release-origin'

// What WeChat accepts as a request domain (「网络 · 使用说明」): https, a registered domain name,
// optionally a port; never an IP address or localhost.
describe('checkReleaseOrigin: API_BASE for a release build', () => {
  it.each([
    ['https://api.example.gov.cn', 'https://api.example.gov.cn'],
    ['https://api.example.gov.cn/', 'https://api.example.gov.cn'],
    ['  https://yibao.example.gov.cn  ', 'https://yibao.example.gov.cn'],
    ['https://API.Example.gov.cn', 'https://api.example.gov.cn'],
    ['https://api.example.gov.cn:8443', 'https://api.example.gov.cn:8443'],
    ['https://api.example.gov.cn:443', 'https://api.example.gov.cn'],
    ['https://xn--fiq228c.example.cn', 'https://xn--fiq228c.example.cn'],
  ])('%j is accepted as %s', (value, origin) => {
    expect(checkReleaseOrigin(value)).toEqual({ ok: true, origin })
  })

  it.each([
    [undefined, 'API_BASE 没有设置'],
    ['', 'API_BASE 没有设置'],
    ['   ', 'API_BASE 没有设置'],
    ['api.example.gov.cn', 'API_BASE（api.example.gov.cn）不是一个完整的网址'],
    ['http://api.example.gov.cn', 'API_BASE（http://api.example.gov.cn）必须以 https:// 开头'],
    ['http://127.0.0.1:3000', 'API_BASE（http://127.0.0.1:3000）必须以 https:// 开头'],
    ['ftp://api.example.gov.cn', 'API_BASE（ftp://api.example.gov.cn）必须以 https:// 开头'],
    ['https://localhost', 'API_BASE（https://localhost）指向本机（localhost）'],
    ['https://localhost:3000', 'API_BASE（https://localhost:3000）指向本机（localhost）'],
    ['https://LOCALHOST', 'API_BASE（https://LOCALHOST）指向本机（localhost）'],
    ['https://app.localhost', 'API_BASE（https://app.localhost）指向本机（app.localhost）'],
    ['https://127.0.0.1', 'API_BASE（https://127.0.0.1）指向本机（127.0.0.1）'],
    ['https://127.8.9.10:3000', 'API_BASE（https://127.8.9.10:3000）指向本机（127.8.9.10）'],
    ['https://0.0.0.0', 'API_BASE（https://0.0.0.0）指向本机（0.0.0.0）'],
    ['https://[::1]', 'API_BASE（https://[::1]）指向本机（::1）'],
    ['https://[::1]:3000', 'API_BASE（https://[::1]:3000）指向本机（::1）'],
    ['https://10.1.2.3', 'API_BASE（https://10.1.2.3）是 IP 地址'],
    ['https://192.168.1.20:8443', 'API_BASE（https://192.168.1.20:8443）是 IP 地址'],
    ['https://8.8.8.8', 'API_BASE（https://8.8.8.8）是 IP 地址'],
    ['https://[2001:db8::1]', 'API_BASE（https://[2001:db8::1]）是 IP 地址'],
    ['https://[::ffff:7f00:1]', 'API_BASE（https://[::ffff:7f00:1]）是 IP 地址'],
    ['https://intranet', 'API_BASE（https://intranet）的主机名“intranet”不是公网域名'],
    ['https://user:pw@api.example.gov.cn', 'API_BASE（https://user:pw@api.example.gov.cn）里不能带用户名或密码'],
    ['https://api.example.gov.cn/api', 'API_BASE（https://api.example.gov.cn/api）只写协议和域名'],
    ['https://api.example.gov.cn?x=1', 'API_BASE（https://api.example.gov.cn?x=1）只写协议和域名'],
  ])('%j is refused: %s…', (value, reasonStart) => {
    const check = checkReleaseOrigin(value)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.reason.startsWith(reasonStart)).toBe(true)
  })
})

describe('findDevelopmentOrigins: what must never ship in a release build', () => {
  it.each([
    ['var API="http://127.0.0.1:3000";', ['127.0.0.1', 'http://127.0.0.1:3000']],
    ['fetch("http://localhost:3000/api")', ['localhost', 'http://localhost:3000/api']],
    ['u="https://[::1]:3000"', ['[::1]']],
    ['u="https://0.0.0.0"', ['0.0.0.0']],
    ['u="http://api.example.gov.cn"', ['http://api.example.gov.cn']],
    ['ns="http://www.w3.org/2000/svg"', []],
    ['u="https://api.example.gov.cn/packages/status/pages/lookup/index?number="', []],
    ['see https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm', []],
  ])('%s → %j', (text, expected) => {
    expect(findDevelopmentOrigins(text)).toEqual(expected)
  })
})
