import { fail, ok, type Result } from '@/domain/errors'

/** Mainland mobile number: 11 digits starting 1[3-9] (SPEC §9). Spaces and dashes are ignored. */
export function checkMobile(input: string): Result<string> {
  const phone = input.replace(/[\s-]/g, '')
  if (phone === '') return fail('REQUIRED', '请填写手机号码')
  if (!/^1[3-9]\d{9}$/.test(phone)) {
    return fail('MOBILE_INVALID', '手机号码应为 11 位数字、以 13–19 开头，请检查后重新输入')
  }
  return ok(phone)
}

const LANDLINE = /^0\d{2,3}-?\d{7,8}$/

/**
 * A second contact number, optional (004 表8 联系电话2): a mobile or a landline with its area code.
 * Returns the message for a wrong one, undefined when empty or right.
 */
export function checkBackupPhone(input: string | null | undefined): string | undefined {
  const phone = (input ?? '').replace(/\s/g, '')
  if (!phone || checkMobile(phone).ok || LANDLINE.test(phone)) return undefined
  return '备用电话请填 11 位手机号，或带区号的座机（如 0662-1234567）；没有可以不填'
}
