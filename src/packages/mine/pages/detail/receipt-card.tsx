import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import AlbumPermission from '@/components/album-permission'
import type { FilingView } from '@/domain/filings'
import { filingReceiptImage, saveReceiptTelling } from '@/lib/receipt/filing-receipt'

/**
 * 备案回执 on a filing's details: saves the receipt again, drawn as it stands now (its status, its
 * validity), at any time after the result page was left (a trial: a daughter had no way back to it
 * to send her father). A refused album permission opens the explanation with the settings button,
 * as on the result page; another failure says what to do instead.
 * @param toastId the page's Toast id, for the outcome
 */
export default function ReceiptCard({ filing, toastId }: { filing: FilingView; toastId: string }) {
  const [busy, setBusy] = useState(false)
  const [askAlbum, setAskAlbum] = useState(false)

  async function save() {
    setAskAlbum(false)
    setBusy(true)
    setAskAlbum(await saveReceiptTelling(() => filingReceiptImage(filing), filing.number, toastId))
    setBusy(false)
  }

  return (
    <View className='detail__card' id='detail-receipt'>
      <AlbumPermission visible={askAlbum} onGranted={() => void save()} onClose={() => setAskAlbum(false)} />
      <Text className='detail__heading'>备案回执</Text>
      <Text className='detail__text'>回执上有备案号和二维码，扫码就能查看办理进度。可以保存到手机，发给家人。</Text>
      <View className='detail__actions'>
        <Button size='xlarge' block id='detail-save-receipt' loading={busy} disabled={busy} onClick={() => void save()}>
          保存回执图片
        </Button>
      </View>
    </View>
  )
}
