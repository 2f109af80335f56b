import { ADDRESS_DETAIL_MESSAGE, VILLAGE_DETAIL_MESSAGE, checkAddressDetail } from './address-detail'

describe('checkAddressDetail: a road (小区, village) and a house number, real addresses kept', () => {
  it.each<[string, string]>([
    // address as typed | what kind of address it is
    ['深圳市人民路 8 号 3 栋 501', 'road, number, building and flat'],
    ['福田区福华路8号', 'road and number, no spaces'],
    ['广东省阳江市江城区东风二路 18 号', 'a road with a numeral in its name'],
    ['阳江市江城区东风路 8 号 3 栋 201', 'the e2e address'],
    ['福田区景田北小区12栋3单元501室', '小区 with 栋, 单元, 室'],
    ['龙华区民治街道白石龙一区 58 栋', '一区 is a residential area, not a district'],
    ['福田区香蜜湖街道香蜜二村 5 栋 302', '二村 a housing estate with 栋'],
    ['阳春市春城街道东湖村3组', 'village and group'],
    ['湖南省衡阳县西渡镇梅花村五组', 'village and group in Chinese numerals'],
    ['广西柳州市柳江区进德镇三千村第十二组 8 号', '第十二组 and a number'],
    ['阳西县织篢镇大沟村委会上洋村12号', 'village with a house number'],
    ['某县某镇三楼村 5 组', 'a village whose name holds 三楼'],
    ['上海市浦东新区张杨路500弄3号1201室', '弄, 号, 室'],
    ['北京市朝阳区劲松三区 305 号楼 2 单元 401', '号楼 and 单元'],
    ['北京市西城区西四北三条 12 号', 'a 胡同-style 条'],
    ['海淀区中关村南大街5号院', '号院'],
    ['深圳市南山区万科城 A 座 1203', 'a letter block'],
    ['宝安区西乡街道固戍一路 3-501', 'a number pair'],
    ['福田区福华路 8', 'a number right after the road'],
    ['南京市鼓楼区广州路 5 号', 'a road named after another city'],
    ['罗湖区东门市场 3 号', 'a market (市场 is not a 市)'],
    ['阳江市江城区东风路８号', 'full-width digit'],
    ['江宁区秣陵街道翠屏城 11 幢 1 单元 602', '幢'],
    ['天河区珠江新城华夏路 10 号富力中心 2201', 'a tower after the road number'],
    ['三亚市吉阳区榆亚路 100 号 2 楼', 'a floor'],
  ])('%s is accepted (%s)', (address) => {
    expect(checkAddressDetail(address)).toBeUndefined()
  })

  it.each<[string, string, string]>([
    // address as typed | expected message | what is missing
    ['深圳市福田区', ADDRESS_DETAIL_MESSAGE, 'only the city and district (the trial)'],
    ['广东省深圳市福田区', ADDRESS_DETAIL_MESSAGE, 'province, city, district'],
    ['三亚市吉阳区', ADDRESS_DETAIL_MESSAGE, 'city and district'],
    ['深圳市福田区福华路', ADDRESS_DETAIL_MESSAGE, 'a road, no number'],
    ['深圳市福田区华强北', ADDRESS_DETAIL_MESSAGE, 'an area, no number'],
    ['深圳市南山区科技园附近', ADDRESS_DETAIL_MESSAGE, 'near somewhere'],
    ['深圳市福田区 8 号', ADDRESS_DETAIL_MESSAGE, 'a number but no road'],
    ['民治街道 12 号', ADDRESS_DETAIL_MESSAGE, 'a sub-district and a number, no road'],
    ['深圳市福田区福田街道', ADDRESS_DETAIL_MESSAGE, '街道 is a sub-district, not a road'],
    ['在女儿家住', ADDRESS_DETAIL_MESSAGE, 'no address at all'],
    ['阳西县织篢镇大沟村', VILLAGE_DETAIL_MESSAGE, 'a village without group or number'],
    ['湖南省衡阳县西渡镇梅花村', VILLAGE_DETAIL_MESSAGE, 'a village without group or number'],
    // A trial: a city road named after an old village was given the village advice.
    ['北京市朝阳区三里屯路', ADDRESS_DETAIL_MESSAGE, 'a road named 三里屯路, no number'],
    ['上海市闵行区七宝村路', ADDRESS_DETAIL_MESSAGE, 'a road named …村路, no number'],
  ])('%s is refused with what to add (%s)', (address, message) => {
    expect(checkAddressDetail(address)).toBe(message)
  })

  it('names what to add, with an example, in plain Chinese', () => {
    expect(ADDRESS_DETAIL_MESSAGE).toContain('门牌号')
    expect(ADDRESS_DETAIL_MESSAGE).toContain('例如：人民路 8 号 3 栋 501')
    expect(VILLAGE_DETAIL_MESSAGE).toContain('几组')
  })
})
