/**
 * How a family member is related to the person who files for them (代办, SPEC §2). Codes are
 * what code and the API use; labels are what the app shows.
 */
export const FAMILY_RELATIONS = {
  PARENT: '父母',
  SPOUSE: '配偶',
  CHILD: '子女',
  SIBLING: '兄弟姐妹',
  GRANDPARENT: '祖父母/外祖父母',
  OTHER: '其他亲属',
} as const

export type FamilyRelation = keyof typeof FAMILY_RELATIONS

/** All six, in the order the app lists them. */
export const FAMILY_RELATION_LIST = Object.keys(FAMILY_RELATIONS) as FamilyRelation[]

export function isFamilyRelation(value: unknown): value is FamilyRelation {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FAMILY_RELATIONS, value)
}

/** 父母, 配偶 … for a relation code. */
export function relationLabel(relation: FamilyRelation): string {
  return FAMILY_RELATIONS[relation]
}

/**
 * The other side of a relation, without sex: the member is the filer's 父母, so the filer is the
 * member's 子女. Used where the filer signs for the member (代签) and where the member sees who asks.
 */
export function inverseRelation(relation: FamilyRelation): string {
  return INVERSE[relation]
}

const INVERSE: Record<FamilyRelation, string> = {
  PARENT: '子女',
  CHILD: '父母',
  SPOUSE: '配偶',
  SIBLING: '兄弟姐妹',
  GRANDPARENT: '孙子女/外孙子女',
  OTHER: '亲属',
}

/**
 * What the filer (代办人) is to the member, in the word the member would use for them, from the
 * member's relation to the filer and the filer's sex (read from the filer's own ID number):
 * the member is the filer's 父母 and the filer is a woman → '女儿'. Used where the member is
 * asked to agree ("您的女儿 王丽 请您…", issue 13 item 7). Without a sex: the neutral word.
 */
export function kinOfFiler(memberRelation: FamilyRelation, filerSex: 'M' | 'F' | null): string {
  const words: Record<FamilyRelation, { M: string; F: string; neutral: string }> = {
    PARENT: { M: '儿子', F: '女儿', neutral: '子女' },
    CHILD: { M: '父亲', F: '母亲', neutral: '父母' },
    SPOUSE: { M: '丈夫', F: '妻子', neutral: '配偶' },
    SIBLING: { M: '兄弟', F: '姐妹', neutral: '兄弟姐妹' },
    GRANDPARENT: { M: '孙子', F: '孙女', neutral: '孙子女' },
    OTHER: { M: '亲属', F: '亲属', neutral: '亲属' },
  }
  const w = words[memberRelation]
  return filerSex ? w[filerSex] : w.neutral
}

/**
 * What the member is to the filer, in the filer's own word, from the relation and the member's
 * sex (read from the member's ID number): PARENT and a woman → '母亲', so a daughter reads
 * "为母亲王秀英办理", not "为父母王秀英办理" (a new user's trial). Without a sex, and for
 * GRANDPARENT and OTHER (祖父 or 外祖父 is not in the record), the relation's label.
 */
export function kinOfMember(relation: FamilyRelation, memberSex: 'M' | 'F' | null): string {
  const words: Partial<Record<FamilyRelation, { M: string; F: string }>> = {
    PARENT: { M: '父亲', F: '母亲' },
    CHILD: { M: '儿子', F: '女儿' },
    SPOUSE: { M: '丈夫', F: '妻子' },
    SIBLING: { M: '兄弟', F: '姐妹' },
  }
  const w = words[relation]
  return w && memberSex ? w[memberSex] : relationLabel(relation)
}

const FEMALE_KIN = new Set(['女儿', '母亲', '妻子', '姐妹', '孙女'])
const MALE_KIN = new Set(['儿子', '父亲', '丈夫', '兄弟', '孙子'])

/** 他 or 她 for a kin word from the invitation or kinOfFiler (女儿 → 她); '对方' when the word says no sex (亲属). */
export function pronounOfKin(kin: string): string {
  if (FEMALE_KIN.has(kin)) return '她'
  if (MALE_KIN.has(kin)) return '他'
  return '对方'
}

/**
 * A family member as a card's title names them to the filer: '母亲刘桂芳' when the kin word is a
 * person's (kinOfMember: 父亲, 女儿 …), so the proxy sees at once whose card it is (a trial: 刘桂芳
 * alone); the name alone for a relation's label (祖父母, 其他亲属) or no kin word.
 */
export function kinAndName(kin: string | undefined, name: string): string {
  return kin && pronounOfKin(kin) !== '对方' ? `${kin}${name}` : name
}
