import { now } from '@/lib/clock'
import { View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button, Toast } from '@nutui/nutui-react-taro'
import BasisNote from '@/components/basis-note'
import PageRoot from '@/components/page-root'
import HelpLine from '@/components/help-line'
import { effectiveAuthorizationStatus } from '@/domain/family'
import { REVIEW_WORKING_DAYS } from '@/domain/review'
import { replacePage } from '@/lib/navigation'
import { roleAttr, tappable } from '@/lib/a11y'
import { scrollPageToTop } from '@/lib/page-scroll'
import { AUTHORIZATION_CITATIONS, HOME_URL, LIST_URL, authorizationLetterText, chinaDateTime } from '../../shared/family-text'
import DocumentSection, { useSignedLetter } from './document-section'
import InvitationSection, { useInvite } from './invitation-section'
import { TOAST_ID, backToList, useAuthorize } from './use-authorize'
import './index.scss'
import { citationScopeFor } from '@/domain/citation'
import { faceVerificationAvailable } from '@/lib/verify-means'
import { getAuthorizationLetter } from '@/services/family'
import { keptInvitationFor, useSentInvitationsStore } from '@/stores/use-sent-invitations-store'

const SHARE_TITLE = '请确认让我帮您办异地就医备案'

/** What is done: the heading and the line under it (in the page's live region). */
function AuthorizeDone({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <View className='flow__section authorize__done' id={id}>
      <Text className='flow__title'>{title}</Text>
      <Text className='flow__text'>{text}</Text>
    </View>
  )
}

/**
 * 请家人授权: a composition of the member's status, the choice of method and the section of the
 * chosen way (发邀请 or 上传签好的授权委托书); the shared state lives in useAuthorize.
 */
export default function FamilyAuthorize() {
  const { params } = useRouter()
  const { state, load, retry, setMember, me, method, setMethod, invitation, setInvitation, submitted, setSubmitted } = useAuthorize(params)
  const reload = () => void load()
  const sent = useSentInvitationsStore((s) => s.sent)
  const keep = useSentInvitationsStore((s) => s.keep)
  const inviting = useInvite((made, member) => {
    if (made) {
      setInvitation(made)
      // Kept on this phone: the link can be shown and sent again after leaving the page (a trial).
      keep(member.id, made)
    }
    setMember(member)
  }, reload)
  // The invitation made here, or the one this phone made before that the member has yet to answer.
  const shown = invitation ?? (state.kind === 'ready' ? keptInvitationFor(sent, state.member, now()) : null)
  const signed = useSignedLetter((member) => {
    setMember(member)
    setSubmitted(true)
    // 提交审核 was at the foot of a long page: 已提交 ✓ is shown from the page's top.
    scrollPageToTop()
  }, reload)

  // WeChat's share (the 发给家人 button and the menu): the invitation once there is one.
  useShareAppMessage(() => (shown ? { title: SHARE_TITLE, path: shown.path } : { title: '异地就医备案', path: HOME_URL }))

  // The letter to print, with both ID numbers in full from the server's records (the app holds
  // only a masked copy of the member's); until it comes, or if it cannot, the local one with a blank.
  const [letter, setLetter] = useState<string | null>(null)
  const memberId = state.kind === 'ready' ? state.member.id : null
  const ownIdNumber = me?.profile?.idNumber ?? ''
  useEffect(() => {
    if (memberId === null) return undefined
    let live = true
    getAuthorizationLetter(memberId)
      .then((r) => {
        if (live) setLetter(r.text)
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [memberId, ownIdNumber])

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
            <Button type='primary' size='xlarge' block onClick={retry} id='authorize-retry'>
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
  const template = letter ?? authorizationLetterText(m.name, me?.profile?.name ?? '', me?.profile?.idNumber ?? '')
  const choice = (selected: boolean) => `flow__choice${selected ? ' flow__choice--selected' : ''}`

  const done = submitted
    ? { id: 'document-submitted', title: '已提交 ✓', text: `工作人员审核，一般 ${REVIEW_WORKING_DAYS} 个工作日；通过后就能代办。审核结果会在“家人代办”里显示。` }
    : status === 'ACTIVE'
      ? { id: 'authorize-active', title: '已授权 ✓', text: `${m.name}已经同意由您代办，现在就可以替家人办理备案。` }
      : null

  return (
    <PageRoot className='flow authorize'>
      <Toast id={TOAST_ID} />
      {/*
        Always on the page, empty until there is an outcome: a screen reader reads what appears in
        it (已提交 ✓ after 提交审核). The form gives way to it and the way back to the list.
      */}
      <View id='authorize-announce' aria-live='polite' {...roleAttr('status')}>
        {done ? <AuthorizeDone {...done} /> : null}
      </View>
      {done ? (
        <View className='authorize__footer'>
          <Button type='primary' size='xlarge' block onClick={backToList} id='authorize-done'>
            返回家人列表
          </Button>
        </View>
      ) : (
        <>
          <View className='flow__section'>
            <Text className='flow__title'>请{m.name}授权</Text>
            <Text className='flow__text'>
              替家人办理备案，要有家人本人的同意（授权委托书）。下面两种办法，选一种就行。
            </Text>
            <BasisNote name='authorization' citations={AUTHORIZATION_CITATIONS} scope={citationScopeFor(AUTHORIZATION_CITATIONS, m.insuredRegion)} insuredRegion={m.insuredRegion} />
          </View>

          {status === 'PENDING_INVITE' && !shown ? (
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
              <Text className='flow__choice-label'>发邀请，让家人在自己的手机上确认{faceVerificationAvailable() ? '（最快）' : ''}</Text>
              <Text className='flow__choice-help'>家人在自己的手机上确认是本人（实人认证）后点“同意”，就能代办。</Text>
            </View>
            <View className={choice(method === 'DOCUMENT')} id='method-DOCUMENT' {...tappable(null, () => setMethod('DOCUMENT'), { role: 'radio', checked: method === 'DOCUMENT' })}>
              <Text className='flow__choice-label'>上传签好的授权委托书</Text>
              <Text className='flow__choice-help'>家人不会用手机的，签个字拍照上传，工作人员审核后就能代办。</Text>
            </View>
          </View>

          {method === 'INVITATION' ? (
            <InvitationSection member={m} status={status} invitation={shown} inviting={inviting} />
          ) : (
            <DocumentSection member={m} template={template} signed={signed} />
          )}
        </>
      )}
    </PageRoot>
  )
}
