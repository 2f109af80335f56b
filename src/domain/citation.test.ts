import { cite, citationScopeFor } from '@/domain/citation'

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
