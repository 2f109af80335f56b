import { AppError } from '@server/errors'

export { resolveInsuredRegion } from '@/domain/regions'

/** The 404 for a 6-digit code that is no 参保地 the product knows. */
export function regionUnknown(code: string): AppError {
  return new AppError(404, 'REGION_UNKNOWN', `地区代码 ${code} 不在参保地名单里，请从列表中重新选择参保的省和市`)
}
