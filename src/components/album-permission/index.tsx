import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import './album-permission.scss'

export interface AlbumPermissionProps {
  visible: boolean
  /** The person came back from the settings page with 保存到相册 allowed: save again. */
  onGranted: () => void
  /** Closed, or came back still without the permission. */
  onClose: () => void
}

/** Whether a failed `saveImageToPhotosAlbum` was a refused permission (WeChat's errMsg wording). */
export function isAlbumPermissionRefused(error: unknown): boolean {
  const msg = (error as { errMsg?: unknown } | null)?.errMsg
  return typeof msg === 'string' && /auth den|authorize:fail|authorize no response|privacy permission is not authorized/i.test(msg)
}

/**
 * Once a person has said no to 保存到相册, WeChat never asks again: only its settings page can
 * turn it back on, and only a button with `open-type="openSetting"` may open that page. This
 * sheet says why the app wants the permission and offers that button; it reports the answer.
 */
export default function AlbumPermission({ visible, onGranted, onClose }: AlbumPermissionProps) {
  if (!visible) return null
  return (
    <View className='album-permission' id='album-permission'>
      <View className='album-permission__sheet'>
        <Text className='album-permission__title'>需要您允许“保存到相册”</Text>
        <Text className='album-permission__text'>
          回执图片要存进手机相册，才能在没有网络时给医院或家人看。您之前没有允许，所以这次没有保存。
        </Text>
        <Text className='album-permission__text'>点下面的按钮，在设置里打开“添加到相册”，回来后会自动再保存一次。</Text>
        <Button
          type='primary'
          size='xlarge'
          block
          id='album-open-setting'
          openType='openSetting'
          onOpenSetting={(e) => {
            const granted = Boolean((e.detail as { authSetting?: Record<string, boolean> }).authSetting?.['scope.writePhotosAlbum'])
            if (granted) onGranted()
            else onClose()
          }}
        >
          去设置里允许
        </Button>
        <Button size='xlarge' block className='album-permission__later' id='album-later' onClick={onClose}>
          先不保存（记下备案号也可以）
        </Button>
      </View>
    </View>
  )
}
