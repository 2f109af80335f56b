import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import { goHome } from '@/lib/navigation'
import { ApiError } from '@/services/api-error'
import { deleteMyData, type DeletionResult } from '@/services/privacy'
import { ensureSession } from '@/services/session'
import { forgetPersonalData } from '@/stores/forget-personal-data'
import { tappable } from '@/lib/a11y'

/** What the confirm dialog says, plainly: what goes, what stays and why. */
export const DELETE_WHAT =
  '将删除：您的实名信息；您添加的家人，和发出的邀请、授权；还没用在备案里的照片；消息提醒设置；这台手机上保存的草稿。您给家人的代办授权也会撤销。'
export const KEEP_WHAT =
  '会保留：已经提交的备案和它们的材料。这是医保经办机构的业务档案，要按规定保存（苏医保发〔2022〕75号 第五十八条）；删除后它们和您的微信断开，仍可用备案号和身份证后 6 位在“进度查询”里查看。'

/** 撤回同意并删除我的信息: a confirm dialog, DELETE /api/me, then nothing personal stays on the phone. */
export default function DeleteMyData() {
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<DeletionResult | null>(null)

  async function confirm() {
    setBusy(true)
    setError(null)
    try {
      await ensureSession()
      const result = await deleteMyData()
      forgetPersonalData()
      setDone(result)
      setOpen(false)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '没有删除成功，请稍后再试。')
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <View className='privacy__section privacy__done' id='privacy-deleted'>
        <Text className='privacy__section-title'>已撤回同意，您的信息已删除</Text>
        <Text className='privacy__text'>
          {done.kept.filings > 0
            ? `已提交的 ${done.kept.filings} 份备案作为医保经办机构的档案保留，可以用“进度查询”查看。`
            : '没有需要保留的备案。'}
        </Text>
        <Button size='xlarge' block className='privacy__home' id='privacy-home' onClick={() => void goHome()}>
          返回首页
        </Button>
      </View>
    )
  }

  const footer = (
    <View className='privacy__dialog-footer'>
      <View
        className={`privacy__dialog-confirm${busy ? ' privacy__dialog-confirm--busy' : ''}`}
        id='privacy-delete-confirm'
        {...tappable(null, () => !busy && void confirm())}
      >
        <Text>{busy ? '请稍等…' : '确认删除'}</Text>
      </View>
      <Button size='xlarge' block className='privacy__dialog-keep' id='privacy-delete-keep' onClick={() => setOpen(false)}>
        不删了
      </Button>
    </View>
  )

  return (
    <View className='privacy__section privacy__withdraw' id='privacy-withdraw'>
      <Text className='privacy__section-title'>撤回同意并删除我的信息</Text>
      <Text className='privacy__text'>不想再用网上办理了，可以撤回同意，删除您在这里留下的信息。</Text>
      <Button size='xlarge' block className='privacy__delete' id='privacy-delete' onClick={() => setOpen(true)}>
        撤回同意并删除我的信息
      </Button>
      <Dialog className='privacy__dialog' visible={open} title='确定删除吗？' footer={footer} closeOnOverlayClick={false} onClose={() => setOpen(false)}>
        <View className='privacy__dialog-body' id='privacy-delete-dialog'>
          <Text className='privacy__dialog-text'>{DELETE_WHAT}</Text>
          <Text className='privacy__dialog-text'>{KEEP_WHAT}</Text>
          <Text className='privacy__dialog-text privacy__dialog-text--strong'>删除后不能恢复。</Text>
          {error ? (
            <Text className='privacy__dialog-error' id='privacy-delete-error'>
              {error}
            </Text>
          ) : null}
        </View>
      </Dialog>
    </View>
  )
}
