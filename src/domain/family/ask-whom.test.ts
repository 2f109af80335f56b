import { askWhom, type AskWhomFacts } from './ask-whom'

// 我要备案 asks 为谁备案 rather than assuming 为我自己 where filing for the wrong person is possible
// (SPEC §2 代办: a member who authorised the filer). A trial: right after 父亲已同意让您代办, it
// opened on 为我自己.
describe('askWhom', () => {
  const authorised = { canFile: true }
  const notYet = { canFile: false }
  it.each<[string, AskWhomFacts, boolean]>([
    // [case, facts, asks]
    ['an authorised member, general entry, nothing in progress', { members: [authorised], forMember: false, inProgress: false }, true],
    ['one of two members authorised', { members: [notYet, authorised], forMember: false, inProgress: false }, true],
    ['no member', { members: [], forMember: false, inProgress: false }, false],
    // A member who has not authorised the filer yet: chosen to look things up on 急诊补办's first
    // page; on 我要备案 choosing him leads to 家人代办 (a trial: it opened on 为我自己 for a daughter
    // whose father had not authorised her yet).
    ['a member not authorised yet', { members: [notYet], forMember: false, inProgress: false }, true],
    ['opened for a member: the member is the answer', { members: [authorised], forMember: true, inProgress: false }, false],
    ['opened for oneself (?whom=self), a member not authorised yet', { members: [notYet], forMember: true, inProgress: false }, false],
    ['a draft in progress: continuing it', { members: [authorised], forMember: false, inProgress: true }, false],
    ['a draft in progress, a member not authorised yet', { members: [notYet], forMember: false, inProgress: true }, false],
  ])('%s → %s', (_case, facts, asks) => {
    const before = JSON.stringify(facts)
    expect(askWhom(facts)).toBe(asks)
    expect(JSON.stringify(facts)).toBe(before)
  })
})
