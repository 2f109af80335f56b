import { useCallback, useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import BasisNote from '@/components/basis-note'
import { afterWindowGuidance, emergencyRefile, refileEntry, refiledBy } from '@/domain/emergency'
import { subjectOfFiling, type FilingView } from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
import { chinaToday } from '@/domain/time/china-date'
import { useFamilyMembers } from '@/hooks/use-family-members'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import { useNow } from '@/hooks/use-now'
import { memberKey } from '@/hooks/use-subject'
import { useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { openPage } from '@/lib/navigation'
import { extensionLine, goAfterWindow, useEmergencyWindow } from '@/packages/emergency/shared/flow'
import { listFilings } from '@/services/filings'
import { detailUrl } from '../../shared/filing-text'
import { startRefiling } from './refile-draft'

const HEADINGS = {
  OPEN: '这次住院还能重新办',
  BEFORE_DISCHARGE: '这次住院还能重新办',
  CLOSED: '来不及重新办了，医药费还能报',
  DEEMED_FILED: '这次住院不用再办',
} as const

/**
 * On a cancelled or refused emergency filing (a trial: its 补办截止 still showed as if it ran, and
 * nothing led on): whether its admission can be filed again today (emergencyRefile, by the
 * 参保地's window for that admission), with 重新办急诊备案 for the same person and admission while it
 * can; past the window, the 零星报销 guidance (afterWindowGuidance) instead of a button to file.
 * Once another of the caller's filings stands for that admission (refiledBy), it leads there instead:
 * a second one would be refused as a duplicate.
 */
export default function RefileCard({ filing }: { filing: FilingView }) {
  const now = useNow()
  const profile = useMemo(() => profileFor(filing.insuredRegion), [filing.insuredRegion])
  const admittedOn = filing.emergency?.admittedOn ?? filing.startDate
  const w = useEmergencyWindow(admittedOn, profile, now, filing.emergency?.dischargedOn ?? undefined)
  const { members, loaded } = useFamilyMembers()
  // The caller's other filings: has the stay been filed again since? (Until they are read, or offline: not known, the button stays.)
  const [others, setOthers] = useState<FilingView[]>([])
  useLoadOnShow(useCallback(() => listFilings().then(({ filings }) => setOthers(filings)).catch(() => undefined), []))
  const refile = w?.ok ? emergencyRefile({ type: filing.type, status: filing.status, admittedOn }, w.value) : null
  if (!refile || !w?.ok) return null
  const again = refile.kind === 'DEEMED_FILED' ? null : refiledBy({ ...filing, admittedOn }, others, chinaToday(now))
  if (again) {
    return (
      <View className='detail__card' id='detail-refile'>
        <Text className='detail__heading' id='detail-refile-heading'>这次住院已经重新办了</Text>
        <Text className='detail__text' id='detail-refile-lead'>{`这条急诊备案${filing.status === 'CANCELLED' ? '已经取消' : '没有通过'}，不用管它了。`}</Text>
        <Text className='detail__strong' id='detail-refile-next'>{`这次住院看这一条：${again.typeName}，${again.statusLabel}，备案号 ${again.number}。`}</Text>
        <View className='detail__actions'>
          <Button type='primary' size='xlarge' block id='detail-refile-open' onClick={() => openPage(detailUrl(again.id))}>
            看重新办的这条备案
          </Button>
        </View>
      </View>
    )
  }
  const window = w.value
  const subject = subjectOfFiling(filing, members)
  const canRefile = refile.kind === 'OPEN' || refile.kind === 'BEFORE_DISCHARGE'
  const extension = refile.kind === 'OPEN' ? extensionLine(window) : null
  const guidance = refile.kind === 'CLOSED' ? afterWindowGuidance(profile) : null
  // Where 重新办 opens the flow, and the line that says so (a trial: 医院和诊断已经替您填好 over a
  // button that opened the first page, where neither is).
  const member = subject && !subject.self ? members.find((m) => m.id === subject.memberId) : undefined
  const entry = refileEntry(filing.emergency ?? null, member && !member.canFile ? member.name : null)

  return (
    <View className='detail__card' id='detail-refile'>
      <Text className='detail__heading' id='detail-refile-heading'>{HEADINGS[refile.kind]}</Text>
      <Text className='detail__text' id='detail-refile-lead'>{refile.lead}</Text>
      <Text className='detail__strong' id='detail-refile-next'>{refile.next}</Text>
      {extension ? <Text className='detail__text' id='detail-refile-extension'>{extension}</Text> : null}
      {refile.kind === 'OPEN' && window.provisional ? (
        <Text className='detail__text' id='detail-refile-provisional'>
          国家还没公布那段时间的放假安排，这个日期是按周末推算的，可能会变。请现在就办，不要等到最后一天。
        </Text>
      ) : null}

      {guidance ? (
        <View id='detail-refile-guidance'>
          <Text className='detail__text detail__strong'>{guidance.headline}</Text>
          {guidance.steps.map((step, i) => (
            <Text key={step} className='detail__text'>
              {i + 1}. {step}
            </Text>
          ))}
        </View>
      ) : null}

      <BasisNote
        name='refile'
        citations={guidance ? guidance.citations : window.citations}
        scope={window.scope}
        insuredRegion={filing.insuredRegion}
      />

      {canRefile && subject ? (
        <View className='detail__actions'>
          <Text className='detail__text' id='detail-refile-hint'>
            {entry.hint}
          </Text>
          <Button type='primary' size='xlarge' block id='detail-refile-start' onClick={() => startRefiling(filing, subject.self ? null : subject.memberId, entry.opensAt)}>
            重新办急诊备案
          </Button>
        </View>
      ) : canRefile && loaded ? (
        // The family member is no longer in the list: they are to be added (and authorise) again first.
        <Text className='detail__text' id='detail-refile-no-member'>
          {`${filing.subject.name}已经不在您的家人名单里了。要重新办，请先在“家人代办”里添加${filing.subject.name}，再从首页“在外地急诊住院了”办理。`}
        </Text>
      ) : null}

      {guidance ? (
        <View className='detail__actions'>
          <Button
            type='primary'
            size='xlarge'
            block
            id='detail-refile-after-window'
            onClick={() => {
              // The 零星报销 page reads whose 参保地 from the emergency flow's chosen person.
              if (subject) useEmergencyDraftStore.getState().setSubject(subject.self ? 'self' : memberKey(subject.memberId))
              goAfterWindow()
            }}
          >
            看零星报销要带什么、少报多少
          </Button>
        </View>
      ) : null}
    </View>
  )
}
