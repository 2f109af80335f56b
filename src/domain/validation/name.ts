import { fail, ok, type Result } from '../errors'

/**
 * A name as on the ID card: 2–30 Chinese characters, with the middle dot used in the names of
 * some ethnic minorities (·, •, ・).
 */
export function checkName(input: string): Result<string> {
  const name = input.trim().replace(/[•・]/g, '·')
  if (name === '') return fail('REQUIRED', '请填写姓名')
  if (!/^[\u3400-\u9fff\uf900-\ufaff](?:[\u3400-\u9fff\uf900-\ufaff·]{0,28})[\u3400-\u9fff\uf900-\ufaff]$/.test(name)) {
    return fail('NAME_INVALID', '请填写身份证上的中文姓名（2 个字以上，不要带空格或字母）')
  }
  return ok(name)
}
