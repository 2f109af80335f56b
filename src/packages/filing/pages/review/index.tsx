import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import ApplicantDeclaration from '@/components/filing-sections/declaration'
import DuplicateActions from '@/components/filing-sections/duplicate-actions'
import SubmitProblem from '@/components/filing-sections/submit-problem'
import FlowSteps from '@/components/flow-steps'
import SummaryRow from '@/components/summary-row'
import { destinationLabelOf, insuredAreaOf } from '@/domain/regions'
import { FILING_TYPE_INFO } from '@/domain/filing-types'
import { unverifiedBeforeSubmit } from '@/domain/verification'
import { verifyMeans } from '@/lib/verify-means'
import { chineseDateOf } from '@/domain/calendar/day-number'
import { endDateRule, validityText } from '@/domain/filings'
import { chinaToday } from '@/domain/time/china-date'
import { now } from '@/lib/clock'
import { profileFor } from '@/domain/profiles'
import { ApiError } from '@/services/api-error'
import { createFiling } from '@/services/filings'
import { useCurrentDraft, useFilingDraftStore, type FilingStep } from '@/stores/use-filing-draft-store'
import { contactPhonesLine, useSubject } from '@/hooks/use-subject'
import { useMeOnShow } from '@/hooks/use-me-on-show'
import { useMeStore } from '@/stores/use-me-store'
import { admittedOnOf, goToStep, newIdempotencyKey, submissionOf } from '../../shared/flow'
import NeedsStart from '../../shared/needs-start'
import PageRoot from '@/components/page-root'
import { openPage, replacePage } from '@/lib/navigation'
import { tappable } from '@/lib/a11y'
import { INSURANCE_TYPES } from '@/domain/validation/profile'

/** Which step fixes a field the server refused. */
const FIELD_STEP: Record<string, FilingStep> = {
  materials: 'materials',
  materialNotes: 'materials',
  commitment: 'materials',
  type: 'start',
}

interface Problem {
  message: string
  fields: Record<string, string>
  existingFilingId?: string
  /** A 409 DUPLICATE_FILING: refusedFor is the draft it refused (refusedDraft), so a changed draft may be sent again. */
  duplicate?: { refusedFor: string }
  /** A 409 MULTI_PLACE_ON_COMMITMENT: the draft rested on a 承诺书 where only real proof will do. */
  multiPlace?: boolean
}

/** What a duplicate depends on (findDuplicateFiling): the type, place and start date of the draft. */
const refusedDraft = (d: { type: unknown; destination: string; startDate: string }) => JSON.stringify([d.type, d.destination, d.startDate])

