import { proxyIdentitySupplied, type ProxyIdentityFacts } from './proxy-identity'

// A trial: a son sent his own ID as the reviewer asked (代办人的有效身份证件); the console filed it as
// 有效身份证件（第 2 张） and still told the reviewer to ask for it.
describe('proxyIdentitySupplied: the 代办人’s own ID, sent when it was asked for', () => {
  const asked = (missingItems: string[]): ProxyIdentityFacts['decisions'] => [{ decision: 'REQUEST_MATERIALS', missingItems }]
  const materials: ProxyIdentityFacts['materials'] = [
    { id: 'm1', purpose: 'ID_DOCUMENT' },
    { id: 'm2', purpose: 'EMERGENCY_DIAGNOSIS' },
    { id: 'm3', purpose: 'ID_DOCUMENT' },
    { id: 'm4', purpose: 'SOCIAL_SECURITY_CARD' },
  ]
  const facts = (over: Partial<ProxyIdentityFacts>): ProxyIdentityFacts => ({
    type: 'EMERGENCY',
    decisions: asked(['代办人的有效身份证件']),
    materials,
    newMaterialIds: ['m3'],
    ...over,
  })

  it.each<[string, Partial<ProxyIdentityFacts>, string[]]>([
    ['asked with the console’s box, sent after it', {}, ['m3']],
    ['asked in free words (代办人身份证), a 社保卡 sent too', { decisions: asked(['代办人身份证']), newMaterialIds: ['m3', 'm4'] }, ['m3', 'm4']],
    ['the 参保人’s ID asked (no 代办 in the line): not the proxy’s', { decisions: asked(['参保人的有效身份证件']) }, []],
    ['other materials asked', { decisions: asked(['入院记录']) }, []],
    ['nothing new came', { newMaterialIds: [] }, []],
    ['a new photo of another material', { newMaterialIds: ['m2'] }, []],
    // Approved since: still the proxy's (a trial saw it turn into the 参保人's second photo).
    ['approved after it came', { decisions: [...asked(['代办人的有效身份证件']), { decision: 'APPROVE', missingItems: [] }] }, ['m3']],
    ['no decision yet', { decisions: [] }, []],
  ])('%s', (_what, over, ids) => {
    expect(proxyIdentitySupplied(facts(over))).toEqual(ids)
  })
})
