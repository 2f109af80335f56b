import type { ContactField } from './check-contacts'

// The fields a reviewer may ask to correct, and which of them a filing left empty: no run-time
// import, so the home card (the weapp's main package, src/domain/filings/waiting.ts) reads them
// without the contact checks of corrections.ts.

/**
 * The typed fields a reviewer may ask the person to correct with a 补充材料 request (a trial: the
 * 就医地 address named another city, and the request could only ask for photos), as the person
 * reads them (004 表8 就医地联系地址, 联系电话1, 联系电话2). Listed in the form's order. The address
 * is named as the person's form, the filing's page and 变更 name it, 外地住址 (a trial: the request
 * said 就医地详细地址, the filing 外地住址, the console 就医地地址, one field under three names); the
 * console shows the form's own term beside it (外地住址（就医地联系地址）).
 */
export const CORRECTABLE_FIELDS = {
  addressAtDestination: '外地住址',
  phone1: '联系电话',
  phone2: '备用电话',
} as const satisfies Record<ContactField, string>

export type CorrectableField = keyof typeof CORRECTABLE_FIELDS

export const CORRECTABLE_FIELD_LIST = Object.keys(CORRECTABLE_FIELDS) as CorrectableField[]

/**
 * The correctable fields a filing left empty ({ phone1, phone2, addressAtDestination } as filed):
 * an emergency filing's form has no 外地住址, so a reviewer who needs it asks the person to 填写 it,
 * not to 改正 it (a trial). E.g. { phone1: '138…', phone2: null, addressAtDestination: '' } →
 * ['addressAtDestination', 'phone2'].
 */
export function emptyFields(contacts: { phone1: string; phone2?: string | null; addressAtDestination: string }): CorrectableField[] {
  return CORRECTABLE_FIELD_LIST.filter((f) => !contacts[f])
}

/**
 * Whether a request's corrections are all fields the filing left empty (emptyFields): then it is
 * 填写 and 填好, not 改正 and 改好, on the person's card, page and button and in the console.
 * False when no correction was asked. E.g. (['addressAtDestination'], ['addressAtDestination', 'phone2']) → true.
 */
export function fillsOnly(corrections: readonly CorrectableField[], filedEmpty: readonly CorrectableField[] = []): boolean {
  return corrections.length > 0 && corrections.every((f) => filedEmpty.includes(f))
}
