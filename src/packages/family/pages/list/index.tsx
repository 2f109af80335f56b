import { useCallback, useState } from 'react'
import { now } from '@/lib/clock'
import { View, Text } from '@tarojs/components'
import { Button, Toast } from '@nutui/nutui-react-taro'
import PageRoot from '@/components/page-root'
import HelpLine from '@/components/help-line'
import { FAMILY_MEMBER_LIMIT, type FamilyMemberView } from '@/domain/family'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import { listFamilyMembers, removeFamilyMember } from '@/services/family'
import { ensureSession } from '@/services/session'
import ConfirmDialog from '../../shared/confirm-dialog'
import {
  ADD_URL, PROXIES_URL, authorizeUrl, emergencyForUrl, errorText, fileForUrl, memberState,
} from '../../shared/family-text'
import './index.scss'
import { openPage } from '@/lib/navigation'
import HomeButton from '@/components/home-button'
import { tappable } from '@/lib/a11y'
import { keptInvitationFor, useSentInvitationsStore } from '@/stores/use-sent-invitations-store'

type LoadState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; members: FamilyMemberView[] }

const TOAST_ID = 'family-list-toast'

function MemberCard({ member: m, onRemove }: { member: FamilyMemberView; onRemove: () => void }) {
  const state = memberState(m, now())
  // The link this phone made is still the one the member has: it is sent again, not replaced (a trial).
  const sent = useSentInvitationsStore((s) => s.sent)
  const authorizeLabel = state.authorizeLabel && keptInvitationFor(sent, m, now()) ? `把邀请再发给${m.name}` : state.authorizeLabel
  const reasons = state.kind === 'REJECTED' ? m.authorization?.reasons ?? [] : []
  return (
    <View className='family-card' id={`member-${m.id}`}>
      <View className='family-card__top'>
        <Text className='family-card__name'>{m.name}</Text>
        <Text className='family-card__relation'>{m.kin}</Text>
      </View>
      <Text className='family-card__id'>身份证 {m.idNumberMasked}</Text>
      <View className={`family-card__state family-card__state--${state.tone}`} id={`state-${m.id}`}>
        <Text className='family-card__words'>{state.words}</Text>
        <Text className='family-card__detail'>{state.detail}</Text>
        {reasons.map((r, i) => (
          <Text key={`${i}-${r}`} className='family-card__reason'>
            · {r}
          </Text>
        ))}
      </View>

      {state.kind === 'ACTIVE' ? (
        <View className='family-card__actions'>
          <Button type='primary' size='xlarge' block id={`file-for-${m.id}`} onClick={() => openPage(fileForUrl(m.id))}>
            为{m.name}办理备案
          </Button>
          <Button
            size='xlarge'
            block
            className='family-card__second'
            id={`emergency-for-${m.id}`}
            onClick={() => openPage(emergencyForUrl(m.id))}
          >
            {m.name}在外地急诊住院了
          </Button>
        </View>
      ) : null}

      {authorizeLabel ? (
        <View className='family-card__actions'>
          <Button
            type='primary'
            size='xlarge'
            block
            id={`authorize-${m.id}`}
            onClick={() => openPage(authorizeUrl(m.id, state.kind === 'REJECTED' ? '&method=DOCUMENT' : ''))}
          >
            {authorizeLabel}
          </Button>
        </View>
      ) : null}

      <View className='family-card__remove' id={`remove-${m.id}`} {...tappable(null, onRemove)}>
        <Text>删除这位家人</Text>
      </View>
    </View>
  )
}

