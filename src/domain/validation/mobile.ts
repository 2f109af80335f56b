import { fail, ok, type Result } from '../errors'

/** Mainland mobile number: 11 digits starting 1[3-9] (SPEC §9). Spaces and dashes are ignored. */
export function checkMobile(input: string): Result<string> {
  const phone = input.replace(/[\s-]/g, '')
  if (phone === '') return fail('REQUIRED', '请填写手机号码')
  if (!/^1[3-9]\d{9}$/.test(phone)) {
    return fail('MOBILE_INVALID', '手机号码应为 11 位数字、以 13–19 开头，请检查后重新输入')
  }
  return ok(phone)
}
