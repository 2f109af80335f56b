import { profileFor } from '@/domain/profiles'
import { buildTestApp, expectErrorBody } from '../../helpers/build'

const get = async (regionCode: string) => {
  const app = await buildTestApp()
  return app.inject({ method: 'GET', url: `/api/policy-profiles/${regionCode}` })
}

describe('GET /api/policy-profiles/:regionCode', () => {
  // code asked | profile | emergency mode | region it is read as | source
  it.each([
    ['320500', 'JIANGSU', 'DEEMED_FILED', '320500', '江苏省苏州市', '002 第八条(五), 第三十七条'],
    ['441702', 'YANGJIANG', 'BEFORE_DISCHARGE', '441700', '广东省阳江市', '003 第六条; a district of 阳江市'],
    ['441700', 'YANGJIANG', 'BEFORE_DISCHARGE', '441700', '广东省阳江市', '003 第六条'],
    ['450200', 'GUANGXI', 'WINDOW', '450200', '广西壮族自治区柳州市', '001 申请材料'],
    ['360100', 'JIANGXI', 'WINDOW', '360100', '江西省南昌市', '004 表8 温馨提示6'],
    ['110000', 'DEFAULT', 'WINDOW', '110000', '北京市', 'no local rule: the national default'],
    ['110105', 'DEFAULT', 'WINDOW', '110000', '北京市', 'a district of a province-level unit'],
    ['440300', 'DEFAULT', 'WINDOW', '440300', '广东省深圳市', 'Guangdong outside Yangjiang'],
  ])('%s → %s (%s), read as %s %s (%s)', async (code, id, mode, regionCode, regionName) => {
    const response = await get(code)
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body).toMatchObject({ id, emergency: { mode }, regionCode: code, region: { code: regionCode, name: regionName } })
    // The whole profile goes out: nothing the domain says is dropped by the response schema.
    expect(body).toEqual({
      ...JSON.parse(JSON.stringify(profileFor(code))),
      regionCode: code,
      region: { code: regionCode, name: regionName },
    })
  })

  it('the default profile gives the 5-working-day window (001 申请材料)', async () => {
    const body = (await get('110000')).json()
    expect(body.emergency).toMatchObject({ mode: 'WINDOW', workingDays: 5, scope: 'DEFAULT' })
    expect(body.regionPrefix).toBeNull()
  })

  it('says what 异地安置 asks of the 户口: 江苏 takes the 个人承诺书 instead (002 第八条(一)), 阳江 does not (003 第五条(一))', async () => {
    expect((await get('320500')).json().resettlement).toMatchObject({ requires: 'HUKOU_OR_COMMITMENT', otherwise: 'LONG_TERM_RESIDENT', scope: 'REGIONAL' })
    expect((await get('441700')).json().resettlement).toMatchObject({ requires: 'HUKOU_MOVED', otherwise: 'LONG_TERM_RESIDENT', scope: 'REGIONAL' })
    expect((await get('110000')).json().resettlement).toMatchObject({ requires: 'HUKOU_MOVED', scope: 'DEFAULT' })
  })

  it('is cacheable (profiles change only with a release)', async () => {
    expect((await get('450200')).headers['cache-control']).toBe('public, max-age=3600')
  })

  // code | why it is not a 参保地
  it.each([
    ['999999', 'no such region'],
    ['440000', 'a province that files by city: choose the city'],
    ['710000', '台湾: no direct settlement'],
  ])('answers 404 REGION_UNKNOWN with a plain message for %s (%s)', async (code) => {
    const response = await get(code)
    expect(response.statusCode).toBe(404)
    expectErrorBody(response.json(), 'REGION_UNKNOWN')
    expect(response.json().message).toMatch(/请从列表中重新选择/)
  })

  it.each([['abc'], ['12345'], ['1234567'], ['44170x']])('answers 400 for the malformed code %p, naming regionCode', async (code) => {
    const response = await get(code)
    expect(response.statusCode).toBe(400)
    const body = response.json()
    expectErrorBody(body, 'VALIDATION_FAILED')
    expect(body.fields).toEqual({ regionCode: expect.stringContaining('6 位数字') })
  })
})
