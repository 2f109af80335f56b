/** Where a filing's status can be opened: the link its QR code carries (SPEC §7). */
export function statusUrl(number: string): string {
  const origin = process.env.TARO_ENV === 'h5' ? window.location.origin : API_BASE
  return `${origin}/packages/mine/pages/detail/index?number=${encodeURIComponent(number)}`
}
