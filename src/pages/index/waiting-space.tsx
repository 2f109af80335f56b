import Taro from '@tarojs/taro'
import { Text, View } from '@/components/primitives'
import { roleAttr } from '@/lib/a11y'

/**
 * The waiting cards' place on the home page, kept while they load (a trial: the cards arrived
 * after the page was drawn and pushed everything down ~230 px, 280 px in 长辈模式; a tap aimed at
 * an entry or the footer landed on what moved under it). The height the cards took when last
 * shown on this phone, in px, per mode (长辈模式 draws them larger), is kept in Taro's storage
 * under WAITING_SPACE_KEY as `{ normal?: number, elder?: number }`: a number, nothing about the
 * person. While the first read after the page opens is under way, that space is held
 * (WaitingSpace), so cards like last time's appear without moving anything.
 */
export const WAITING_SPACE_KEY = 'beian-home-waiting-space'

type Kept = { normal?: number; elder?: number }

function readKept(): Kept {
  try {
    const raw = Taro.getStorageSync(WAITING_SPACE_KEY) as string | ''
    const parsed: unknown = raw ? JSON.parse(raw) : {}
    return parsed && typeof parsed === 'object' ? (parsed as Kept) : {}
  } catch {
    return {}
  }
}

/** The height in px the cards took when last shown in this mode; 0 when none were shown (or never measured). */
export function keptWaitingSpace(elder: boolean): number {
  const px = readKept()[elder ? 'elder' : 'normal']
  return typeof px === 'number' && Number.isFinite(px) && px > 0 ? px : 0
}

/** Keeps `px` (0: no cards) as the cards' height in this mode; unchanged values are not written again. */
export function keepWaitingSpace(elder: boolean, px: number): void {
  // To 1/100 px: a whole-px round would leave what is below to move by a fraction.
  const rounded = Number.isFinite(px) && px > 0 ? Math.round(px * 100) / 100 : 0
  const kept = readKept()
  const mode = elder ? 'elder' : 'normal'
  if ((kept[mode] ?? 0) === rounded) return
  try {
    Taro.setStorageSync(WAITING_SPACE_KEY, JSON.stringify({ ...kept, [mode]: rounded }))
  } catch {
    // storage full or unavailable: the page still works, it may move once
  }
}

/**
 * The space held for the cards while they load: `height` px, with a short line that says what is
 * happening (a polite status for a screen reader, not a card to open).
 */
export function WaitingSpace({ height }: { height: number }) {
  return (
    <View className='home__waiting-space' id='home-waiting-space' style={{ minHeight: `${height}px` }} aria-live='polite' {...roleAttr('status')}>
      <Text className='home__waiting-space-text'>正在查看有没有要您办的事…</Text>
    </View>
  )
}
