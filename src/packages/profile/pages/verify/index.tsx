import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Toast } from '@nutui/nutui-react-taro'
import IdPhotoSlots, { PHOTO_SLOTS } from '@/components/id-photo-slots'
import NeedsProfile from '@/components/needs-profile'
import PageRoot from '@/components/page-root'
import type { VerificationPhotoPurpose, VerificationView } from '@/domain/verification'
import { useMaterialUpload } from '@/hooks/use-material-upload'
import { useShownPhotos } from '@/hooks/use-shown-photos'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import { ApiError } from '@/services/api-error'
import { submitVerification } from '@/services/me'
import { useMeStore } from '@/stores/use-me-store'
import { useVerificationDraftStore } from '@/stores/use-verification-draft-store'
import { faceVerificationAvailable } from '@/lib/verify-means'
import { runFaceVerification } from './face'
import './index.scss'
import { useRouter } from '@tarojs/taro'
import { goBack, openPage } from '@/lib/navigation'
import { roleAttr } from '@/lib/a11y'
import { scrollPageToTop } from '@/lib/page-scroll'
import { PURPOSES, returnTo } from '../../shared/purposes'

const showToast = (content: string) => Toast.show('verify-toast', { content, duration: 3 })

/**
 * 实人认证 (issue 11): in WeChat, face verification with the name and ID number of 实名信息;
 * in H5, or when the face does not pass, photos of both sides of the ID card and one holding it,
 * checked by staff. The server decides; the page only shows what it answers.
 */
const FILING_START_URL = '/packages/filing/pages/start/index'

