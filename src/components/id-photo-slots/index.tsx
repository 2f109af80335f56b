import { Image, View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { MATERIALS } from '@/domain/materials'
import type { VerificationPhotoPurpose } from '@/domain/verification'
import './id-photo-slots.scss'

export const PHOTO_SLOTS: readonly VerificationPhotoPurpose[] = ['ID_CARD_FRONT', 'ID_CARD_BACK', 'ID_CARD_HOLDING']

export interface IdPhotoSlotsProps {
  /**
   * Per slot once uploaded: the path that shows the photo now, or '' while it cannot be shown (kept
   * from before the app was closed and not fetched again yet, or not to be fetched): the slot then
   * says it in words instead of a broken picture (a trial read one as a failed upload).
   */
  photos: Partial<Record<VerificationPhotoPurpose, string>>
  /** The slot being uploaded now: its button spins, the others wait. */
  busy: VerificationPhotoPurpose | null
  onPick: (slot: VerificationPhotoPurpose) => void
}

/**
 * The staff-checked path's three photos (正面 / 反面 / 手持), one large slot each with what the
 * photo must show. Presentational: the page uploads and keeps the photos.
 */
export default function IdPhotoSlots({ photos, busy, onPick }: IdPhotoSlotsProps) {
  return (
    <View className='id-photos'>
      {PHOTO_SLOTS.map((slot) => {
        const item = MATERIALS[slot]
        const path = photos[slot]
        const photo = path !== undefined
        return (
          <View key={slot} className='id-photos__slot' id={`slot-${slot}`}>
            <View className='id-photos__head'>
              <Text className='id-photos__name'>{item.name}</Text>
              <Text className={photo ? 'id-photos__done' : 'id-photos__todo'}>{photo ? '✓ 已上传' : '还没传'}</Text>
            </View>
            <Text className='id-photos__text'>{item.explanation}</Text>
            <Text className='id-photos__tips'>拍照要求：{item.photoTips.join('；')}</Text>
            {path ? <Image className='id-photos__thumb' src={path} mode='aspectFill' ariaLabel={`${item.name}照片`} imgProps={{ alt: `${item.name}照片` }} /> : null}
            {photo && !path ? (
              <Text className='id-photos__text' id={`slot-${slot}-saved`}>
                照片已经传好了，这里暂时显示不出来，不用重新拍。
              </Text>
            ) : null}
            <Button size='large' block id={`pick-${slot}`} loading={busy === slot} disabled={busy !== null} onClick={() => onPick(slot)}>
              {photo ? '重新拍' : '拍照或从相册选'}
            </Button>
          </View>
        )
      })}
    </View>
  )
}
