import { COMMON_PRACTICE, authorizationChecklist } from '.'

describe('authorizationChecklist: a letter cites only national rules and the member’s 参保地 (issue: a 武汉 letter cited 赣医保发〔2023〕13号)', () => {
  // 参保地 | basis of the letter check | basis of the ID check
  it.each<[string, string, string]>([
    ['420100', '中华人民共和国民法典 第一百六十五条', COMMON_PRACTICE],
    ['360102', '中华人民共和国民法典 第一百六十五条；赣医保发〔2023〕13号 清单 备注2', '赣医保发〔2023〕13号 清单 备注2'],
    ['450206', '中华人民共和国民法典 第一百六十五条；柳江区异地急诊人员备案服务指南 申请材料', '柳江区异地急诊人员备案服务指南 申请材料'],
    ['320602', '中华人民共和国民法典 第一百六十五条', COMMON_PRACTICE],
  ])('%s: %s / %s', (region, letterBasis, idBasis) => {
    expect(authorizationChecklist(region).map((c) => c.basisText)).toEqual([letterBasis, idBasis])
  })

  it('keeps every check everywhere; a check only other places have is DEFAULT and cites nothing', () => {
    const wuhan = authorizationChecklist('420100')
    expect(wuhan.map((c) => c.check)).toEqual(['委托书有家人亲笔签名、写明委托事项和代办人', '身份证与委托人一致、在有效期内'])
    expect(wuhan[1]).toEqual({ check: '身份证与委托人一致、在有效期内', scope: 'DEFAULT', citations: [], basisText: COMMON_PRACTICE })
    expect(wuhan.flatMap((c) => c.citations.map((x) => x.doc))).not.toContain('赣医保发〔2023〕13号')
  })
})
