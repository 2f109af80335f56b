import { useCallback, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageRoot from '@/components/page-root'
import ElderToggle from '@/components/elder-toggle'
import HelpLine from '@/components/help-line'
import type { InvitationView } from '@/domain/family'
import { invitationEmergencyWords } from '@/domain/family/invitation-emergency'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import { ApiError } from '@/services/api-error'
import { acceptInvitation, acceptWaitingInvitation, getInvitation, getWaitingInvitation } from '@/services/family'
import { ensureSession } from '@/services/session'
import { useMeStore } from '@/stores/use-me-store'
import { useProfileDraftStore } from '@/stores/use-profile-draft-store'
import { PROFILE_URL, PROXIES_URL, chinaDateTime, errorText, pronounOfKin } from '../../shared/family-text'
import { useElderMode } from '@/stores/use-settings-store'
import './index.scss'
import { openPage, goHome } from '@/lib/navigation'
import { roleAttr, tappable } from '@/lib/a11y'
import { VERIFY_URL, purposeQuery } from '@/packages/profile/shared/purposes'
import { faceVerificationAvailable } from '@/lib/verify-means'
import { REVIEW_WORKING_DAYS } from '@/domain/review'
import { scrollPageToTop } from '@/lib/page-scroll'

type State =
  | { kind: 'loading' }
  | { kind: 'problem'; message: string; retry: boolean }
  | { kind: 'ready'; invitation: InvitationView }
  | { kind: 'profile-required'; invitation: InvitationView; verify?: boolean }
  | { kind: 'accepted'; invitation: InvitationView }
  /** Her 实人认证 photos wait for staff: nothing to do but wait, so no way round again. */
  | { kind: 'verification-pending'; invitation: InvitationView }

const PENDING_TEXT = '您的照片正在等工作人员核对，一般 1 个工作日；核对通过后再打开这个邀请点“同意”。'
const NOT_FOUND = '这个邀请已经失效了（可能已过期、已经确认过，或者家人又发了新的邀请）。请让家人重新发一个邀请给您。'

/** Who asks, as the person asked reads it: 您的女儿 王丽 (the name in full, as she entered it herself). */
const asker = (inv: InvitationView) => `您的${inv.proxyKin} ${inv.proxyFullName} `

/**
 * Whether the caller's 实人认证 waits for staff (status PENDING, read afresh from GET /api/me).
 * False when the account cannot be read: the page then leads to 实人认证 as before.
 */
async function verificationPending(): Promise<boolean> {
  const me = await useMeStore.getState().load()
  return me?.verification?.status === 'PENDING'
}

/**
 * Opens what 同意 waits on, the invitation carried (`query`): 实名信息 (`profile`), its 参保地 and 险种
 * chosen first as the proxy entered them for the member when none is chosen yet (a trial: the father
 * typed again what his son had; never the name or ID number, which whoever holds the link types
 * themself), else 实人认证.
 */
function openNeeded(profile: boolean, inv: InvitationView, query: string) {
  if (!profile) {
    void openPage(`${VERIFY_URL}${query}`)
    return
  }
  const { draft, setField } = useProfileDraftStore.getState()
  if (!draft.insuredRegion) setField('insuredRegion', inv.memberInsuredRegion)
  if (!draft.insuranceType) setField('insuranceType', inv.memberInsuranceType)
  void openPage(`${PROFILE_URL}${query}`)
}

/** Only verification is left to do (实名信息 saved): the case where it may be waiting for staff. */
/**
 * The emergency stay the invitation was sent for, and by when it must be filed (a trial: the
 * father's invitation said nothing of it, and 这个邀请 12 月 12 日前有效 outlasted a 12 月 10 日
 * deadline); nothing for an invitation sent for no stay, or one needing no filing.
 */
function EmergencyStay({ inv }: { inv: InvitationView }) {
  const words = inv.emergency ? invitationEmergencyWords(inv.emergency, asker(inv).trim()) : null
  if (!words) return null
  return (
    <Text className='accept__text accept__urgent' id='invitation-emergency'>
      {words}
    </Text>
  )
}

const onlyVerificationNeeded = (inv: InvitationView) => inv.callerNeeds.includes('VERIFICATION') && !inv.callerNeeds.includes('PROFILE')

export default function AcceptInvitation() {
  const { params } = useRouter()
  const token = params.token ?? ''
  // From the home page's card (issue 13): the invitation's id, read through GET /api/invitations.
  const byId = params.invitation ?? ''
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [accepting, setAccepting] = useState(false)
  const elder = useElderMode()
  // Where to revoke, said the same before and after 同意 (a trial: the page after it named a button
  // that is not there).
  const revokeWhere = elder ? '在首页点“家人代办”' : '在首页点“家人代办”，再点“谁可以替我办？”'
  // 实名信息 and 实人认证 carry the invitation, so 回到邀请 finds it even after they were reloaded.
  const forInvitation = purposeQuery('invitation', { token, invitation: byId })

  const load = useCallback(async () => {
    if (!token && !byId) {
      setState({ kind: 'problem', message: '这个邀请链接不完整。请让家人重新发一次。', retry: false })
      return
    }
    try {
      await ensureSession()
      const invitation = byId ? await getWaitingInvitation(byId) : await getInvitation(token)
      // Kept while it waits on her own 实人认证, for the home page's card meanwhile.
      useMeStore.getState().setAwaited(invitation.status === 'PENDING_INVITE' && invitation.callerNeeds.includes('VERIFICATION') ? invitation : null)
      if (invitation.status === 'ACTIVE') setState({ kind: 'accepted', invitation })
      else if (invitation.status === 'PENDING_INVITE') {
        setState({ kind: onlyVerificationNeeded(invitation) && (await verificationPending()) ? 'verification-pending' : 'ready', invitation })
      }
      else if (invitation.status === 'EXPIRED') {
        setState({ kind: 'problem', retry: false, message: `这个邀请已经过期了。请让${asker(invitation)}在“家人代办”里重新发一个邀请。` })
      } else setState({ kind: 'problem', retry: false, message: '这个授权已经撤销，不再有效。' })
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setState({ kind: 'problem', message: NOT_FOUND, retry: false })
      else setState({ kind: 'problem', message: errorText(e, '没能打开这个邀请，请稍后再试。'), retry: true })
    }
  }, [token, byId])
  // Shown again after filling in 实名信息: read the invitation afresh, so 同意 can be tapped again.
  useLoadOnShow(load)

  async function accept(invitation: InvitationView) {
    setAccepting(true)
    try {
      const accepted = byId ? await acceptWaitingInvitation(byId) : await acceptInvitation(token)
      useMeStore.getState().setAwaited(null)
      setState({ kind: 'accepted', invitation: accepted })
      // 同意 was at the foot of the invitation (long in 长辈模式): 已同意 ✓ is shown from the top.
      scrollPageToTop()
    } catch (e) {
      if (e instanceof ApiError && e.code === 'PROFILE_REQUIRED') {
        setState({ kind: 'profile-required', invitation })
      } else if (e instanceof ApiError && e.code === 'VERIFICATION_REQUIRED') {
        // Photos already with staff: say so, never send her round to 实人认证 again.
        if (await verificationPending()) {
          setState({ kind: 'verification-pending', invitation })
          return
        }
        // 实人认证 first (issue 11): the same card, leading to the verification page.
        setState({ kind: 'profile-required', invitation, verify: true })
      } else if (e instanceof ApiError && e.status === 404) {
        setState({ kind: 'problem', message: NOT_FOUND, retry: false })
      } else if (e instanceof ApiError && e.status === 422) {
        // INVITATION_NOT_FOR_YOU, INVITATION_OWN: the server says plainly whose it is.
        setState({ kind: 'problem', message: e.message, retry: false })
      } else {
        setState({ kind: 'problem', message: errorText(e, '没能确认，请稍后再试。'), retry: true })
      }
    } finally {
      setAccepting(false)
    }
  }

  if (state.kind === 'loading') {
    return (
      <PageRoot className='accept'>
        <Text className='accept__status' id='accept-loading'>正在打开邀请，请稍等…</Text>
      </PageRoot>
    )
  }

  if (state.kind === 'problem') {
    return (
      <PageRoot className='accept'>
        <Text className='accept__problem' id='invitation-problem'>{state.message}</Text>
        <View className='accept__actions'>
          {state.retry ? (
            <Button type='primary' size='xlarge' block id='accept-retry' onClick={() => { setState({ kind: 'loading' }); void load() }}>
              再试一次
            </Button>
          ) : null}
          <Button type={state.retry ? 'default' : 'primary'} size='xlarge' block className='accept__second' id='accept-home' onClick={goHome}>
            返回首页
          </Button>
        </View>
        <HelpLine name='error' />
      </PageRoot>
    )
  }

  if (state.kind === 'verification-pending') {
    return (
      <PageRoot className='accept'>
        <View className='accept__card' id='invitation'>
          <Text className='accept__title' id='invitation-title'>
            {asker(state.invitation)}想替您办理异地就医备案。
          </Text>
          <EmergencyStay inv={state.invitation} />
          <Text className='accept__text' id='invitation-verification-pending'>{PENDING_TEXT}</Text>
          <Text className='accept__small'>这个邀请 {chinaDateTime(state.invitation.expiresAt)} 前有效。</Text>
        </View>
        <View className='accept__actions'>
          <Button type='primary' size='xlarge' block id='accept-home' onClick={goHome}>
            返回首页
          </Button>
        </View>
      </PageRoot>
    )
  }

  if (state.kind === 'accepted') {
    return (
      <PageRoot className='accept'>
        {/* The live region the invitation had above it, now with the outcome (read out). */}
        <View id='accept-announce' aria-live='polite' {...roleAttr('status')}>
          <View className='accept__done' id='invitation-accepted'>
            <Text className='accept__done-title'>已同意 ✓</Text>
            <Text className='accept__text'>{asker(state.invitation)}现在可以替您办理异地就医备案，并查看办理进度了。</Text>
            <Text className='accept__text' id='invitation-accepted-revoke'>想取消，随时可以{revokeWhere}，然后点“撤销”。</Text>
          </View>
        </View>
        <View className='accept__actions'>
          <Button type='primary' size='xlarge' block id='accept-home' onClick={goHome}>
            返回首页
          </Button>
          <View className='accept__link' id='accept-proxies' {...tappable(null, () => openPage(PROXIES_URL))}>
            <Text>谁可以替我办？ ›</Text>
          </View>
        </View>
      </PageRoot>
    )
  }

  const inv = state.invitation
  const who = pronounOfKin(inv.proxyKin)
  const needs = state.kind === 'profile-required' ? [] : inv.callerNeeds
  return (
    <PageRoot className='accept'>
      {/*
        Always above the invitation, empty until 同意 is answered: the same element then holds
        已同意 ✓, and a screen reader reads what appears in it.
      */}
      <View id='accept-announce' aria-live='polite' {...roleAttr('status')} />
      {/* Often the first page an elder opens, from a son's or daughter's link (a trial: no way to larger text here). */}
      <View className='accept__elder-row'>
        <ElderToggle id='accept-elder-toggle' />
      </View>
      <View className='accept__card' id='invitation'>
        <Text className='accept__title' id='invitation-title'>
          {asker(inv)}想替您办理异地就医备案，请您同意。
        </Text>
        <EmergencyStay inv={inv} />
        <Text className='accept__text'>同意以后，{who}可以：</Text>
        <Text className='accept__item'>· 用{who}自己的手机，替您提交、修改或取消备案</Text>
        {/* Only what they file: the filings the person makes on their own stay theirs (filings' visibleTo; a trial read more into 查看您的备案). */}
        <Text className='accept__item' id='invitation-sees'>· 查看{who}替您办的备案和办理进度（您自己办的，{who}看不到）</Text>
        <Text className='accept__text'>
          以后不想让{who}代办了，随时可以撤销：{revokeWhere}。
        </Text>
        <Text className='accept__small'>这个邀请 {chinaDateTime(inv.expiresAt)} 前有效。</Text>
      </View>

      {needs.length > 0 ? (
        <View className='accept__needs-profile' id='invitation-needs'>
          <Text className='accept__text'>点“同意”之前，要先确认是您本人（只用来核对，不会给{who}看）：</Text>
          {needs.includes('PROFILE') ? (
            <Text className='accept__item'>· 填写您自己的实名信息：姓名、身份证号、手机号、参保地（请把身份证和医保卡放在手边）</Text>
          ) : null}
          <Text className='accept__item'>
            {faceVerificationAvailable()
              ? '· 实人认证：对着手机刷一下脸，或者拍身份证照片'
              : `· 实人认证：拍三张身份证照片，由工作人员核对，一般 ${REVIEW_WORKING_DAYS} 个工作日`}
          </Text>
          <Text className='accept__text'>做好以后回到这里，再点“同意”。</Text>
          <Button
            type='primary'
            size='xlarge'
            block
            id={needs.includes('PROFILE') ? 'accept-go-profile' : 'accept-go-verify'}
            onClick={() => openNeeded(needs.includes('PROFILE'), inv, forInvitation)}
          >
            {needs.includes('PROFILE') ? '先去填实名信息' : '先去实人认证'}
          </Button>
        </View>
      ) : null}

      {state.kind === 'profile-required' ? (
        <View className='accept__needs-profile' id='accept-needs-profile'>
          <Text className='accept__text'>
            {state.verify
              ? '点“同意”之前，要先做实人认证，确认是您本人（刷脸或拍身份证照片）。认证好以后，回到这里再点“同意”。'
              : '点“同意”之前，要先填写您自己的实名信息，用来核对是不是您本人。填好保存后，回到这里再点“同意”。'}
          </Text>
          <Button
            type='primary'
            size='xlarge'
            block
            id={state.verify ? 'accept-go-verify' : 'accept-go-profile'}
            onClick={() => openNeeded(!state.verify, inv, forInvitation)}
          >
            {state.verify ? '去实人认证' : '去填实名信息'}
          </Button>
        </View>
      ) : (
        <View className='accept__actions'>
          {/* Not tappable until it can go through: the steps above come first (as 实人认证's send button). */}
          <Button
            type='primary'
            size='xlarge'
            block
            className={needs.length > 0 ? 'accept__agree-waiting' : undefined}
            disabled={needs.length > 0}
            loading={accepting}
            id='accept-invitation'
            onClick={() => !accepting && needs.length === 0 && void accept(inv)}
          >
            {needs.length > 0 ? '先做完上面的，才能同意' : '同意'}
          </Button>
          <Button size='xlarge' block className='accept__second' id='decline-invitation' onClick={goHome}>
            不同意
          </Button>
        </View>
      )}
    </PageRoot>
  )
}
