/**
 * H5: the navigation helper is loaded at the first tap, not with the home page. Through Taro's
 * navigation APIs it brings Taro's interaction module (toast, modal, action sheet: 24 KB before
 * compression), which the home page never shows (README "Measured").
 */
export function openEntry(url: string): void {
  void import('@/lib/navigation').then((m) => m.openPage(url))
}
