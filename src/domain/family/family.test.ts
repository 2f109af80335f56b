import {
  FAMILY_RELATION_LIST,
  OWN_ID_MESSAGE,
  canFileFor,
  effectiveAuthorizationStatus,
  invitationExpiresAt,
  kinOfFiler,
  kinOfMember,
  relationLabel,
  subjectChoiceNote,
  validateFamilyMember,
  type AuthorizationStatus,
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
