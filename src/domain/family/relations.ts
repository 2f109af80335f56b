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
