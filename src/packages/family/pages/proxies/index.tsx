import { useCallback, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Toast } from '@nutui/nutui-react-taro'
import PageRoot from '@/components/page-root'
import HelpLine from '@/components/help-line'
import type { ProxyView, WaitingInvitationView } from '@/domain/family'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import { listProxies, listWaitingInvitations, revokeProxy } from '@/services/family'
import { openPage } from '@/lib/navigation'
import HomeButton from '@/components/home-button'
import { tappable } from '@/lib/a11y'
import { VERIFY_URL } from '@/packages/profile/shared/purposes'

/** One's own family list: where a family member is added and filed for. */
const FAMILY_LIST_URL = '/packages/family/pages/list/index'
import { REVIEW_WORKING_DAYS } from '@/domain/review'
import { ensureSession } from '@/services/session'
import { useMeStore } from '@/stores/use-me-store'
import { useElderMode } from '@/stores/use-settings-store'
import type { VerificationStatus } from '@/domain/verification'
import ConfirmDialog from '../../shared/confirm-dialog'
import { chinaDay, errorText, inverseRelationLabel } from '../../shared/family-text'
import './index.scss'
import { useSubjectsStore } from '@/stores/use-subjects-store'

type LoadState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  /** `verification`: the caller's 实人认证, null when it could not be read. */
  | { kind: 'ready'; proxies: ProxyView[]; waiting: WaitingInvitationView[]; verification: VerificationStatus | null }

const TOAST_ID = 'family-proxies-toast'
/**
 * '您的女儿 王丽', as on the invitation page (a proxy, or an invitation still waiting); the older
 * server answer (no full name) keeps the masked one.
 */
const who = (p: Pick<ProxyView, 'proxyFullName' | 'proxyKin' | 'proxyName' | 'relationLabel'>) =>
  p.proxyFullName ? `您的${p.proxyKin} ${p.proxyFullName}` : `${p.proxyName}（您的${inverseRelationLabel(p.relationLabel)}）`

/**
 * How to ask a child to file for one, the two steps. In the weapp the child opens the mini-program
 * in their own WeChat and the invitation comes as a WeChat message; in H5 there is no WeChat to
 * open (a trial read "在他们自己的微信里打开" in a browser): the child opens this site's address,
 * and the invitation is a link, sent however they like.
 */
function howToAsk(): [string, string] {
  // The weapp is tested for, not H5: the test transformer's TARO_ENV_JEST stand-in reads right only so.
  if (process.env.TARO_ENV === 'weapp') {
    return [
      '1. 请子女在他们自己的微信里打开“异地就医备案”，点“家人代办”，再点“添加家人”，填上您的姓名和身份证号。',
      '2. 子女会在微信里发一个邀请给您。您点开邀请，看清是谁，再点“同意”。',
    ]
  }
  return [
    `1. 请子女用他们自己的手机，在浏览器里打开 ${window.location.origin}（就是您现在看的这个网页），点“家人代办”，再点“添加家人”，填上您的姓名和身份证号。`,
    '2. 子女会把一个邀请链接发给您（用微信、短信都行）。您点开链接，看清是谁，再点“同意”。',
  ]
}

/**
 * 长辈模式 opens this page from the home page's 家人代办 tile (the older person's own task first):
 * it first speaks to them, not to a son or daughter holding the phone (a trial: it opened on
 * 是您要替家人办备案？). What to do: let the child file, with their 同意 (授权); show the child this.
 */
function elderLead(hasProxies: boolean): string {
  return hasProxies
    ? '下面的家人已经可以用他们自己的手机替您办异地就医备案了，要办就直接找他们。想再让别的子女帮忙，把这一页给他们看，照最下面写的做就行。'
    : '子女可以用他们自己的手机替您办异地就医备案，只要您同意（授权）一下。您不会弄也没关系：把这一页给子女看，照下面做就行。'
}

