import { useCallback, useState } from 'react'
import { now } from '@/lib/clock'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import StatusBadge from '@/components/status-badge'
import { filingGroup, type FilingView } from '@/domain/filings'
import { chinaToday } from '@/domain/time/china-date'
import { listFilings } from '@/services/filings'
import { ensureSession } from '@/services/session'
import { START_URL, detailUrl, errorText, proxyLine, validityLine } from '../../shared/filing-text'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import './index.scss'
import PageRoot from '@/components/page-root'
import HelpLine from '@/components/help-line'
import { openPage } from '@/lib/navigation'
import HomeButton from '@/components/home-button'
import { tappable } from '@/lib/a11y'
import { useMeOnShow } from '@/hooks/use-me-on-show'
import { useMeStore } from '@/stores/use-me-store'
import { familyFilingsHintFor, verificationActionFor } from '@/domain/verification'

/** Where 实人认证 is done (also reached from 实名信息). */
const VERIFY_URL = '/packages/profile/pages/verify/index'

type LoadState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; filings: FilingView[] }

function FilingCard({ filing }: { filing: FilingView }) {
  return (
    <View
      className='mine-card'
      id={`filing-${filing.id}`}
      hoverClass='mine-card--pressed'
      {...tappable(null, () => openPage(detailUrl(filing.id)))}
    >
      <View className='mine-card__top'>
        <Text className='mine-card__type'>{filing.typeName}</Text>
        {/* 待回答审核员的问题 / 待改正填写的内容 where 待补充材料 would say less (the server's statusLabel, as the filing's page). */}
        <StatusBadge status={filing.status} label={filing.status === 'NEEDS_MATERIALS' ? filing.statusLabel : undefined} />
      </View>
      <Text className='mine-card__place'>去 {filing.destination.name}</Text>
      {proxyLine(filing) ? <Text className='mine-card__proxy'>{proxyLine(filing)}</Text> : null}
      <Text className='mine-card__line'>{validityLine(filing, chinaToday(now()))}</Text>
      <Text className='mine-card__number'>备案号 {filing.number}</Text>
      <Text className='mine-card__more'>查看详情 ›</Text>
    </View>
  )
}

/**
 * Filings family members made for the person show here only once their account passed 实人认证
 * (the server shows those under a verified ID number only: anyone can type an ID number). The
 * status is the one read again each time the page shows (MyFilings), not only the phone's copy.
 */
function FamilyHint() {
  const status = useMeStore((s) => s.me?.verification?.status ?? 'UNVERIFIED')
  // Folded behind a question (a trial: shown to everyone, it read as if something were hidden
  // from people nobody had filed for).
  const [open, setOpen] = useState(false)
  const hint = familyFilingsHintFor(status)
  const action = verificationActionFor(status)
  if (!hint) return null
  if (!open) {
    return (
      <View className='mine__note'>
        <Text className='mine-card__more' id='mine-family-ask' {...tappable(null, () => setOpen(true))}>
          没看到家人替您办的备案？ ›
        </Text>
      </View>
    )
  }
  return (
    <View className='mine__note'>
      <Text id='mine-family-hint'>{hint}</Text>
      {action ? (
        <Text className='mine-card__more' id='mine-verify' {...tappable(null, () => openPage(VERIFY_URL))}>
          {action} ›
        </Text>
      ) : null}
    </View>
  )
}

export default function MyFilings() {
  const [state, setState] = useState<LoadState>({ kind: 'loading' })

  const load = useCallback(async () => {
    try {
      await ensureSession()
      const { filings } = await listFilings()
      setState({ kind: 'ready', filings })
    } catch (e) {
      setState({ kind: 'error', message: errorText(e, '没能读取您的备案，请稍后再试。') })
    }
  }, [])
  useLoadOnShow(load)
  // The 实人认证 status on this phone may be old (verified since, e.g. staff approved the photos).
  useMeOnShow()

  const retry = () => {
    setState({ kind: 'loading' })
    void load()
  }

  const homeButton = <HomeButton className='flow__secondary' id='mine-home' />

  if (state.kind === 'loading') {
    return (
      <PageRoot className='mine'>
        <Text className='mine__status' id='mine-loading'>正在读取您的备案，请稍等…</Text>
      </PageRoot>
    )
  }

  if (state.kind === 'error') {
    return (
      <PageRoot className='mine'>
        <Text className='mine__error' id='mine-error'>{state.message}</Text>
        <View className='mine__actions'>
          <Button type='primary' size='xlarge' block onClick={retry} id='mine-retry'>
            再试一次
          </Button>
          {homeButton}
        </View>
        <HelpLine name='error' />
      </PageRoot>
    )
  }

  if (state.filings.length === 0) {
    return (
      <PageRoot className='mine' id='mine-empty'>
        <Text className='mine__empty-title'>您还没有办过异地就医备案</Text>
        <Text className='mine__empty-text'>
          要去外地养老、长住、工作或转诊看病，先办好备案，在当地看病就能直接用医保结算。
        </Text>
        <FamilyHint />
        <View className='mine__actions'>
          <Button type='primary' size='xlarge' block onClick={() => openPage(START_URL)} id='mine-start'>
            去办理备案
          </Button>
          {homeButton}
        </View>
      </PageRoot>
    )
  }

  const today = chinaToday(now())
  const groupOf = (f: FilingView) => filingGroup(f.status, f.validFrom, f.validTo, today)
  const standing = state.filings.filter((f) => groupOf(f) !== 'ENDED')
  const ended = state.filings.filter((f) => groupOf(f) === 'ENDED')
  // 正在生效 / 待生效 (approved, starting later) / 办理中: each says what it means (issue 13 item 12).
  const groups = [
    { key: 'IN_FORCE', id: 'mine-in-force', heading: '正在生效', note: null },
    { key: 'NOT_YET', id: 'mine-not-yet', heading: '待生效', note: '已经办好，到开始那天才生效。' },
    { key: 'IN_PROGRESS', id: 'mine-in-progress', heading: '办理中', note: null },
  ] as const

  return (
    <PageRoot className='mine'>
      <Text className='mine__lead'>点一条备案，可以看办理进度，也可以变更或取消。</Text>
      <FamilyHint />
      <View className='mine__section' id='mine-standing'>
        {standing.length === 0 ? (
          <>
            <Text className='mine__heading'>正在生效 / 办理中</Text>
            <Text className='mine__none'>现在没有正在生效或办理中的备案。</Text>
          </>
        ) : (
          groups.map((g) => {
            const list = standing.filter((f) => groupOf(f) === g.key)
            if (list.length === 0) return null
            return (
              <View key={g.key} id={g.id}>
                <Text className='mine__heading'>{g.heading}</Text>
                {g.note ? <Text className='mine__note'>{g.note}</Text> : null}
                {list.map((f) => (
                  <FilingCard key={f.id} filing={f} />
                ))}
              </View>
            )
          })
        )}
      </View>
      {ended.length > 0 ? (
        <View className='mine__section' id='mine-ended'>
          <Text className='mine__heading'>已结束</Text>
          <Text className='mine__note'>已取消、已变更、已过期或没有通过的备案，留在这里备查。</Text>
          {ended.map((f) => (
            <FilingCard key={f.id} filing={f} />
          ))}
        </View>
      ) : null}
      <View className='mine__actions'>
        {standing.length === 0 ? (
          <Button type='primary' size='xlarge' block onClick={() => openPage(START_URL)} id='mine-start'>
            去办理备案
          </Button>
        ) : null}
        {homeButton}
      </View>
    </PageRoot>
  )
}
