import { Image, View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { MATERIALS } from '@/domain/materials'
import type { VerificationPhotoPurpose } from '@/domain/verification'
import './id-photo-slots.scss'

export const PHOTO_SLOTS: readonly VerificationPhotoPurpose[] = ['ID_CARD_FRONT', 'ID_CARD_BACK', 'ID_CARD_HOLDING']

export interface IdPhotoSlotsProps {
  /** The photo on the phone per slot, once uploaded. */
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
        const photo = photos[slot]
        return (
          <View key={slot} className='id-photos__slot' id={`slot-${slot}`}>
            <View className='id-photos__head'>
              <Text className='id-photos__name'>{item.name}</Text>
              <Text className={photo ? 'id-photos__done' : 'id-photos__todo'}>{photo ? '✓ 已上传' : '还没传'}</Text>
            </View>
            <Text className='id-photos__text'>{item.explanation}</Text>
            <Text className='id-photos__tips'>拍照要求：{item.photoTips.join('；')}</Text>
            {photo ? <Image className='id-photos__thumb' src={photo} mode='aspectFill' ariaLabel={`${item.name}照片`} imgProps={{ alt: `${item.name}照片` }} /> : null}
            <Button size='large' block id={`pick-${slot}`} loading={busy === slot} disabled={busy !== null} onClick={() => onPick(slot)}>
              {photo ? '重新拍' : '拍照或从相册选'}
            </Button>
          </View>
        )
      })}
    </View>
  )
}
