import { profileFor } from '@/domain/profiles'
import type { FilingView } from './filing-view'
import { commitmentBarOf } from './commitment-bar'

// Trial (issue: 承诺书 offered when it is locked): 李晓梅 files 海南 for 王秀英, who has a standing
// long-term filing in 长沙 made on a commitment. 002 第十一条: multi-place may not rest on a
// commitment; the same rule as the server's 409 MULTI_PLACE_ON_COMMITMENT (decideMultiPlace).
const TODAY = '2026-12-03'
const ctx = { profile: profileFor('360100'), today: TODAY, subjectName: '王秀英' }
const CHANGSHA = { province: '430000', city: '430100', name: '湖南省长沙市' }
const HAINAN = { province: '460000', city: null }
const changsha: FilingView = {
  id: 'cs', number: 'YD20261203CSCSCS', type: 'LONG_TERM_RESIDENT', typeName: '异地长期居住人员', status: 'APPROVED', statusLabel: '备案成功',
  basis: 'COMMITMENT', registration: 'NEW', emergency: null, review: null,
  subject: { name: '王秀英', idNumberMasked: '360102********0021' }, filedBySelf: false, filedBy: { self: true, nameMasked: '李*梅' },
  destination: CHANGSHA, startDate: TODAY, endDate: null, validFrom: TODAY, validTo: null,
  validityExplanation: '', contacts: { phone1: '13912345678', phone2: null, addressAtDestination: '长沙' }, chronicDiseaseHospital: null,
  multiPlace: false, insuredRegion: '360100', admittedOn: null, materials: [], commitment: null, supersedes: null, supersededBy: null,
  createdAt: '2026-12-03T02:00:00Z', timeline: [], actions: { canCancel: false, canChange: false, firstAllowedOn: '2027-06-03', explanation: '' }, citations: [],
}

describe('commitmentBarOf: the server’s multi-place rule, before the 承诺书 is offered', () => {
  // what | the person's filings | new type | place | barred (its first allowed change day) or null
  it.each([
    ['a standing long-term filing elsewhere', [changsha], 'LONG_TERM_RESIDENT', HAINAN, '2027-06-03'],
    ['the same place: a duplicate, not multi-place', [changsha], 'LONG_TERM_RESIDENT', { province: '430000', city: '430100' }, null],
    ['a temporary filing is never multi-place', [changsha], 'OTHER_TEMPORARY', HAINAN, null],
    ['the other filing was cancelled: nothing stands', [{ ...changsha, status: 'CANCELLED' as const }], 'LONG_TERM_RESIDENT', HAINAN, null],
    ['nothing stands', [], 'LONG_TERM_RESIDENT', HAINAN, null],
  ] as const)('%s', (_what, filings, type, destination, expected) => {
    const bar = commitmentBarOf(filings, { type, destination }, ctx)
    if (expected === null) expect(bar).toBeNull()
    else expect(bar).toMatchObject({ existingFilingId: 'cs', changeFirstAllowedOn: expected })
  })

  it('says why and what to do, naming the family member, as the server would', () => {
    const bar = commitmentBarOf([changsha], { type: 'LONG_TERM_RESIDENT', destination: HAINAN }, ctx)
    expect(bar?.message).toContain('王秀英在湖南省长沙市已有一个长期备案')
    expect(bar?.message).toContain('不能用个人承诺书办理')
    expect(bar?.message).toContain('2027 年 6 月 3 日起可以办')
    expect(bar?.message).toContain('上传在海南省居住或工作的证明材料')
  })
})
