import { useEffect, useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import ApplicantDeclaration from '@/components/filing-sections/declaration'
import DuplicateActions from '@/components/filing-sections/duplicate-actions'
import SubmitProblem from '@/components/filing-sections/submit-problem'
import FlowSteps from '@/components/flow-steps'
import SummaryRow from '@/components/summary-row'
import { destinationLabelOf, insuredAreaOf } from '@/domain/regions'
import { AWAY_REASONS, EMERGENCY_CRITERIA } from '@/domain/emergency'
import { profileFor } from '@/domain/profiles'
import { chinaToday } from '@/domain/time/china-date'
import { useNow } from '@/hooks/use-now'
import { ApiError } from '@/services/api-error'
import { createFiling } from '@/services/filings'
import { fetchNotificationTemplates, type NotificationTemplates } from '@/services/notifications'
import { latestEmergencyDraft, useCurrentEmergencyDraft, useEmergencyDraftStore, type EmergencyStep } from '@/stores/use-emergency-draft-store'
import { contactPhonesLine, useSubject } from '@/hooks/use-subject'
import DeadlineBlock from '../../shared/deadline-block'
import { AFTER_WINDOW_URL, EMERGENCY_STEPS, chineseDate, goToStep, newIdempotencyKey, submissionOf, useEmergencyWindow } from '../../shared/flow'
import { askForReminders, settleWithin } from '../../shared/reminders'
import BackToStart from '../../shared/back-to-start'
import { useMemberConsent } from '../../shared/use-member-consent'
import '../../shared/emergency.scss'
import PageRoot from '@/components/page-root'
import { openPage, replacePage } from '@/lib/navigation'
import { tappable } from '@/lib/a11y'
import { INSURANCE_TYPES } from '@/domain/validation/profile'

/** Which step fixes a field the server refused. */
const FIELD_STEP: Record<string, EmergencyStep> = {
  materials: 'materials',
  criteria: 'start',
  awayReason: 'start',
}

const STEP_LINK: Record<EmergencyStep, string> = {
  start: '重新回答问题 ›',
  details: '去修改住院信息 ›',
  materials: '去补拍材料 ›',
  review: '',
}

interface Problem {
  message: string
  fields: Record<string, string>
  existingFilingId?: string
  /** A 409 DUPLICATE_FILING or EMERGENCY_ALREADY_COVERED: refusedFor is the draft it refused (refusedDraft), so a changed draft may be sent again. */
  duplicate?: { refusedFor: string }
}

/** What an emergency duplicate (or a stay already covered) depends on: the same admission, the same place. */
const refusedDraft = (d: { destination: string; admittedOn: string }) => JSON.stringify([d.destination, d.admittedOn])

export default function EmergencyReview() {
  const draft = useCurrentEmergencyDraft()
  const subject = useEmergencyDraftStore((s) => s.subject)
  const update = useEmergencyDraftStore((s) => s.update)
  const clear = useEmergencyDraftStore((s) => s.clear)
  const profile = useSubject(subject)
  const now = useNow()
  const [submitting, setSubmitting] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [templates, setTemplates] = useState<NotificationTemplates | null>(null)
  // Filled in while the member's consent was awaited (the first page's 先填住院信息、拍材料): 提交 waits for it.
  const consent = useMemberConsent(subject, now)
  const policy = useMemo(() => (profile ? profileFor(profile.insuredRegion) : null), [profile])
  const emergencyWindow = useEmergencyWindow(draft.admittedOn, policy, now)

  // Reminder templates are asked for ahead, so the WeChat dialog can open right in the tap.
  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') return
    fetchNotificationTemplates()
      .then(setTemplates)
      .catch(() => undefined)
  }, [])

  if (!profile || !policy || !draft.awayReason || !draft.admittedOn) {
    return (
      <BackToStart notice='没有正在填写的急诊备案。' action='去办理' />
    )
  }
  const apiSubject = profile.apiSubject

  async function submit() {
    if (!latestEmergencyDraft().declarationAgreed) {
      setProblem({ message: '请先勾选“申请人承诺”', fields: {} })
      return
    }
    // Asked in the tap itself; answered or not within a while, the filing goes ahead.
    const reminders = askForReminders(templates)
    setSubmitting(true)
    setProblem(null)
    await settleWithin(reminders, 20_000)
    // One key per submission: a double tap or a retry after a network drop files only once.
    const current = latestEmergencyDraft()
    const key = current.idempotencyKey ?? newIdempotencyKey()
    if (!current.idempotencyKey) update({ idempotencyKey: key })
    try {
      const filing = await createFiling(submissionOf(current, apiSubject), key)
      clear(subject)
      void replacePage(`/packages/filing/pages/result/index?id=${filing.id}`)
    } catch (e) {
      if (e instanceof ApiError) {
        // A refused submission may be corrected and sent again as a new one.
        if (e.status >= 400 && e.status < 500 && e.code !== 'IDEMPOTENCY_IN_PROGRESS') update({ idempotencyKey: null })
        if (e.code === 'EMERGENCY_WINDOW_CLOSED') {
          replacePage(AFTER_WINDOW_URL)
          return
        }
        const existing = e.details.existingFilingId
        setProblem({
          message: e.message,
          fields: e.fields,
          existingFilingId: typeof existing === 'string' ? existing : undefined,
          // This admission is filed already, or a filing the person holds covers it (409
          // EMERGENCY_ALREADY_COVERED): either way the next step is that filing, not 提交 again.
          ...(e.code === 'DUPLICATE_FILING' || e.code === 'EMERGENCY_ALREADY_COVERED' ? { duplicate: { refusedFor: refusedDraft(current) } } : {}),
        })
      } else {
        setProblem({ message: '提交没有成功，请再点一次（不会重复提交）', fields: {} })
      }
    } finally {
      setSubmitting(false)
    }
  }

  // Refused as a duplicate (this admission is filed already), and not changed since: the next step
  // is the standing filing, not 提交 again (as on the other filings' 请核对).
  const duplicate = problem?.duplicate?.refusedFor === refusedDraft(draft)
  const fieldSteps = problem ? Array.from(new Set(Object.keys(problem.fields).map((f) => FIELD_STEP[f] ?? 'details'))) : []
  const criteria = EMERGENCY_CRITERIA.filter((c) => draft.criteria.includes(c.id)).map((c) => c.label)

  return (
    <PageRoot className='flow'>
      <FlowSteps current={4} steps={EMERGENCY_STEPS} />

      {emergencyWindow?.ok ? <DeadlineBlock emergencyWindow={emergencyWindow.value} today={chinaToday(now)} insuredRegion={profile.insuredRegion} /> : null}

      <View className='flow__section' id='review-summary'>
        <Text className='flow__title'>请核对</Text>
        <SummaryRow label='参保人' value={profile.kin ? `${profile.name}（${profile.kin}，由您代办）` : profile.name} />
        <SummaryRow label='参保地' value={insuredAreaOf(profile.insuredRegion)?.label ?? profile.insuredRegion} />
        {/* The form's 险种 (004 表8), as 实名信息 or the family member record has it (a trial: not shown). */}
        {profile.insuranceType ? <SummaryRow label='险种' value={INSURANCE_TYPES[profile.insuranceType]} /> : null}
        <SummaryRow label='住院日期' value={chineseDate(draft.admittedOn)} />
        <SummaryRow label='医院' value={draft.hospitalName} />
        <SummaryRow label='医院所在地' value={destinationLabelOf(draft.destination)} />
        <SummaryRow label='诊断' value={draft.diagnosis} />
        <SummaryRow label='急诊情况' value={criteria.join('；')} />
        <SummaryRow label='在外地原因' value={AWAY_REASONS[draft.awayReason]} />
        {draft.leftOn ? <SummaryRow label='离开参保地' value={draft.leftOn} /> : null}
        <SummaryRow label='联系电话' value={contactPhonesLine(draft.phone1, draft.phone2, profile)} />
        <SummaryRow label='材料' value={`${draft.uploads.length} 张照片`} />
        <Text className='flow__link' id='edit-details' {...tappable(null, () => goToStep('details'))}>
          修改信息
        </Text>
      </View>

      <ApplicantDeclaration agreed={draft.declarationAgreed} onChange={(v) => update({ declarationAgreed: v })} proxyFor={profile && !profile.self ? `${profile.kin ?? ''}${profile.name}` : null} />

      <Text className='flow__text review__instant'>急诊备案要医保经办机构审核，一般 1 个工作日内出结果，审核结果可以在“我的备案”里看。</Text>

      {templates && (templates.deadline || templates.decision) ? (
        <Text className='flow__notice' id='reminder-hint'>
          点“提交”后，微信会问要不要接收截止提醒和审核结果的消息，建议点“允许”。不允许也能正常提交。
        </Text>
      ) : null}

      {problem ? (
        <SubmitProblem message={problem.message} fields={problem.fields} steps={fieldSteps} linkOf={(step) => STEP_LINK[step]} onStep={goToStep} />
      ) : null}

      {consent ? (
        <View className='flow__section' id='review-needs-consent'>
          <Text className='flow__title'>{`${consent.until}才能提交`}</Text>
          <Text className='flow__text' id='review-needs-consent-text'>
            {`填好的住院信息和拍好的照片都留着。${consent.until}，回到这里点“提交急诊备案”。请留意上面的截止日期。`}
          </Text>
        </View>
      ) : null}

      <View className='flow__footer'>
        {consent ? (
          <Button type='primary' size='xlarge' block id='review-ask-consent' onClick={() => openPage(consent.url)}>
            {consent.action}
          </Button>
        ) : duplicate ? (
          <DuplicateActions existingFilingId={problem?.existingFilingId} forMember={!profile.self} submitLabel='提交急诊备案' />
        ) : (
          <Button type='primary' size='xlarge' block id='submit' loading={submitting} disabled={submitting} onClick={submit}>
            提交急诊备案
          </Button>
        )}
      </View>
    </PageRoot>
  )
}
