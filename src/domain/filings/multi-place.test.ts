import { profileFor } from '@/domain/profiles'
import { decideMultiPlace, type StandingFiling } from './multi-place'

// Issue 12 item 2 (002 第十一条: multi-place may not rest on a commitment; 002 第十条: a commitment
// filing may be changed only after 6 months). Today 2026-12-01; insured in 360100 (default lock 6).
const TODAY = '2026-12-01'
const ctx = { profile: profileFor('360100'), today: TODAY }
const GUANGZHOU = { province: '440000', city: '440100' }
const SHENZHEN = { province: '440000', city: '440300' }

const standing = (change: Partial<StandingFiling> = {}): StandingFiling => ({
  id: 'f1', number: 'YD20261201AAAAAA', type: 'LONG_TERM_RESIDENT', basis: 'COMMITMENT', destination: GUANGZHOU, validFrom: TODAY, ...change,
})

describe('decideMultiPlace: decided from the standing filings, not a client flag', () => {
  // new type | new place | on commitment | standing | expected: multiPlace, or the refusal's first allowed change day
  it.each<[string, string, { province: string; city?: string | null }, boolean, StandingFiling[], boolean | string]>([
    ['nothing else stands', 'LONG_TERM_RESIDENT', SHENZHEN, true, [], false],
    ['the same place (a duplicate, not multi-place)', 'LONG_TERM_RESIDENT', GUANGZHOU, true, [standing()], false],
    ['a whole province holding the standing city', 'LONG_TERM_RESIDENT', { province: '440000' }, true, [standing()], false],
    ['a temporary filing elsewhere is not long-term', 'OTHER_TEMPORARY', SHENZHEN, false, [standing()], false],
    ['a standing temporary filing does not count', 'LONG_TERM_RESIDENT', SHENZHEN, true, [standing({ type: 'OTHER_TEMPORARY' })], false],
    ['another place on proof → multi-place, allowed', 'LONG_TERM_RESIDENT', SHENZHEN, false, [standing()], true],
    ['another type of long-term elsewhere on proof', 'STATIONED_WORKER', SHENZHEN, false, [standing()], true],
    ['on a commitment, the standing one locked until 2027-06-01', 'LONG_TERM_RESIDENT', SHENZHEN, true, [standing()], '2027-06-01'],
    ['on a commitment, the standing one on proof: change it today', 'LONG_TERM_RESIDENT', SHENZHEN, true, [standing({ basis: 'PROOF' })], TODAY],
    ['on a commitment, lock over since 2026-11-01', 'LONG_TERM_RESIDENT', SHENZHEN, true, [standing({ validFrom: '2026-05-01' })], TODAY],
  ])('%s', (_what, type, destination, onCommitment, filings, expected) => {
    const r = decideMultiPlace({ type: type as StandingFiling['type'], destination, onCommitment }, filings, ctx)
    if (typeof expected === 'boolean') {
      expect(r).toMatchObject({ ok: true, multiPlace: expected })
    } else {
      expect(r).toMatchObject({ ok: false, code: 'MULTI_PLACE_ON_COMMITMENT', changeFirstAllowedOn: expected, existing: { id: 'f1' } })
    }
  })

  it('the refusal says what to do: 变更 with its first day, or real proof, citing 002 第十一条', () => {
    const r = decideMultiPlace({ type: 'LONG_TERM_RESIDENT', destination: SHENZHEN, onCommitment: true }, [standing()], ctx)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toBe(
        '您在广东省广州市已有一个长期备案（异地长期居住人员，备案号 YD20261201AAAAAA）。同时在两个地方长期备案，不能用个人承诺书办理，必须有真实的证明材料。' +
          '您可以：一、把广东省广州市的备案变更到广东省深圳市（2027 年 6 月 1 日起可以办，在“我的备案”里点“变更”）；' +
          '二、上传在广东省深圳市居住或工作的证明材料（如居住证、工作证明），不签承诺书，再提交。',
      )
      expect(r.citations[0]).toMatchObject({ doc: '苏医保发〔2022〕75号', article: '第十一条' })
    }
  })

  it('for a family member, against a filing the caller cannot open: their name, no number, who can change it', () => {
    const r = decideMultiPlace(
      { type: 'LONG_TERM_RESIDENT', destination: SHENZHEN, onCommitment: true, subjectName: '张建华' },
      [standing({ visible: false })],
      ctx,
    )
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toBe(
        '张建华在广东省广州市已有一个长期备案（异地长期居住人员）。同时在两个地方长期备案，不能用个人承诺书办理，必须有真实的证明材料。' +
          '您可以：一、把广东省广州市的备案变更到广东省深圳市（2027 年 6 月 1 日起可以办，请办理这条备案的人或张建华本人在“我的备案”里办理）；' +
          '二、上传在广东省深圳市居住或工作的证明材料（如居住证、工作证明），不签承诺书，再提交。',
      )
    }
  })
})
