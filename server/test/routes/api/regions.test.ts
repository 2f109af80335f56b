import { REGION_DATA, listProvinces } from '@/domain/regions'
import { buildTestApp } from '../../helpers/build'

interface ProvinceBody {
  code: string
  name: string
  short: string
  provinceLevel: boolean
  note?: string
  cities: Array<{ code: string; name: string }>
}

async function getRegions() {
  const app = await buildTestApp()
  const response = await app.inject({ method: 'GET', url: '/api/regions' })
  expect(response.statusCode).toBe(200)
  return { response, body: response.json<{ source: unknown; provinces: ProvinceBody[] }>() }
}

describe('GET /api/regions (SPEC §3)', () => {
  it('answers the domain list as is, with where it came from, cacheable for a day', async () => {
    const { response, body } = await getRegions()
    expect(body).toEqual(JSON.parse(JSON.stringify({ source: REGION_DATA.source, provinces: listProvinces() })))
    expect(response.headers['cache-control']).toBe('public, max-age=86400')
  })

  it('marks 北京 as filed at province level, with no cities (004 表8 温馨提示3)', async () => {
    const { body } = await getRegions()
    expect(body.provinces.find((p) => p.code === '110000')).toEqual({
      code: '110000',
      name: '北京市',
      short: '京',
      provinceLevel: true,
      cities: [],
    })
  })

  it('lists 阳江市 441700 under 广东省, which is not province-level', async () => {
    const { body } = await getRegions()
    const guangdong = body.provinces.find((p) => p.code === '440000')
    expect(guangdong).toMatchObject({ name: '广东省', provinceLevel: false })
    expect(guangdong?.cities).toContainEqual({ code: '441700', name: '阳江市' })
  })

  it('has 新疆生产建设兵团, province-level, with a note naming its cities', async () => {
    const { body } = await getRegions()
    expect(body.provinces.find((p) => p.code === '660000')).toMatchObject({
      name: '新疆生产建设兵团',
      provinceLevel: true,
      cities: [],
      note: expect.stringContaining('石河子'),
    })
  })
})
