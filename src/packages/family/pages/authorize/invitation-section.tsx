import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { INVITATION_TTL_DAYS, type AuthorizationStatus, type CreateAuthorizationBody, type FamilyMemberView } from '@/domain/family'
import { invitationMessage } from '@/domain/family/invitation-message'
import { REVIEW_WORKING_DAYS } from '@/domain/review'
import type { VerificationStatus } from '@/domain/verification'
import { faceVerificationAvailable } from '@/lib/verify-means'
import { backLandsOn, backTo, openPage } from '@/lib/navigation'
import { verifyUrlFor } from '@/packages/profile/shared/purposes'
import { memberKey } from '@/hooks/use-subject'
import { useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { ApiError } from '@/services/api-error'
import { requestAuthorization } from '@/services/family'
import { LIST_URL, chinaDateTime, errorText } from '../../shared/family-text'
import CopyButton from './copy-button'
import { backToList, type Invitation } from './use-authorize'

/** What the family member opens: the full web address in H5, the mini-program page in WeChat. */
function invitationLink(path: string): string {
  if (process.env.TARO_ENV === 'h5') return `${window.location.origin}${path}`
  return path
}

/**
 * The body of 生成邀请 for `m`: with the admission day of the emergency filing begun for them on
 * this phone (their draft), so the member who opens it reads the stay and its 补办 deadline (a
 * trial: the father's invitation said nothing of it); without one, a plain invitation.
 */
function invitationBody(m: FamilyMemberView, withStay: boolean): CreateAuthorizationBody {
  const admittedOn = withStay ? useEmergencyDraftStore.getState().drafts[memberKey(m.id)]?.admittedOn : undefined
  return admittedOn ? { method: 'INVITATION', emergencyAdmittedOn: admittedOn } : { method: 'INVITATION' }
}

/**
 * Making an invitation: `onInvited` gets the new invitation (null when the server sent none) and the
 * member with its new authorisation; `reload` reads the member again after a 409. Kept by the page,
 * so an error stays shown when the method is switched and back. An admission day the server
 * refuses (a draft's day gone stale) does not stop the invitation: it is sent without the stay.
 */
export function useInvite(onInvited: (invitation: Invitation | null, member: FamilyMemberView) => void, reload: () => void) {
  const [inviting, setInviting] = useState(false)
  const [inviteError, setInviteError] = useState<string | null>(null)

  async function invite(m: FamilyMemberView) {
    setInviting(true)
    setInviteError(null)
    try {
      const result = await requestAuthorization(m.id, invitationBody(m, true)).catch((e: unknown) => {
        if (e instanceof ApiError && e.fields.emergencyAdmittedOn) return requestAuthorization(m.id, invitationBody(m, false))
        throw e
      })
      const made = result.invitation ? { path: result.invitation.path, expiresAt: result.invitation.expiresAt } : null
      onInvited(made, { ...m, authorization: result.authorization })
    } catch (e) {
      setInviteError(errorText(e, '邀请没有发出去，请稍后再试。'))
      if (e instanceof ApiError && e.status === 409) reload()
    } finally {
      setInviting(false)
    }
  }

  return { inviting, inviteError, invite }
}

interface Props {
  member: FamilyMemberView
  /** The authorisation's status now (an expired invitation already counted as expired). */
  status: AuthorizationStatus | null
  invitation: Invitation | null
  inviting: ReturnType<typeof useInvite>
}

/**
 * While the member has yet to agree: what the proxy's own 实人认证 would change (filings made for the
 * member are then approved at once, initialFilingStatus checks the filer), how long it takes here
 * (刷脸, or ID photos staff check), or that her photos already wait. Null once verified or unknown.
 */
function ownVerificationWhileWaiting(name: string, status: VerificationStatus | null): string | null {
  if (status === null || status === 'VERIFIED') return null
  if (status === 'PENDING') return `您本人的实人认证照片正在核对。核对通过后，您替${name}办的备案，提交就能办好。`
  const how = faceVerificationAvailable() ? '刷脸，一两分钟' : `上传身份证照片，工作人员核对一般 ${REVIEW_WORKING_DAYS} 个工作日`
  return `等${name}同意的时候，您可以先做好您本人的实人认证（${how}）。做好以后，您替${name}办的备案，提交就能办好，不用再等核对。`
}

/** The 急诊 first page, where an emergency filing for the member is begun. */
const EMERGENCY_START_URL = '/packages/emergency/pages/start/index'

/**
 * 发邀请: makes an invitation the family member confirms in their own WeChat, then shares or copies
 * it. When an emergency filing for the member was begun on this phone (an admission date in their
 * draft), the way back to it and its deadline's bearing are said (a trial: after 生成邀请 the
 * daughter had only 返回家人列表, and nothing told her the 补办 deadline runs while she waits).
 */
export default function InvitationSection({ member: m, status, invitation, inviting: { inviting, inviteError, invite } }: Props) {
  const isWeapp = process.env.TARO_ENV === 'weapp'
  const myVerification = useMeStore((s) => s.me?.verification?.status ?? null)
  const myName = useMeStore((s) => s.me?.profile?.name ?? null)
  const meanwhile = ownVerificationWhileWaiting(m.name, myVerification)
  const emergencyBegun = useEmergencyDraftStore((s) => Boolean(s.drafts[memberKey(m.id)]?.admittedOn))

  return (
    <View className='flow__section' id='invitation-section'>
      <Text className='flow__title'>发邀请给{m.name}</Text>
      {invitation ? null : <Text className='flow__text'>1. 点下面的按钮，生成一个邀请。</Text>}
      <Text className='flow__text'>{invitation ? '' : '2. '}把邀请发给{m.name}，请家人用自己的手机打开，点“同意”。</Text>
      <Text className='flow__text' id='invitation-before-agree'>
        {m.name}点“同意”之前，要在自己的手机上填好实名信息、做实人认证：
        {faceVerificationAvailable() ? '刷脸的马上好；拍身份证照片的，' : '拍身份证照片，'}要等工作人员核对，一般 {REVIEW_WORKING_DAYS} 个工作日。邀请 {INVITATION_TTL_DAYS} 天内有效。
      </Text>

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
          {/* A message with the link, not the bare address (a trial: a 70-year-old would see an unexplained URL). */}
          <CopyButton
            type={isWeapp ? 'default' : 'primary'}
            className={isWeapp ? 'flow__secondary' : ''}
            id='copy-link'
            data={invitationMessage(myName, m.name, chinaDateTime(invitation.expiresAt), invitationLink(invitation.path))}
            label='复制邀请（带链接）'
            done='邀请和链接已复制，可以粘贴到微信里发给家人'
          />
          <Text className='flow__text authorize__after'>
            {isWeapp ? '点“发给家人”，在微信里选' : '复制后，粘贴到微信里发给'}{m.name}。家人点“同意”以后，家人列表里会显示“已授权”。
          </Text>
          {/* A trial: the daughter learned only after her mother agreed that her own check was still to do. */}
          {meanwhile ? (
            <View className='authorize__meanwhile' id='invitation-verify-self'>
              <Text className='flow__text'>{meanwhile}</Text>
              {myVerification === 'PENDING' ? null : (
                <Button size='xlarge' block className='flow__secondary' id='invitation-verify-self-go' onClick={() => void openPage(verifyUrlFor('proxy', { id: m.id }))}>
                  去做我本人的实人认证
                </Button>
              )}
            </View>
          ) : null}
          {emergencyBegun ? (
            <View className='authorize__meanwhile' id='invitation-emergency'>
              <Text className='flow__text'>
                您在替{m.name}办急诊备案，补办有截止日期，不会因为等同意往后推。回到急诊备案那一页，能看到最晚哪天要交；{m.name}在那之前来不及点同意的，可以改交一份签了字的授权委托书。
              </Text>
              <Button
                size='xlarge'
                block
                className='flow__secondary'
                id='invitation-back-to-emergency'
                onClick={() => void backTo(EMERGENCY_START_URL, `${EMERGENCY_START_URL}?member=${encodeURIComponent(m.id)}`)}
              >
                回到急诊备案
              </Button>
            </View>
          ) : null}
          <Button size='xlarge' block className='flow__secondary' onClick={backToList} id='invitation-done'>
            {backLandsOn(LIST_URL) ? '发好了，返回家人列表' : '发好了，返回'}
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
  )
}
