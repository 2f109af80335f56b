import {
  FAMILY_RELATION_LIST,
  OWN_ID_MESSAGE,
  canFileFor,
  checkOnlyWords,
  effectiveAuthorizationStatus,
  invitationExpiresAt,
  kinAndName,
  kinOfFiler,
  kinOfMember,
  relationLabel,
  subjectChoiceNote,
  validateFamilyMember,
  type AuthorizationStatus,
  type CheckOnlyWay,
} from '.'

const TODAY = '2025-10-01'
const FATHER = {
  name: '张建华',
  idNumber: '11010519491231002x',
  relation: 'PARENT',
  phone: '139 1234 5678',
  insuredRegion: '450200',
  insuranceType: 'RESIDENT',
}

describe('validateFamilyMember', () => {
  it('accepts a right form and normalises it (upper-case X, phone without spaces)', () => {
    const result = validateFamilyMember(FATHER, TODAY, '110101199003071233')
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ idNumber: '11010519491231002X', phone: '13912345678', relation: 'PARENT', birthDate: '1949-12-31' }),
    })
  })

  it('reports every wrong field at once, with the shared profile messages', () => {
    const result = validateFamilyMember(
      { name: 'Zhang', idNumber: '123', relation: 'FRIEND', phone: '123', insuredRegion: '999999', insuranceType: 'GOLD' },
      TODAY,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.fields).sort()).toEqual(['idNumber', 'insuranceType', 'insuredRegion', 'name', 'phone', 'relation'])
    expect(result.fields.idNumber).toContain('18 位')
  })

  it('refuses one’s own ID number', () => {
    const result = validateFamilyMember({ ...FATHER, idNumber: '110101199003071233' }, TODAY, '110101199003071233')
    expect(result).toEqual({ ok: false, fields: { idNumber: OWN_ID_MESSAGE } })
  })
})

describe('relations and authorisation states', () => {
  it('has a label for each of the six relations', () => {
    expect(FAMILY_RELATION_LIST).toHaveLength(6)
    expect(FAMILY_RELATION_LIST.map(relationLabel)).toContain('祖父母/外祖父母')
  })

  it('an invitation expires after 7 days; only ACTIVE lets one file', () => {
    const now = new Date('2025-10-01T02:00:00Z')
    const expiresAt = invitationExpiresAt(now)
    expect(expiresAt).toBe('2025-10-08T02:00:00.000Z')
    expect(effectiveAuthorizationStatus('PENDING_INVITE', expiresAt, now)).toBe('PENDING_INVITE')
    expect(effectiveAuthorizationStatus('PENDING_INVITE', expiresAt, new Date(expiresAt))).toBe('EXPIRED')
    expect(effectiveAuthorizationStatus('ACTIVE', null, now)).toBe('ACTIVE')
    expect(canFileFor('ACTIVE')).toBe(true)
    expect(canFileFor('PENDING_REVIEW')).toBe(false)
  })
})

// 为谁备案 says what 家人代办 says: a 授权委托书 waiting for staff is 审核中, not 还没有授权 (001 申请材料).
describe('subjectChoiceNote: the chooser’s line under a family member', () => {
  // columns: authorisation status as seen now (null: none asked for) | the line
  it.each<[AuthorizationStatus | null, string]>([
    [null, '还没有授权：点这里去请家人确认'],
    ['PENDING_REVIEW', '审核中：授权委托书已提交，工作人员审核通过后就能代办'],
    ['PENDING_INVITE', '等家人确认：邀请已发出，家人在自己的手机上点“同意”后就能代办'],
    ['ACTIVE', '已授权，可以代办'],
    ['REJECTED', '授权委托书没有通过审核：点这里看原因，改好后重新上传'],
    ['REVOKED', '授权已撤销：点这里重新授权'],
    ['EXPIRED', '邀请已过期：点这里重新发邀请'],
  ])('%s → %s', (status, line) => {
    expect(subjectChoiceNote(status)).toBe(line)
  })

  it('says 还没有授权 only when nothing was asked for, or nothing is under way', () => {
    const pending: AuthorizationStatus[] = ['PENDING_REVIEW', 'PENDING_INVITE']
    for (const status of pending) expect(subjectChoiceNote(status)).not.toContain('还没有授权')
  })
})

describe('kinOfFiler: the filer as the member calls them (issue 13 item 7)', () => {
  it.each([
    ['PARENT', 'F', '女儿'],
    ['PARENT', 'M', '儿子'],
    ['PARENT', null, '子女'],
    ['CHILD', 'F', '母亲'],
    ['CHILD', 'M', '父亲'],
    ['SPOUSE', 'F', '妻子'],
    ['SPOUSE', 'M', '丈夫'],
    ['SIBLING', 'F', '姐妹'],
    ['GRANDPARENT', 'M', '孙子'],
    ['OTHER', 'F', '亲属'],
  ] as const)('member is the filer’s %s, filer %s → 您的%s', (relation, sex, word) => {
    expect(kinOfFiler(relation, sex)).toBe(word)
  })
})

describe('kinOfMember: the member as the filer calls them (为母亲王秀英办理, not 为父母; a new user’s trial)', () => {
  it.each([
    ['PARENT', 'F', '母亲'],
    ['PARENT', 'M', '父亲'],
    ['PARENT', null, '父母'],
    ['CHILD', 'F', '女儿'],
    ['SPOUSE', 'M', '丈夫'],
    ['SIBLING', 'F', '姐妹'],
    // 祖父 or 外祖父 is not in the record: the label, whatever the sex.
    ['GRANDPARENT', 'M', '祖父母/外祖父母'],
    ['OTHER', 'F', '其他亲属'],
  ] as const)('member is the filer’s %s, member %s → 为%s…', (relation, sex, word) => {
    expect(kinOfMember(relation, sex)).toBe(word)
  })
})

