// Why over 300 lines: the invitation path and the signed-letter path of one authorisation share the member, its status and the upload state.
import { useCallback, useState } from 'react'
import { now } from '@/lib/clock'
import { View, Text } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button, Toast } from '@nutui/nutui-react-taro'
import BasisNote from '@/components/basis-note'
import MaterialCard, { type MaterialCardFile } from '@/components/material-card'
import PageRoot from '@/components/page-root'
import HelpLine from '@/components/help-line'
import { INVITATION_TTL_DAYS, effectiveAuthorizationStatus, type AuthorizationMethod, type FamilyMemberView } from '@/domain/family'
import { MATERIALS, type MaterialRequirement } from '@/domain/materials'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import { useMaterialUpload } from '@/hooks/use-material-upload'
import { ApiError } from '@/services/api-error'
import { listFamilyMembers, requestAuthorization } from '@/services/family'
import { ensureSession } from '@/services/session'
import { useMeStore } from '@/stores/use-me-store'
import {
  AUTHORIZATION_CITATIONS, HOME_URL, LIST_URL, authorizationLetterText, chinaDateTime, errorText,
} from '../../shared/family-text'
import './index.scss'
import { replacePage, goBack } from '@/lib/navigation'
import { tappable } from '@/lib/a11y'

type LoadState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'not-found' }
  | { kind: 'ready'; member: FamilyMemberView }

interface Invitation {
  path: string
  expiresAt: string
}

const TOAST_ID = 'family-authorize-toast'
const SHARE_TITLE = '请确认让我帮您办异地就医备案'

function showToast(content: string) {
  Toast.show(TOAST_ID, { content, duration: 2.5 })
}

/** What the family member opens: the full web address in H5, the mini-program page in WeChat. */
function invitationLink(path: string): string {
  if (process.env.TARO_ENV === 'h5') return `${window.location.origin}${path}`
  return path
}

function backToList() {
  void goBack(LIST_URL)
}

const LETTER: MaterialRequirement = {
  id: 'AUTHORIZATION',
  title: '签好的授权委托书',
  explanation: '用下面的模板写好或打印出来，请家人本人签名（或按手印），再拍一张照片。',
  oneOf: [MATERIALS.AUTHORIZATION_LETTER],
  commitmentInstead: false,
  citations: AUTHORIZATION_CITATIONS,
}

const ID_PHOTO: MaterialRequirement = {
  id: 'IDENTITY',
  title: '家人的身份证照片',
  explanation: '家人本人的身份证，用来核对是家人本人签的字。',
  oneOf: [
    {
      ...MATERIALS.ID_DOCUMENT,
      // One photo here, both sides side by side (the server takes one idPhotoUploadId).
      sides: undefined,
      name: '家人的身份证',
      explanation: '把身份证正面（有照片）和反面（有有效期）并排放好，拍在一张照片里。',
      photoTips: ['正面和反面都要拍进去', '四个角都拍进去，字看得清，不反光、不模糊'],
    },
  ],
  commitmentInstead: false,
  citations: AUTHORIZATION_CITATIONS,
}

