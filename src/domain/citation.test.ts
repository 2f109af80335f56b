import { cite, citationScopeFor, citationsByPlace, isCitationFor } from '@/domain/citation'

describe('citationScopeFor: a rule cited from another place reads as DEFAULT for the person (trial: 南昌 shown 阳医保通〔2021〕23号)', () => {
  // citations | 参保地 | scope
  it.each<[string, Parameters<typeof citationScopeFor>[0], string | null, 'REGIONAL' | 'DEFAULT']>([
    ['阳江 document, 南昌 person', [cite('YJ_2021', '第五条(二)')], '360100', 'DEFAULT'],
    ['阳江 document, 阳江 person (江城区)', [cite('YJ_2021', '第五条(二)')], '441702', 'REGIONAL'],
    ['江苏 and 江西 documents, 南昌 person', [cite('JS_2022', '第八条(二)'), cite('JX_2017', '第三条')], '360100', 'REGIONAL'],
    ['江苏 document, 武汉 person', [cite('JS_2022', '第八条(一)')], '420100', 'DEFAULT'],
    ['a national notice, 武汉 person', [cite('NATIONAL_2022', '二(一)')], '420100', 'REGIONAL'],
    ['阳江 document, no 参保地 yet', [cite('YJ_2021', '第五条(二)')], null, 'DEFAULT'],
    ['no citation at all', [], '360100', 'DEFAULT'],
  ])('%s → %s/%s', (_case, citations, region, scope) => {
    expect(citationScopeFor(citations, region)).toBe(scope)
  })
})

describe('citationsByPlace: a DEFAULT rule’s 依据 split by whom each document binds (trial: a 南昌 person read 江西’s documents under “这里还没有收录”)', () => {
  const civil = cite('CIVIL_CODE', '第二百零一条')
  const holiday = { doc: '国办发明电〔2024〕12号', article: '国庆节、中秋节' }
  const jx = cite('JX_2017', '第八条')
  const jx2023 = cite('JX_2023', '表8 温馨提示1')
  const liujiang = cite('GX_LIUJIANG', '申请材料')
  const gx = cite('GX_2017', '第九条(三)1')
  const js = cite('JS_2022', '第二十六条(二)')
  // case | citations | 参保地 | applying (docs) | elsewhere (docs)
  it.each<[string, Parameters<typeof citationsByPlace>[0], string | null, string[], string[]]>([
    ['南昌, window closed (000 第八条, 004 表8 its own)', [liujiang, gx, civil, jx, js, jx2023], '360100',
      ['中华人民共和国民法典', '赣人社发〔2017〕57号', '赣医保发〔2023〕13号'], ['柳江区异地急诊人员备案服务指南', '桂人社发〔2017〕6号', '苏医保发〔2022〕75号']],
    ['南昌, a holiday stretched the window (the State Council’s notice is national)', [liujiang, civil, holiday], '360100',
      ['中华人民共和国民法典', '国办发明电〔2024〕12号'], ['柳江区异地急诊人员备案服务指南']],
    ['哈尔滨: only national rules bind it', [liujiang, gx, civil, jx], '230100', ['中华人民共和国民法典'], ['柳江区异地急诊人员备案服务指南', '桂人社发〔2017〕6号', '赣人社发〔2017〕57号']],
    ['柳州城中区: Guangxi-wide binds it, 柳江区’s own guide does not', [liujiang, gx], '450202', ['桂人社发〔2017〕6号'], ['柳江区异地急诊人员备案服务指南']],
    ['no 参保地 yet: only national rules', [jx, civil], null, ['中华人民共和国民法典'], ['赣人社发〔2017〕57号']],
    ['a repeat is listed once', [civil, civil, liujiang], '360100', ['中华人民共和国民法典'], ['柳江区异地急诊人员备案服务指南']],
  ])('%s', (_case, citations, region, applying, elsewhere) => {
    const before = JSON.stringify(citations)
    const split = citationsByPlace(citations, region)
    expect(split.applying.map((c) => c.doc)).toEqual(applying)
    expect(split.elsewhere.map((c) => c.doc)).toEqual(elsewhere)
    expect(JSON.stringify(citations)).toBe(before)
  })

  it('the State Council’s holiday notice counts as national for citationScopeFor too', () => {
    expect(isCitationFor({ doc: '国办发明电〔2025〕7号', article: '春节' }, '230100')).toBe(true)
    expect(isCitationFor({ doc: '某市医保局通知', article: '一' }, '230100')).toBe(false)
  })
})
