import { addressPlaceMismatch } from './address-place'
import { findRegion } from './index'

const yangjiang = findRegion('441700')!
const guangdong = findRegion('440000')!
const beijing = findRegion('110000')!
const yanbian = findRegion('222400')!

// A trial filed to 阳江 with an address in 广州: the 就医地联系地址 is where one stays at the 备案地.
describe('addressPlaceMismatch', () => {
  it.each([
    ['阳江市江城区东风路 8 号 3 栋 201', yangjiang],
    ['广东省阳江市江城区东风路 8 号', yangjiang],
    ['广东阳江市江城区东风路 8 号', yangjiang],
    ['江城区东风路 8 号（儿子家）', yangjiang],
    // Streets and markets named after other places are not places.
    ['阳江市江城区北京路 12 号', yangjiang],
    ['江城区南京路广州市场旁 3 号', yangjiang],
    // A county-level city whose name ends like another name: read as a whole, not as a part.
    ['阳江市阳春市春城街道 5 号', yangjiang],
    // A whole province takes any of its cities.
    ['广州市天河区体育西路 1 号', guangdong],
    ['北京市朝阳区建国路 88 号', beijing],
    ['吉林省延边朝鲜族自治州延吉市 3 号', yanbian],
  ])('%s is in the 备案地', (address, destination) => {
    expect(addressPlaceMismatch(address, destination)).toBeUndefined()
  })

  it.each([
    ['广州市天河区体育西路 1 号', yangjiang, '住址写的是广州市，和备案地（广东省阳江市）不一致。住址要写在备案地住的地方，请核对住址或备案地'],
    ['广东省广州市天河区体育西路 1 号', yangjiang, '住址写的是广州市，和备案地（广东省阳江市）不一致。住址要写在备案地住的地方，请核对住址或备案地'],
    ['湖南省长沙市岳麓区 2 号', guangdong, '住址写的是湖南省，和备案地（广东省（全省））不一致。住址要写在备案地住的地方，请核对住址或备案地'],
    ['上海市浦东新区 9 号', beijing, '住址写的是上海市，和备案地（北京市）不一致。住址要写在备案地住的地方，请核对住址或备案地'],
    ['深圳市 南山区 1 号', yangjiang, '住址写的是深圳市，和备案地（广东省阳江市）不一致。住址要写在备案地住的地方，请核对住址或备案地'],
  ])('%s is not in the 备案地', (address, destination, message) => {
    expect(addressPlaceMismatch(address, destination)).toBe(message)
  })
})
