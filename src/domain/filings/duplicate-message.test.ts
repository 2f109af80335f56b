import { duplicateFilingMessage, type DuplicateFacts } from './duplicate-message'

// SPEC §7 重复备案: the 409 answer says who already has which filing, and what to do next, also
// when someone else made it; it names the number, day and filer only to whom may open it.
const existing: DuplicateFacts['existing'] = {
  type: 'LONG_TERM_RESIDENT', status: 'UNDER_REVIEW', number: 'B20261202ABCDEF', destinationName: '广州市', filedOn: '2026-12-02',
}
const base: DuplicateFacts = { caller: 'SELF', subjectName: '张建国', existing, madeBy: { kind: 'CALLER' }, visible: true }

describe('duplicateFilingMessage (SPEC §7)', () => {
  it.each([
    // [who asks, facts, the message]
    ['the person, their own filing', base,
      '您已经有一条去广州市的备案（异地长期居住人员，审核中，2026 年 12 月 2 日您本人办理，编号 B20261202ABCDEF），不用再办一次。请等审核结果。要改地方或日期，请在“我的备案”里打开它，办理变更或取消。'],
    ['a proxy, the person filed it themselves (the trial)', { ...base, caller: 'PROXY' as const, madeBy: { kind: 'SUBJECT' as const }, visible: false },
      '张建国已经有一条去广州市的备案（异地长期居住人员，审核中，2026 年 12 月 2 日本人办理），不用再办一次。请等审核结果。要跟进办理进度，请张建国把备案号告诉您（在张建国自己的“我的备案”里，或者备案回执上），您在首页“进度查询”里输入备案号和张建国身份证号的后 6 位就能查到。要改地方或日期，请张建国本人在自己的“我的备案”里变更或取消。如果不是张建国本人办的，请联系参保地医保经办机构。'],
    ['the verified person, a proxy filed it', { ...base, madeBy: { kind: 'PROXY' as const, nameMasked: '张*华' }, existing: { ...existing, status: 'APPROVED' as const } },
      '您已经有一条去广州市的备案（异地长期居住人员，备案成功，2026 年 12 月 2 日由 张*华 代办，编号 B20261202ABCDEF），不用再办一次。这条备案已经生效。要改地方或日期，请在“我的备案”里打开它，办理变更或取消。如果您没有请人代办，请联系参保地医保经办机构。'],
    ['the unverified person, a proxy filed it: no number, day or name', { ...base, madeBy: { kind: 'PROXY' as const, nameMasked: '张*华' }, visible: false },
      '已经有一条用您的身份证号办理的去广州市的备案（审核中，别人代办），不能再办一次。请等审核结果。完成实人认证后，这条备案会显示在您的“我的备案”里，可以在那里查看、变更或取消。如果您没有请人代办，请联系参保地医保经办机构。'],
    ['a proxy, another proxy filed it, materials asked for', { ...base, caller: 'PROXY' as const, madeBy: { kind: 'PROXY' as const, nameMasked: '张*明' }, visible: false, existing: { ...existing, status: 'NEEDS_MATERIALS' as const } },
      '张建国已经有一条去广州市的备案（异地长期居住人员，待补充材料，2026 年 12 月 2 日由 张*明 代办），不用再办一次。请办理的人按要求补充材料。要跟进办理进度，请代办的人把备案号告诉您（在代办人的“我的备案”里，或者备案回执上），您在首页“进度查询”里输入备案号和张建国身份证号的后 6 位就能查到。张建国本人完成实人认证后，也能在自己的“我的备案”里看到。要改地方或日期，请代办的人或张建国本人在“我的备案”里变更或取消。如果张建国没有请这个人代办，请联系参保地医保经办机构。'],
    ['a proxy, the person filed it themselves, already approved: how to see it', { ...base, caller: 'PROXY' as const, madeBy: { kind: 'SUBJECT' as const }, visible: false, existing: { ...existing, status: 'APPROVED' as const } },
      '张建国已经有一条去广州市的备案（异地长期居住人员，备案成功，2026 年 12 月 2 日本人办理），不用再办一次。这条备案已经生效。要查看这条备案，请张建国把备案号告诉您（在张建国自己的“我的备案”里，或者备案回执上），您在首页“进度查询”里输入备案号和张建国身份证号的后 6 位就能查到。要改地方或日期，请张建国本人在自己的“我的备案”里变更或取消。如果不是张建国本人办的，请联系参保地医保经办机构。'],
    ['a proxy, their own filing for the member', { ...base, caller: 'PROXY' as const },
      '张建国已经有一条去广州市的备案（异地长期居住人员，审核中，2026 年 12 月 2 日您代办，编号 B20261202ABCDEF），不用再办一次。请等审核结果。要改地方或日期，请在“我的备案”里打开它，办理变更或取消。'],
    ['the unverified person, another account in their name', { ...base, madeBy: { kind: 'SUBJECT' as const }, visible: false },
      '已经有一条用您的身份证号办理的去广州市的备案（审核中，用另一个微信账号办理），不能再办一次。请等审核结果。完成实人认证后，这条备案会显示在您的“我的备案”里，可以在那里查看、变更或取消。如果不是您办的，请联系参保地医保经办机构。'],
    ['an emergency, the same admission', { ...base, existing: { ...existing, type: 'EMERGENCY' as const } },
      '您已经有一条在广州市这次住院的急诊备案（异地急诊（抢救）人员，审核中，2026 年 12 月 2 日您本人办理，编号 B20261202ABCDEF），不用再办一次。请等审核结果。要改地方或日期，请在“我的备案”里打开它，办理变更或取消。'],
  ])('%s', (_who, facts, message) => {
    expect(duplicateFilingMessage(facts)).toBe(message)
  })

  it('never names the number to a proxy who may not open the filing, only how to get it', () => {
    const message = duplicateFilingMessage({ ...base, caller: 'PROXY', madeBy: { kind: 'SUBJECT' }, visible: false })
    expect(message).not.toContain(existing.number)
    expect(message).toContain('进度查询')
  })

  it('does not change its input', () => {
    const facts = structuredClone({ ...base, visible: false })
    const copy = structuredClone(facts)
    duplicateFilingMessage(facts)
    expect(facts).toEqual(copy)
  })
})