export default function FamilyList() {
  const [state, setState] = useState<LoadState>({ kind: 'loading' })
  const [removing, setRemoving] = useState<FamilyMemberView | null>(null)
  const [busy, setBusy] = useState(false)
  const [removeError, setRemoveError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      await ensureSession()
      const { members } = await listFamilyMembers()
      setState({ kind: 'ready', members })
    } catch (e) {
      setState({ kind: 'error', message: errorText(e, '没能读取您的家人，请稍后再试。') })
    }
  }, [])
  useLoadOnShow(load)

  const retry = () => {
    setState({ kind: 'loading' })
    void load()
  }

  async function confirmRemove(m: FamilyMemberView) {
    setBusy(true)
    setRemoveError(null)
    try {
      await removeFamilyMember(m.id)
      setRemoving(null)
      setState((s) => (s.kind === 'ready' ? { kind: 'ready', members: s.members.filter((x) => x.id !== m.id) } : s))
      Toast.show(TOAST_ID, { content: '已删除', duration: 2 })
      void load()
    } catch (e) {
      setRemoveError(errorText(e, '删除没有成功，请稍后再试。'))
    } finally {
      setBusy(false)
    }
  }

  const add = () => openPage(ADD_URL)
  const proxiesLink = (
    <View className='family__link' id='family-proxies' {...tappable(null, () => openPage(PROXIES_URL))}>
      <Text>谁可以替我办？ ›</Text>
    </View>
  )
  const homeButton = (
    <View className='family__actions'>
      <HomeButton id='family-home' />
    </View>
  )

  if (state.kind === 'loading') {
    return (
      <PageRoot className='family'>
        <Text className='family__status' id='family-loading'>正在读取，请稍等…</Text>
      </PageRoot>
    )
  }

  if (state.kind === 'error') {
    return (
      <PageRoot className='family'>
        <Text className='family__error' id='family-error'>{state.message}</Text>
        <View className='family__actions'>
          <Button type='primary' size='xlarge' block onClick={retry} id='family-retry'>
            再试一次
          </Button>
        </View>
        {proxiesLink}
        {homeButton}
        <HelpLine name='error' />
      </PageRoot>
    )
  }

  if (state.members.length === 0) {
    return (
      <PageRoot className='family' id='family-empty'>
        <Toast id={TOAST_ID} />
        <Text className='family__title'>替家人办理备案</Text>
        <Text className='family__text'>
          父母等家人不方便用手机，您可以用自己的手机替家人办理异地就医备案，并查看办理进度。
        </Text>
        <Text className='family__text'>
          先添加家人，再请家人在自己的手机上点一下“同意”（或者上传家人签好的授权委托书），就可以代办了。
        </Text>
        <View className='family__actions'>
          <Button type='primary' size='xlarge' block onClick={add} id='family-add'>
            添加家人
          </Button>
        </View>
        {proxiesLink}
        {homeButton}
      </PageRoot>
    )
  }

  const full = state.members.length >= FAMILY_MEMBER_LIMIT

  return (
    <PageRoot className='family'>
      <Toast id={TOAST_ID} />
      <Text className='family__lead'>您可以替下面的家人办理备案。家人同意（授权）以后，才能为家人办理。</Text>
      {state.members.map((m) => (
        <MemberCard
          key={m.id}
          member={m}
          onRemove={() => {
            setRemoveError(null)
            setRemoving(m)
          }}
        />
      ))}

      <View className='family__actions'>
        {full ? (
          <Text className='family__note' id='family-full'>
            已经添加了 {FAMILY_MEMBER_LIMIT} 位家人，最多只能添加 {FAMILY_MEMBER_LIMIT} 位。要添加新的家人，请先删除一位。
          </Text>
        ) : (
          <View>
            <Button size='xlarge' block onClick={add} id='family-add'>
              + 添加家人
            </Button>
            <Text className='family__note' id='family-limit'>
              最多可以添加 {FAMILY_MEMBER_LIMIT} 位家人，现在有 {state.members.length} 位。
            </Text>
          </View>
        )}
      </View>
      {proxiesLink}
      {homeButton}

      <ConfirmDialog
        visible={removing !== null}
        title='删除这位家人？'
        message={
          removing
            ? `删除后，您就不能再替${removing.name}办理备案了，${removing.name}给您的授权也一起取消。以后要代办，需要重新添加、重新授权。`
            : ''
        }
        confirmLabel='确定删除'
        cancelLabel='先不删除'
        busy={busy}
        error={removeError}
        name='remove'
        onConfirm={() => removing && void confirmRemove(removing)}
        onClose={() => setRemoving(null)}
      />
    </PageRoot>
  )
}
