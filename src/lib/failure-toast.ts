import Taro from '@tarojs/taro'

/** A plain toast for 2.5 s (navigation's last resort in H5, loaded on demand: see navigation.ts). */
export function showFailureToast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}