export default function VerifyPage() {
  // Opened from a flow (`?for=filing` …): after the photos are sent, the way back to it comes first
  // (back down the stack to it, past 实名信息 when that is between: openPage).
  const params = useRouter()?.params ?? {}
  const purpose = PURPOSES[params.for ?? '']
  const me = useMeStore((s) => s.me)
  const loading = useMeStore((s) => s.loading)
  const load = useMeStore((s) => s.load)
  const { busy, error: uploadError, pick } = useMaterialUpload()
  // Kept through a reload (persisted), like the filing materials draft.
  const photos = useVerificationDraftStore((s) => s.photos)
  const setPhoto = useVerificationDraftStore((s) => s.setPhoto)
  const clearPhotos = useVerificationDraftStore((s) => s.clear)
  // The kept paths are of an earlier launch (an H5 blob, a weapp temporary file): shown from this
  // launch's pick, or fetched again from the server (a trial: broken pictures after reopening).
  const shownPhotos = useShownPhotos(PHOTO_SLOTS.flatMap((slot) => (photos[slot] ? [{ ...photos[slot], slot }] : [])))
  const slotPaths: Partial<Record<VerificationPhotoPurpose, string>> = Object.fromEntries(shownPhotos.map((p) => [p.slot, p.localPath]))
  const [sending, setSending] = useState(false)
  const [shown, setShown] = useState<VerificationView | null>(null)
  const face = faceVerificationAvailable()

  useLoadOnShow(load)

  useEffect(() => {
    if (uploadError) showToast(uploadError)
  }, [uploadError])

  const profile = me?.profile ?? null
  if (!profile) return <NeedsProfile loading={loading} why='实人认证核对的是您填的姓名和身份证号。请先填好实名信息。' />
  const verification = shown ?? me?.verification ?? null

  // The page switches in place to the outcome (等待人工核对 or 已认证): shown from the page's
  // top, where its heading is, not from the send button at the foot of the photos.
  const done = async (view: VerificationView) => {
    setShown(view)
    scrollPageToTop()
    await load()
  }

  const onFace = async () => {
    const result = await runFaceVerification(profile.name, profile.idNumber)
    if ('error' in result) {
      showToast(result.error)
      return
    }
    setSending(true)
    try {
      await done((await submitVerification({ provider: 'WECHAT_FACE', verifyResult: result.verifyResult })).verification)
    } catch (e) {
      showToast(e instanceof ApiError ? e.message : '暂时没连上服务器，请稍后再试')
    } finally {
      setSending(false)
    }
  }

  const onPick = async (slot: VerificationPhotoPurpose) => {
    const picked = await pick(slot)
    if (picked) setPhoto(slot, { id: picked.upload.id, localPath: picked.localPath })
  }

  const allPhotos = PHOTO_SLOTS.every((slot) => photos[slot])
  const onSendPhotos = async () => {
    const [front, back, holding] = PHOTO_SLOTS.map((slot) => photos[slot])
    if (!front || !back || !holding) return
    setSending(true)
    try {
      const body = { provider: 'STAFF' as const, idFrontUploadId: front.id, idBackUploadId: back.id, holdingUploadId: holding.id }
      await done((await submitVerification(body)).verification)
      clearPhotos()
    } catch (e) {
      showToast(e instanceof ApiError ? e.message : '提交没有成功，请稍后再试')
    } finally {
      setSending(false)
    }
  }

  const status = verification?.status ?? 'UNVERIFIED'
  return (
    <PageRoot className='verify'>
      <Toast id='verify-toast' />
      {/* A live region from the start: a screen reader reads the new status once the photos are sent. */}
      <View className='verify__status' id='verify-status' aria-live='polite' {...roleAttr('status')}>
        <Text className='verify__status-label'>实人认证：{verification?.statusLabel ?? '未认证'}</Text>
        <Text className='verify__text'>
          {status === 'VERIFIED'
            ? `已确认是${profile.name}本人。以后办的备案马上就能生效。`
            : status === 'PENDING'
              ? '照片已经交给工作人员核对，一般 1 个工作日内有结果，不用重复提交。'
              : `要确认是${profile.name}本人在办理，防止别人冒用身份证。认证只要做一次；改了姓名或身份证号要重新认证。`}
        </Text>
        {verification?.reason ? <Text className='verify__warn'>上次没通过：{verification.reason}</Text> : null}
        {verification?.conflict ? <Text className='verify__warn' id='verify-conflict'>{verification.conflict}</Text> : null}
      </View>

      {status === 'PENDING' ? (
        <View className='verify__section' id='verify-next'>
          <Text className='verify__title'>接下来</Text>
          <Text className='verify__text'>工作人员核对您的照片，一般 1 个工作日。核对好了，这一页会显示“已认证”。</Text>
          <Text className='verify__text' id='verify-while-pending'>
            {purpose?.whilePending ?? '不用在这里等，现在就可以接着办备案；核对通过以前办的备案，核对通过后就跟着办好。'}
          </Text>
        </View>
      ) : null}

      {status === 'VERIFIED' || status === 'PENDING' ? (
        <View className='verify__footer'>
          {purpose ? (
            <Button type='primary' size='xlarge' block id='verify-continue' onClick={() => void returnTo(purpose, params)}>
              {purpose.back}
            </Button>
          ) : (
            <Button type='primary' size='xlarge' block id='verify-continue' onClick={() => void openPage(FILING_START_URL)}>
              接着办备案
            </Button>
          )}
          <Button size='xlarge' block className='verify__back' id='verify-back' onClick={() => void goBack('/packages/profile/pages/edit/index')}>
            返回
          </Button>
        </View>
      ) : (
        <View>
          {face && !verification?.conflict ? (
            <View className='verify__section'>
              <Text className='verify__title'>方法一：刷脸认证（最快）</Text>
              <Text className='verify__text'>由微信核对您的脸和身份证照片，我们不保存您的人脸照片。</Text>
              <Button type='primary' size='xlarge' block id='verify-face' loading={sending} onClick={onFace}>
                开始刷脸
              </Button>
            </View>
          ) : null}
          <View className='verify__section'>
            <Text className='verify__title'>{face && !verification?.conflict ? '方法二：上传身份证照片' : '上传身份证照片'}</Text>
            <Text className='verify__text'>拍三张照片，由工作人员核对，一般 1 个工作日内有结果。可以请家人帮忙拍。</Text>
            <IdPhotoSlots photos={slotPaths} busy={busy as VerificationPhotoPurpose | null} onPick={onPick} />
          </View>
          <View className='verify__footer'>
            <Button type='primary' size='xlarge' block id='verify-send-photos' disabled={!allPhotos} loading={sending} onClick={onSendPhotos}>
              {allPhotos ? '交给工作人员核对' : '拍好三张照片才能提交'}
            </Button>
          </View>
        </View>
      )}
    </PageRoot>
  )
}