export default function FilingReview() {
  const draft = useCurrentDraft()
  const subjectKey = useFilingDraftStore((s) => s.subject)
  const update = useFilingDraftStore((s) => s.update)
  const clear = useFilingDraftStore((s) => s.clear)
  const subject = useSubject(subjectKey)
  // The server approves an instant type at once only for a filer who passed 实人认证 (issue 11).
  // Read again when shown: the copy on the phone may be older than staff's decision on the photos.
  const verification = useMeStore((s) => s.me?.verification?.status ?? 'UNVERIFIED')
  useMeOnShow()
  const [submitting, setSubmitting] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const policy = useMemo(() => (subject ? profileFor(subject.insuredRegion) : null), [subject?.insuredRegion])

  if (!draft.type || !subject || !policy) {
    return <NeedsStart message='没有正在填写的备案。' action='去办理备案' />
  }
  const type = draft.type
  const apiSubject = subject.apiSubject
  const endAsked = endDateRule(type, policy).asked

  async function submit() {
    if (!draft.declarationAgreed) {
      setProblem({ message: '请先勾选“申请人承诺”', fields: {} })
      return
    }
    // One key per submission: a double tap or a retry after a network drop files only once.
    const key = draft.idempotencyKey ?? newIdempotencyKey()
    if (!draft.idempotencyKey) update({ idempotencyKey: key })
    setSubmitting(true)
    setProblem(null)
    try {
      const filing = await createFiling(submissionOf(draft, endAsked, apiSubject), key)
      clear(subjectKey)
      void replacePage(`/packages/filing/pages/result/index?id=${filing.id}`)
    } catch (e) {
      if (e instanceof ApiError) {
        const existing = e.details.existingFilingId
        setProblem({
          message: e.message,
          fields: e.fields,
          existingFilingId: typeof existing === 'string' ? existing : undefined,
          ...(e.code === 'DUPLICATE_FILING' ? { duplicate: { refusedFor: refusedDraft(draft) } } : {}),
          ...(e.code === 'MULTI_PLACE_ON_COMMITMENT' ? { multiPlace: true } : {}),
        })
        // A refused submission may be corrected and sent again as a new one.
        if (e.status >= 400 && e.status < 500 && e.code !== 'IDEMPOTENCY_IN_PROGRESS') update({ idempotencyKey: null })
      } else {
        setProblem({ message: '提交没有成功，请再点一次（不会重复提交）', fields: {} })
      }
    } finally {
      setSubmitting(false)
    }
  }

  // Refused as a duplicate, and not changed since: the next step is the standing filing, not 提交 again.
  const duplicate = problem?.duplicate?.refusedFor === refusedDraft(draft)
  // Refused for resting on a 承诺书 in a second place, and still on it: the way out is real proof, not 提交 again.
  const commitmentRefused = problem?.multiPlace === true && draft.useCommitment
  const toProof = () => {
    update({ useCommitment: false, commitmentAgreed: false, commitmentName: '' })
    goToStep('materials')
  }
  // Instant only for a verified filer (issue 11); otherwise it waits for staff once sent.
  const waitsForReview = !(FILING_TYPE_INFO[type].instant && verification === 'VERIFIED')
  const today = chinaToday(now())
  const validityWhileWaiting = validityText(
    {
      type,
      status: 'UNDER_REVIEW',
      startDate: draft.startDate,
      endDate: endAsked ? draft.endDate : null,
      // Worked out, as it will be once sent (validityText says "最早从" only for a start still ahead).
      validFrom: draft.startDate,
      validTo: endAsked ? draft.endDate : null,
      admittedOn: admittedOnOf(draft),
    },
    today,
  )
  const fieldSteps = problem ? Array.from(new Set(Object.keys(problem.fields).map((f) => FIELD_STEP[f] ?? 'form'))) : []

  return (
    <PageRoot className='flow'>
      <FlowSteps current={4} />
      <View className='flow__section' id='review-summary'>
        <Text className='flow__title'>请核对</Text>
        <SummaryRow label='参保人' value={subject.kin ? `${subject.name}（${subject.kin}，由您代办）` : subject.name} />
        <SummaryRow label='参保地' value={insuredAreaOf(subject.insuredRegion)?.label ?? subject.insuredRegion} />
        {/* The form's 险种 (004 表8), as 实名信息 or the family member record has it (a trial: not shown). */}
        {subject.insuranceType ? <SummaryRow label='险种' value={INSURANCE_TYPES[subject.insuranceType]} /> : null}
        <SummaryRow label='备案类型' value={FILING_TYPE_INFO[type].officialName} />
        <SummaryRow label='备案地' value={destinationLabelOf(draft.destination)} />
        {waitsForReview ? (
          // It will wait for staff: in force from the day it is approved, not from the start picked
          // (a trial read 开始日期 here as the day it would hold). Said as its pages will say it.
          <>
            {/* A start picked for today or before is not in the validity's words (approval comes
                later): the date picked is still shown, so it can be checked (a trial: it disappeared). */}
            {draft.startDate && draft.startDate <= today && !admittedOnOf(draft) ? (
              <SummaryRow label='您选的开始日期' value={`${chineseDateOf(draft.startDate)}${draft.startDate === today ? '（今天）' : ''}`} />
            ) : null}
            <SummaryRow label='申请的有效期' value={validityWhileWaiting} />
          </>
        ) : (
          <>
            <SummaryRow label='开始日期' value={chineseDateOf(draft.startDate)} />
            {endAsked ? <SummaryRow label='结束日期' value={chineseDateOf(draft.endDate)} /> : null}
          </>
        )}
        <SummaryRow label='联系电话' value={contactPhonesLine(draft.phone1, draft.phone2, subject)} />
        <SummaryRow label='外地住址' value={draft.addressAtDestination} />
        {draft.chronicDiseaseHospital ? <SummaryRow label='慢特病医院' value={draft.chronicDiseaseHospital} /> : null}
        {draft.multiPlace ? <SummaryRow label='多地备案' value='是' /> : null}
        <SummaryRow label='材料' value={`${draft.uploads.length} 张照片${draft.useCommitment ? '，已签个人承诺书' : ''}`} />
        <Text className='flow__link' id='edit-form' {...tappable(null, () => goToStep('form'))}>
          修改信息
        </Text>
      </View>

      <ApplicantDeclaration agreed={draft.declarationAgreed} onChange={(v) => update({ declarationAgreed: v })} proxyFor={subject.self ? null : `${subject.kin ?? ''}${subject.name}`} />

      {FILING_TYPE_INFO[type].instant && !duplicate ? (
        <Text className='flow__text review__instant' id='review-instant'>
          {verification === 'VERIFIED'
            ? '提交后马上出结果，不用等审核。'
            : unverifiedBeforeSubmit(!subject.self, verification, verifyMeans())}
        </Text>
      ) : null}

      {problem ? (
        <SubmitProblem message={problem.message} fields={problem.fields} steps={fieldSteps} linkOf={(step) => (step === 'materials' ? '去补材料 ›' : step === 'start' ? '重新选类型 ›' : '去修改信息 ›')} onStep={goToStep}>
          {problem.existingFilingId && !duplicate ? (
            <Text
              className='flow__link'
              id='open-existing'
              {...tappable(null, () => openPage(`/packages/mine/pages/detail/index?id=${problem.existingFilingId}`))}
            >
              查看已有的备案 ›
            </Text>
          ) : null}
        </SubmitProblem>
      ) : null}

      <View className='flow__footer'>
        {duplicate ? (
          <DuplicateActions existingFilingId={problem?.existingFilingId} forMember={!subject.self} />
        ) : commitmentRefused ? (
          <View id='commitment-refused-actions'>
            <Button type='primary' size='xlarge' block id='go-proof' onClick={toProof}>
              不用承诺书，去上传证明材料
            </Button>
            <Text className='flow__text duplicate-actions__why' id='submit-blocked'>
              用承诺书提交还会被退回。上传了证明材料，就可以再提交。
            </Text>
            <Button size='xlarge' block className='flow__secondary' id='submit' disabled>
              提交备案
            </Button>
          </View>
        ) : (
          <Button type='primary' size='xlarge' block id='submit' loading={submitting} disabled={submitting} onClick={submit}>
            提交备案
          </Button>
        )}
      </View>
    </PageRoot>
  )
}