export default function FamilyAuthorize() {
  const { params } = useRouter()
  const memberId = params.id ?? ''
  const [state, setState] = useState<LoadState>({ kind: 'loading' })
  const [method, setMethod] = useState<AuthorizationMethod>(params.method === 'DOCUMENT' ? 'DOCUMENT' : 'INVITATION')
  const [invitation, setInvitation] = useState<Invitation | null>(null)
  const [inviting, setInviting] = useState(false)
  const [inviteError, setInviteError] = useState<string | null>(null)
  const [letter, setLetter] = useState<MaterialCardFile | null>(null)
  const [idPhoto, setIdPhoto] = useState<MaterialCardFile | null>(null)
  const [showMissing, setShowMissing] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [docError, setDocError] = useState<string | null>(null)
  const [docFields, setDocFields] = useState<Record<string, string>>({})
  const [submitted, setSubmitted] = useState(false)
  const upload = useMaterialUpload()
  const me = useMeStore((s) => s.me)
  const loadMe = useMeStore((s) => s.load)

  const load = useCallback(async () => {
    try {
      await ensureSession()
      const { members } = await listFamilyMembers()
      const member = members.find((m) => m.id === memberId)
      setState(member ? { kind: 'ready', member } : { kind: 'not-found' })
    } catch (e) {
      setState({ kind: 'error', message: errorText(e, '没能读取这位家人，请稍后再试。') })
    }
    void loadMe()
  }, [memberId, loadMe])
  useLoadOnShow(load)

  // WeChat's share (the 发给家人 button and the menu): the invitation once there is one.
  useShareAppMessage(() => (invitation ? { title: SHARE_TITLE, path: invitation.path } : { title: '异地就医备案', path: HOME_URL }))

  async function invite(member: FamilyMemberView) {
    setInviting(true)
    setInviteError(null)
    try {
      const result = await requestAuthorization(member.id, { method: 'INVITATION' })
      if (result.invitation) setInvitation({ path: result.invitation.path, expiresAt: result.invitation.expiresAt })
      setState({ kind: 'ready', member: { ...member, authorization: result.authorization } })
    } catch (e) {
      setInviteError(errorText(e, '邀请没有发出去，请稍后再试。'))
      if (e instanceof ApiError && e.status === 409) void load()
    } finally {
      setInviting(false)
    }
  }

  async function pick(which: 'letter' | 'id') {
    const picked = await upload.pick(which === 'letter' ? 'AUTHORIZATION_LETTER' : 'ID_DOCUMENT')
    if (!picked) return
    const file = { id: picked.upload.id, localPath: picked.localPath }
    setDocError(null)
    if (which === 'letter') {
      setLetter(file)
      setDocFields(({ letterUploadId: _d, ...rest }) => rest)
    } else {
      setIdPhoto(file)
      setDocFields(({ idPhotoUploadId: _d, ...rest }) => rest)
    }
  }

  async function submitDocument(member: FamilyMemberView) {
    setShowMissing(true)
    setDocError(null)
    if (!letter || !idPhoto) return
    setSubmitting(true)
    try {
      const result = await requestAuthorization(member.id, { method: 'DOCUMENT', letterUploadId: letter.id, idPhotoUploadId: idPhoto.id })
      setState({ kind: 'ready', member: { ...member, authorization: result.authorization } })
      setSubmitted(true)
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fields).length > 0) setDocFields(e.fields)
      setDocError(errorText(e, '提交没有成功，请稍后再试。'))
      if (e instanceof ApiError && e.status === 409) void load()
    } finally {
      setSubmitting(false)
    }
  }

  function copy(data: string, done: string) {
    Taro.setClipboardData({ data })
      .then(() => showToast(done))
      .catch(() => showToast('没能复制，请长按文字复制'))
  }

  if (state.kind === 'loading') {
    return (
      <PageRoot className='flow authorize'>
        <Text className='authorize__status' id='authorize-loading'>正在读取，请稍等…</Text>
      </PageRoot>
    )
  }

  if (state.kind === 'error' || state.kind === 'not-found') {
    const notFound = state.kind === 'not-found'
    return (
      <PageRoot className='flow authorize'>
        <Text className='flow__error' id={notFound ? 'authorize-not-found' : 'authorize-error'}>
          {notFound ? '没有找到这位家人，可能已经删除了。请回到家人列表看看。' : state.message}
        </Text>
        <View className='authorize__footer'>
          {notFound ? (
            <Button type='primary' size='xlarge' block onClick={() => replacePage(LIST_URL)} id='authorize-back'>
              返回家人列表
            </Button>
          ) : (
            <Button type='primary' size='xlarge' block onClick={() => { setState({ kind: 'loading' }); void load() }} id='authorize-retry'>
              再试一次
            </Button>
          )}
        </View>
        <HelpLine name='error' />
      </PageRoot>
    )
  }

  const m = state.member
  const a = m.authorization
  const status = a ? effectiveAuthorizationStatus(a.status, a.expiresAt, now()) : null
  const myName = me?.profile?.name ?? ''
  const template = authorizationLetterText(m.name, myName, me?.profile?.idNumber ?? '')
  const choice = (selected: boolean) => `flow__choice${selected ? ' flow__choice--selected' : ''}`
  const isWeapp = process.env.TARO_ENV === 'weapp'

  if (submitted) {
    return (
      <PageRoot className='flow authorize'>
        <View className='flow__section authorize__done' id='document-submitted'>
          <Text className='flow__title'>已提交 ✓</Text>
          <Text className='flow__text'>已提交，工作人员审核后就能代办。审核结果会在“家人代办”里显示。</Text>
        </View>
        <View className='authorize__footer'>
          <Button type='primary' size='xlarge' block onClick={backToList} id='authorize-done'>
            返回家人列表
          </Button>
        </View>
      </PageRoot>
    )
  }

  if (status === 'ACTIVE') {
    return (
      <PageRoot className='flow authorize'>
        <View className='flow__section authorize__done' id='authorize-active'>
          <Text className='flow__title'>已授权 ✓</Text>
          <Text className='flow__text'>{m.name}已经同意由您代办，现在就可以替家人办理备案。</Text>
        </View>
        <View className='authorize__footer'>
          <Button type='primary' size='xlarge' block onClick={backToList} id='authorize-done'>
            返回家人列表
          </Button>
        </View>
      </PageRoot>
    )
  }

  return (
    <PageRoot className='flow authorize'>
      <Toast id={TOAST_ID} />
      <View className='flow__section'>
        <Text className='flow__title'>请{m.name}授权</Text>
        <Text className='flow__text'>
          替家人办理备案，要有家人本人的同意（授权委托书）。下面两种办法，选一种就行。
        </Text>
        <BasisNote name='authorization' citations={AUTHORIZATION_CITATIONS} />
      </View>

      {status === 'PENDING_INVITE' && !invitation ? (
        <Text className='flow__notice' id='authorize-pending-invite'>
          之前发的邀请还在等{m.name}确认{a?.expiresAt ? `（${chinaDateTime(a.expiresAt)} 前有效）` : ''}。再发一次会生成新的链接，之前的链接就不能用了。
        </Text>
      ) : null}
      {status === 'PENDING_REVIEW' ? (
        <Text className='flow__notice' id='authorize-pending-review'>
          您上传的授权委托书正在审核，审核通过后就能代办，不用再做什么。
        </Text>
      ) : null}
      {status === 'REJECTED' && a ? (
        <View className='flow__error' id='authorize-rejected'>
          <Text className='authorize__line'>授权委托书没有通过审核：</Text>
          {a.reasons.map((r, i) => (
            <Text key={`${i}-${r}`} className='authorize__line'>
              · {r}
            </Text>
          ))}
          <Text className='authorize__line'>请改好后重新上传，或者改用发邀请的办法。</Text>
        </View>
      ) : null}

      <View className='flow__section'>
        <View className={choice(method === 'INVITATION')} id='method-INVITATION' {...tappable(null, () => setMethod('INVITATION'), { role: 'radio', checked: method === 'INVITATION' })}>
          <Text className='flow__choice-label'>{method === 'INVITATION' ? '✓ ' : ''}发邀请，让家人在自己的微信里确认（最快）</Text>
          <Text className='flow__choice-help'>家人点一下“同意”就好，马上就能代办。</Text>
        </View>
        <View className={choice(method === 'DOCUMENT')} id='method-DOCUMENT' {...tappable(null, () => setMethod('DOCUMENT'), { role: 'radio', checked: method === 'DOCUMENT' })}>
          <Text className='flow__choice-label'>{method === 'DOCUMENT' ? '✓ ' : ''}上传签好的授权委托书</Text>
          <Text className='flow__choice-help'>家人不用微信的，签个字拍照上传，工作人员审核后就能代办。</Text>
        </View>
      </View>

      {method === 'INVITATION' ? (
        <View className='flow__section' id='invitation-section'>
          <Text className='flow__title'>发邀请给{m.name}</Text>
          {invitation ? null : <Text className='flow__text'>1. 点下面的按钮，生成一个邀请。</Text>}
          <Text className='flow__text'>{invitation ? '' : '2. '}把邀请发给{m.name}，请家人用自己的微信打开，点“同意”。</Text>
          <Text className='flow__text'>{m.name}要先在自己的微信里填好实名信息，邀请 {INVITATION_TTL_DAYS} 天内有效。</Text>

          {invitation ? (
            <View className='authorize__invitation' id='invitation-ready'>
              <Text className='authorize__label'>邀请已生成，{chinaDateTime(invitation.expiresAt)} 前有效：</Text>
              <Text className='authorize__link' id='invitation-link' userSelect>
                {invitationLink(invitation.path)}
              </Text>
              {isWeapp ? (
                <Button type='primary' size='xlarge' block openType='share' id='share-invitation'>
                  发给家人
                </Button>
              ) : null}
              <Button
                type={isWeapp ? 'default' : 'primary'}
                size='xlarge'
                block
                className={isWeapp ? 'flow__secondary' : ''}
                id='copy-link'
                onClick={() => copy(invitationLink(invitation.path), '链接已复制，可以粘贴到微信里发给家人')}
              >
                复制链接
              </Button>
              <Text className='flow__text authorize__after'>
                {isWeapp ? '点“发给家人”，在微信里选' : '复制后，粘贴到微信里发给'}{m.name}。家人点“同意”以后，家人列表里会显示“已授权”。
              </Text>
              <Button size='xlarge' block className='flow__secondary' onClick={backToList} id='invitation-done'>
                发好了，返回家人列表
              </Button>
            </View>
          ) : (
            <View className='authorize__actions'>
              {inviteError ? (
                <Text className='authorize__problem' id='invite-error'>
                  {inviteError}
                </Text>
              ) : null}
              <Button type='primary' size='xlarge' block loading={inviting} onClick={() => !inviting && void invite(m)} id='invite'>
                {status === 'PENDING_INVITE' ? '重新发送邀请' : '生成邀请'}
              </Button>
            </View>
          )}
        </View>
      ) : (
        <View id='document-section'>
          <View className='flow__section'>
            <Text className='flow__title'>授权委托书模板</Text>
            <Text className='flow__text'>照着写一份，或者复制后打印出来。请{m.name}本人签名（或按手印），写上日期。</Text>
            <View className='authorize__template' id='letter-template'>
              {template.split('\n').map((line, i) => (
                <Text key={i} className='authorize__template-line' userSelect>
                  {line || ' '}
                </Text>
              ))}
            </View>
            <Button size='xlarge' block onClick={() => copy(template, '模板已复制')} id='copy-template'>
              复制模板
            </Button>
          </View>

          {upload.error ? (
            <Text className='flow__error' id='upload-error'>
              {upload.error}
            </Text>
          ) : null}

          {([['letter', LETTER, letter, setLetter, 'letterUploadId'], ['id', ID_PHOTO, idPhoto, setIdPhoto, 'idPhotoUploadId']] as const).map(
            ([which, requirement, file, setFile, field]) => (
              <MaterialCard
                key={which}
                requirement={requirement}
                files={file ? [file] : []}
                done={file !== null}
                busy={upload.busy}
                showOptions={file === null}
                onPick={() => void pick(which)}
                onRemove={() => setFile(null)}
              >
                {docFields[field] ? (
                  <Text className='authorize__problem' id={`error-${field}`}>
                    {docFields[field]}
                  </Text>
                ) : showMissing && !file ? (
                  <Text className='authorize__problem'>还没有上传这一项</Text>
                ) : null}
              </MaterialCard>
            ),
          )}

          {docError ? (
            <Text className='flow__error' id='document-error'>
              {docError}
            </Text>
          ) : null}

          <View className='authorize__footer'>
            <Button
              type='primary'
              size='xlarge'
              block
              loading={submitting}
              disabled={upload.busy !== null}
              onClick={() => !submitting && void submitDocument(m)}
              id='submit-document'
            >
              提交审核
            </Button>
          </View>
        </View>
      )}
    </PageRoot>
  )
}