export default function MyProxies() {
  const elder = useElderMode()
  // Family members this phone has filed for or added (the flows remember them).
  const filesForFamily = useSubjectsStore((s) => Object.keys(s.members).length > 0)
  const [state, setState] = useState<LoadState>({ kind: 'loading' })
  const [revoking, setRevoking] = useState<ProxyView | null>(null)
  const [busy, setBusy] = useState(false)
  const [revokeError, setRevokeError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      await ensureSession()
      // Invitations that wait on this person: a refused read shows none (the proxies still show).
      // 实人认证 too: invitations are listed only once it has passed, and the page says so before.
      const [{ proxies }, waiting, me] = await Promise.all([
        listProxies(),
        listWaitingInvitations().then((r) => r.invitations, () => [] as WaitingInvitationView[]),
        useMeStore.getState().load().catch(() => null),
      ])
      setState({ kind: 'ready', proxies, waiting, verification: me ? (me.verification?.status ?? 'UNVERIFIED') : null })
    } catch (e) {
      setState({ kind: 'error', message: errorText(e, '没能读取，请稍后再试。') })
    }
  }, [])
  useLoadOnShow(load)

  async function confirmRevoke(p: ProxyView) {
    setBusy(true)
    setRevokeError(null)
    try {
      await revokeProxy(p.authorizationId)
      setRevoking(null)
      Toast.show(TOAST_ID, { content: '已撤销', duration: 2 })
      await load()
    } catch (e) {
      setRevokeError(errorText(e, '撤销没有成功，请稍后再试。'))
    } finally {
      setBusy(false)
    }
  }

  // 长辈模式's 家人代办 tile leads straight here.
  const homeButton = (
    <View className='proxies__actions'>
      <HomeButton id='proxies-home' />
    </View>
  )

  if (state.kind === 'loading') {
    return (
      <PageRoot className='proxies'>
        <Text className='proxies__status' id='proxies-loading'>正在读取，请稍等…</Text>
      </PageRoot>
    )
  }

  if (state.kind === 'error') {
    return (
      <PageRoot className='proxies'>
        <Text className='proxies__error' id='proxies-error'>{state.message}</Text>
        <View className='proxies__actions'>
          <Button type='primary' size='xlarge' block id='proxies-retry' onClick={() => { setState({ kind: 'loading' }); void load() }}>
            再试一次
          </Button>
        </View>
        {homeButton}
        <HelpLine name='error' />
      </PageRoot>
    )
  }

  // No invitation can be listed yet: the caller has not passed 实人认证 (null: unknown, said nothing).
  const invitationsAfterVerify = state.waiting.length === 0 && state.verification !== null && state.verification !== 'VERIFIED'
  // Someone filing for a parent or a spouse finds the other way here (a trial: a daughter in 长辈模式
  // read this page as a dead end, its only way on saying "先添加" of a father already added): first
  // for them, after the older person's own matter in 长辈模式, where the page speaks to the older person.
  // 长辈模式 on the phone of someone who files for family (家人 added here): that way first, it is
  // most likely hers (a trial: a daughter who turned on large type found her family list only at
  // the very bottom).
  // On a phone with nobody added, it follows the older person's lead, before the steps: on the
  // first screen for a daughter who turned on 长辈模式 (a trial found it below the fold, under
  // steps written for her father).
  const forFamilyFirst = elder && filesForFamily
  const otherWay = (
    <View className={`proxies__other-way${elder && !forFamilyFirst ? ' proxies__other-way--after-lead' : ''}`} id='proxies-file-for-family'>
      <Text className='proxies__text'>{forFamilyFirst ? '您在这个手机上添加过家人。要替家人（父母、老伴）办备案，点下面：' : '是您要替家人（父母、老伴）办备案？'}</Text>
      <View className='proxies__link' id='proxies-open-family' {...tappable(null, () => void openPage(FAMILY_LIST_URL))}>
        <Text>去“家人代办”，替家人办 ›</Text>
      </View>
    </View>
  )
  return (
    <PageRoot className='proxies'>
      <Toast id={TOAST_ID} />
      {forFamilyFirst ? otherWay : null}
      {elder ? (
        <View className='proxies__elder' id='proxies-for-elder'>
          <Text className='proxies__headline'>让子女帮您办备案</Text>
          <Text className='proxies__text' id='proxies-for-elder-lead'>{elderLead(state.proxies.length > 0)}</Text>
        </View>
      ) : otherWay}
      {elder && !forFamilyFirst ? otherWay : null}
      {state.waiting.length > 0 ? (
        <View className='proxies__waiting' id='proxies-waiting'>
          <Text className='proxies__title'>在等您同意的邀请</Text>
          {state.waiting.map((w) => (
            <View key={w.id} className='proxy-card' id={`waiting-${w.id}`}>
              <Text className='proxy-card__name'>{who(w)}</Text>
              <Text className='proxy-card__since'>想替您办理异地就医备案，{chinaDay(w.expiresAt)} 前有效</Text>
              <Button
                type='primary'
                size='xlarge'
                block
                id={`open-waiting-${w.id}`}
                onClick={() => void openPage(`/packages/family/pages/accept/index?invitation=${encodeURIComponent(w.id)}`)}
              >
                看看邀请
              </Button>
            </View>
          ))}
        </View>
      ) : null}
      {state.proxies.length === 0 ? (
        <View id='proxies-empty'>
          <Text className='proxies__title'>现在还没有人可以替您办理</Text>
          {/* How to ask a child, unless an invitation is already here. */}
          {state.waiting.length === 0 ? (
            <>
              <Text className='proxies__text' id='proxies-how-intro'>
                {/* 如果: an invitation may be waiting unseen (a trial read "还没有家人发邀请给您" as "nobody asked"). */}
                {invitationsAfterVerify ? '如果家人还没有发邀请给您，想让子女（或其他家人）替您办，这样做：' : '想让子女（或其他家人）替您办异地就医备案，这样做：'}
              </Text>
              <Text className='proxies__text' id='proxies-how'>
                {howToAsk()[0]}
              </Text>
              <Text className='proxies__text' id='proxies-how-invite'>{howToAsk()[1]}</Text>
            </>
          ) : null}
          <Text className='proxies__text'>同意以后，子女的名字会出现在这里；不想让他们代办了，随时可以在这里撤销。</Text>
        </View>
      ) : (
        <View>
          <Text className='proxies__text'>下面的人可以替您办理异地就医备案，也能看到您的备案和办理进度。</Text>
          <Text className='proxies__text'>不想让谁代办了，点“撤销”。撤销以后，这位家人就不能再替您办理，也看不到您的备案了。</Text>
          {state.proxies.map((p) => (
            <View key={p.authorizationId} className='proxy-card' id={`proxy-${p.authorizationId}`}>
              <Text className='proxy-card__name'>{who(p)}</Text>
              <Text className='proxy-card__since'>{chinaDay(p.since)} 起可以替您办理</Text>
              <Button
                size='xlarge'
                block
                className='proxy-card__revoke'
                id={`revoke-${p.authorizationId}`}
                onClick={() => {
                  setRevokeError(null)
                  setRevoking(p)
                }}
              >
                撤销
              </Button>
            </View>
          ))}
          {/* Another child too: the same two steps (a trial: 照着做 with nothing to follow once one was listed). */}
          <View id='proxies-how-more'>
            <Text className='proxies__text' id='proxies-how-more-intro'>想再让别的子女（或其他家人）替您办，这样做：</Text>
            <Text className='proxies__text'>{howToAsk()[0]}</Text>
            <Text className='proxies__text'>{howToAsk()[1]}</Text>
          </View>
        </View>
      )}

      {invitationsAfterVerify ? (
        // GET /api/invitations lists an invitation only under a verified ID number (anyone can type
        // one): before that, the page says why none is listed, and what comes next — after the
        // steps, which come first (a trial: this note, on top, pushed them off the first screen).
        <View className='proxies__note' id='proxies-invitations-after-verify'>
          <Text className='proxies__text'>
            家人发来的邀请，要等您的实人认证通过以后才会列在这里（防止别人用您的身份证号冒充您）。
            {state.verification === 'PENDING'
              ? `您的照片正在等工作人员核对，一般 ${REVIEW_WORKING_DAYS} 个工作日，通过以后再来这里看。`
              : '已经收到家人邀请的，请先做实人认证。'}
          </Text>
          {state.verification === 'PENDING' ? null : (
            <View className='proxies__link' id='proxies-go-verify' {...tappable(null, () => void openPage(VERIFY_URL))}>
              <Text>去做实人认证 ›</Text>
            </View>
          )}
        </View>
      ) : null}

      {homeButton}

      <ConfirmDialog
        visible={revoking !== null}
        title='撤销授权？'
        message={
          revoking
            ? `撤销以后，${who(revoking)}就不能再替您办理备案，也看不到您的备案了。以后还想让这位家人代办，要重新同意。`
            : ''
        }
        confirmLabel='确定撤销'
        cancelLabel='先不撤销'
        busy={busy}
        error={revokeError}
        name='revoke'
        onConfirm={() => revoking && void confirmRevoke(revoking)}
        onClose={() => setRevoking(null)}
      />
    </PageRoot>
  )
}