// A family member chosen only to look things up (the emergency check): what is said depends on
// where the authorisation stands (001 申请材料; 004 备注2). A trial: a 授权委托书 already with staff
// (PENDING_REVIEW) was met with 先请张桂兰同意 again.
describe('checkOnlyWords: looking things up for a member who cannot be filed for yet', () => {
  // columns: status as seen now (null: none asked for) | the chooser's line | the button | where it leads | words it must not say
  it.each<[AuthorizationStatus | null, string, string, CheckOnlyWay, RegExp | null]>([
    [null, '还没有授权：可以先替家人看看，提交要等家人同意', '先请张桂兰同意', 'AUTHORIZE', null],
    ['PENDING_REVIEW', '审核中：可以先替家人看看，授权委托书审核通过后才能提交', '去家人代办看审核进度', 'FAMILY_LIST', /先请|点同意|交一份/],
    ['PENDING_INVITE', '等家人确认：可以先替家人看看，提交要等家人同意', '看看给张桂兰的邀请', 'AUTHORIZE', /先请/],
    ['REJECTED', '授权委托书没有通过审核：可以先替家人看看，重新上传、审核通过后才能提交', '去重新上传授权委托书', 'AUTHORIZE', /先请/],
    ['REVOKED', '授权已撤销：可以先替家人看看，提交要等家人同意', '请张桂兰重新同意', 'AUTHORIZE', null],
    ['EXPIRED', '邀请已过期：可以先替家人看看，提交要等家人同意', '再请张桂兰同意', 'AUTHORIZE', null],
  ])('%s → %s; %s', (status, choice, action, way, never) => {
    const words = checkOnlyWords('张桂兰', status, ['签名不清楚'])
    expect(words).toMatchObject({ choice, action, way })
    if (never) expect(`${words.notice}${words.next}${words.action}`).not.toMatch(never)
  })

  it('a letter with staff: says it is being reviewed, that nothing is to be done, and what can be looked up now', () => {
    const words = checkOnlyWords('张桂兰', 'PENDING_REVIEW')
    expect(words.notice).toBe('张桂兰的授权委托书已经交了，工作人员正在审核。下面的期限和能不能办，现在就能看；审核通过后，就能替张桂兰提交备案。')
    expect(words.next).toBe('张桂兰的授权委托书正在审核，您不用再做什么。审核一般要 1 个工作日，通过后首页会告诉您，回到这里接着办，上面答过的都还在。')
    // What is waited for is the review, not her 同意 (a trial: 等…同意以后 over a letter she had signed).
    expect(words.until).toBe('授权委托书审核通过以后')
    expect(checkOnlyWords('张桂兰', 'PENDING_INVITE').until).toBe('等张桂兰同意以后')
    expect(checkOnlyWords('张桂兰', 'PENDING_INVITE', [], true).until).toBe('等核对通过、张桂兰同意以后')
  })

  it('a refused letter names the staff’s reasons', () => {
    expect(checkOnlyWords('张桂兰', 'REJECTED', ['签名不清楚', '缺少日期']).next).toContain('（原因：签名不清楚；缺少日期）')
  })

  it('an invitation whose member’s 实人认证 photos wait for staff: 核对中, nothing to do, no 等家人确认 and no new invitation', () => {
    const words = checkOnlyWords('张桂兰', 'PENDING_INVITE', [], true)
    expect(words).toMatchObject({ choice: '实人认证核对中：可以先替家人看看，核对通过、家人同意后才能提交', action: '去家人代办看进度', way: 'FAMILY_LIST' })
    expect(words.next).toBe(
      '张桂兰已经上传了实人认证的照片，工作人员正在核对，一般 1 个工作日。核对通过后，请张桂兰再打开邀请点“同意”，您就能替张桂兰办理了。您现在不用做什么，邀请也不用重新发。同意以后回到这里接着办，上面答过的都还在。',
    )
    expect(`${words.choice}${words.notice}${words.next}`).not.toMatch(/等家人确认|还在等/)
    // Only an invitation waits on it: a letter with staff, or none asked for, reads as before.
    expect(checkOnlyWords('张桂兰', 'PENDING_REVIEW', [], true)).toEqual(checkOnlyWords('张桂兰', 'PENDING_REVIEW'))
    expect(checkOnlyWords('张桂兰', null, [], true)).toEqual(checkOnlyWords('张桂兰', null))
  })
})

describe('kinAndName: a member as a card title names them', () => {
  // kin | name | title
  it.each<[string | undefined, string, string]>([
    ['母亲', '刘桂芳', '母亲刘桂芳'],
    ['父亲', '张建华', '父亲张建华'],
    ['女儿', '李红梅', '女儿李红梅'],
    // A relation's label, not a person's word: the name alone.
    ['祖父母/外祖父母', '王德福', '王德福'],
    [relationLabel('OTHER'), '陈平', '陈平'],
    [undefined, '陈平', '陈平'],
  ])('%s + %s → %s', (kin, name, title) => {
    expect(kinAndName(kin, name)).toBe(title)
  })
})
