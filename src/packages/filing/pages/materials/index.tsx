import { useMemo } from 'react'
import { View, Text } from '@tarojs/components'
import { Checkbox, Input } from '@nutui/nutui-react-taro'
import BasisNote from '@/components/basis-note'
import FlowSteps from '@/components/flow-steps'
import ForWhom from '@/components/for-whom'
import MaterialCard from '@/components/material-card'
import { useShownPhotos } from '@/hooks/use-shown-photos'
import { commitmentConsequence, commitmentShortfall, commitmentText, commitmentTextFor, givenFromUploads, materialsFor, missingMaterials, type MaterialRequirement } from '@/domain/materials'
import { PROXY_SIGNATURE_CITATIONS, commitmentBarOf } from '@/domain/filings'
import { chinaToday } from '@/domain/time/china-date'
import { useFamilyMembers } from '@/hooks/use-family-members'
import { now } from '@/lib/clock'
import { profileFor } from '@/domain/profiles'
import { FILING_TYPE_INFO, type FilingType } from '@/domain/filing-types'
import type { CommitmentFilingType } from '@/domain/materials'
import { sameName } from '@/domain/validation/name'
import MaterialsFooter from '@/components/filing-sections/materials-footer'
import UploadError from '@/components/filing-sections/upload-error'
import { useDraftPhotos } from '@/components/filing-sections/use-draft-photos'
import { useCurrentDraft, useFilingDraftStore } from '@/stores/use-filing-draft-store'
import { useSubject } from '@/hooks/use-subject'
import { destinationOf, goToStep } from '../../shared/flow'
import { useSubjectFilings } from '../../shared/subject-filings'
import NeedsStart from '../../shared/needs-start'
import './index.scss'
import PageRoot from '@/components/page-root'
import { tappable } from '@/lib/a11y'
import { citationScopeFor } from '@/domain/citation'

/** The types whose filing may rest on a commitment (FILING_TYPE_INFO.commitmentAllowed). */
function isCommitmentType(type: FilingType): type is CommitmentFilingType {
  return FILING_TYPE_INFO[type].commitmentAllowed && type !== 'REFERRAL' && type !== 'OTHER_TEMPORARY' && type !== 'EMERGENCY'
}

export default function FilingMaterials() {
  const draft = useCurrentDraft()
  // The photos as they can be shown now (the paths kept in the draft are gone after a relaunch).
  const shown = useShownPhotos(draft.uploads)
  const update = useFilingDraftStore((s) => s.update)
  const subjectKey = useFilingDraftStore((s) => s.subject)
  const subject = useSubject(subjectKey)
  // The person's standing filings, as on the first step: the 承诺书 is not offered where the server would refuse it.
  const { members } = useFamilyMembers()
  const filings = useSubjectFilings(subjectKey, members)
  const filer = useSubject('self')
  const { upload, pick, remove } = useDraftPhotos(
    () => useFilingDraftStore.getState().drafts[useFilingDraftStore.getState().subject]?.uploads ?? [],
    (uploads) => update({ uploads }),
  )
  const { busy, error: uploadError } = upload

  const policy = useMemo(() => (subject ? profileFor(subject.insuredRegion) : null), [subject?.insuredRegion])
  if (!draft.type || !subject || !policy) {
    return <NeedsStart message='请先选择备案类型并填写信息。' />
  }

  // Filed in another place already (多地备案, 002 第十一条): the server refuses a commitment (decideMultiPlace),
  // so it is not offered (trial: the daughter read and signed it, and was refused only at 提交备案).
  const bar = filings
    ? commitmentBarOf(filings, { type: draft.type, destination: destinationOf(draft.destination) }, {
        profile: policy,
        today: chinaToday(now()),
        ...(subject.self ? {} : { subjectName: subject.name }),
      })
    : null
  const opts = { multiPlace: draft.multiPlace || bar !== null, commitmentLockMonths: policy.commitmentLock.months }
  const list = materialsFor(draft.type, opts)
  // A commitment chosen before (or kept in the draft) counts only while one may be offered.
  const useCommitment = draft.useCommitment && list.commitmentAllowed
  // The text matches the type (a student declares study, not a 6-month stay); issue 12 item 11.
  const commitment = isCommitmentType(draft.type)
    ? commitmentTextFor(draft.type, { student: draft.chooserAnswers.reason === 'study', lockMonths: policy.commitmentLock.months })
    : commitmentText(policy.commitmentLock.months)
  const before = commitmentConsequence(policy.commitmentLock.months)
  // 代签 (004 个人承诺书 温馨提示2): filing for a family member who cannot sign, the filer signs in their own name.
  const byProxy = !subject.self && draft.commitmentByProxy === true && filer !== null
  const signerName = byProxy && filer ? filer.name : subject.name
  const commitmentCitations = byProxy ? [...commitment.citations, ...PROXY_SIGNATURE_CITATIONS] : commitment.citations
  const commitmentSigned = useCommitment && draft.commitmentAgreed && sameName(draft.commitmentName, signerName)
  const given = givenFromUploads(draft.uploads)
  const unmet = missingMaterials(draft.type, { ...given, commitmentSigned }, opts)
  const isMissing = (r: MaterialRequirement) => unmet.some((m) => m.id === r.id)
  // With the 承诺书 chosen, 还缺 names what keeps it from being signed, not the proof it replaces.
  const missing: { title: string; stillNeeds?: string }[] = useCommitment
    ? [
        ...missingMaterials(draft.type, { ...given, commitmentSigned: true }, opts),
        ...commitmentShortfall({ signedName: draft.commitmentName, signerName, byProxy, self: subject.self, agreed: draft.commitmentAgreed }).map((title) => ({ title })),
      ]
    : unmet

  // A note on a photo (房产证: who the owner is) is kept on the draft's upload (issue 13 item 11).
  const setNote = (id: string, note: string) => {
    const { drafts, subject: key } = useFilingDraftStore.getState()
    update({ uploads: (drafts[key]?.uploads ?? []).map((u) => (u.id === id ? { ...u, note } : u)) })
  }
  const notes = Object.fromEntries(draft.uploads.map((u) => [u.id, u.note ?? '']))

  const next = () => {
    // A commitment the rule does not allow is not sent: the server would refuse the filing.
    update({ step: 'review', ...(draft.useCommitment && !useCommitment ? { useCommitment: false, commitmentAgreed: false, commitmentName: '' } : {}) })
    goToStep('review')
  }

  return (
    <PageRoot className='flow'>
      <FlowSteps current={3} />
      <ForWhom subject={subject} what='备案' />
      <View className='flow__section'>
        <Text className='flow__title'>要交的材料</Text>
        <Text className='flow__text'>每一项拍一张清楚的照片就行，不用跑窗口。</Text>
        {list.notes.map((n) => (
          <Text key={n} className='flow__text'>
            · {n}
          </Text>
        ))}
        <BasisNote name='materials' citations={list.citations} scope={citationScopeFor(list.citations, subject.insuredRegion)} insuredRegion={subject.insuredRegion} />
      </View>

      {bar ? (
        <View className='flow__notice' id='commitment-barred'>
          <Text className='flow__title'>这次不能用个人承诺书</Text>
          <Text className='flow__text'>请在下面上传真实的证明材料。</Text>
          <Text className='flow__text'>{bar.message}</Text>
        </View>
      ) : null}

      <UploadError message={uploadError} />

      {list.requirements.map((r) => {
        const files = shown.filter((u) => u.requirementId === r.id)
        const coveredByCommitment = r.commitmentInstead && commitmentSigned && files.length === 0
        return (
          <MaterialCard
            key={r.id}
            requirement={r}
            files={files}
            done={!isMissing(r)}
            doneLabel={coveredByCommitment ? '已签承诺书' : undefined}
            todoLabel={useCommitment && r.commitmentInstead ? '承诺书还没签好' : undefined}
            busy={busy}
            showOptions={!(useCommitment && r.commitmentInstead)}
            onPick={(item, side) => void pick(r, item, side)}
            onRemove={remove}
            notes={notes}
            onNoteChange={setNote}
            subjectName={subject.self ? null : subject.name}
          >
            {r.commitmentInstead && list.commitmentAllowed ? (
              <View className='materials__commitment-switch'>
                <Text
                  className='flow__link'
                  id={`commitment-toggle-${r.id}`}
                  {...tappable(null, () => update({ useCommitment: !useCommitment, commitmentAgreed: false }))}
                >
                  {useCommitment ? '不签承诺书了，我上传证明' : '没有这些证明？签个人承诺书代替'}
                </Text>
              </View>
            ) : null}
          </MaterialCard>
        )
      })}

      {useCommitment ? (
        <View className='flow__section materials__commitment' id='commitment'>
          <Text className='flow__title'>{commitment.title}</Text>
          <View className='materials__before-signing' id='commitment-consequence'>
            <Text className='flow__title'>签之前请知道</Text>
            <Text className='flow__text'>{before.consequence}</Text>
            <Text className='flow__text'>也可以不用承诺书：</Text>
            {before.alternatives.map((a, i) => (
              <Text key={i} className='flow__text' id={`commitment-alternative-${i}`}>
                {i + 1}. {a}
              </Text>
            ))}
            <BasisNote name='commitment-consequence' citations={before.citations} scope={policy.commitmentLock.scope} insuredRegion={subject.insuredRegion} />
          </View>
          <Text className='flow__text'>签了承诺书，就不用交上面的证明。请您（或参保人本人）读完再签。</Text>
          <View className='materials__commitment-text'>
            {commitment.text.split('\n').map((line, i) => (
              <Text key={i} className='materials__commitment-line'>
                {line}
              </Text>
            ))}
          </View>
          {!subject.self && filer ? (
            <View className='materials__agree' id='commitment-by-proxy'>
              <Checkbox
                className={`flow__tick${byProxy ? ' flow__tick--on' : ''}`}
                checked={byProxy}
                onChange={(v) => update({ commitmentByProxy: v, commitmentName: '', commitmentAgreed: false })}
                label={`${subject.name}本人没法签字，由我（${filer.name}）代签`}
              />
              {/* What ticking does, not a second instruction beside the signature's (a trial read both as hers to follow). */}
              <Text className='flow__text' id='commitment-by-proxy-effect'>
                {byProxy
                  ? `已勾选：请签您自己的姓名；备案上会记下“由您代签”和您与${subject.name}的关系。`
                  : `勾选后，签您自己的姓名；备案上会记下“由您代签”和您与${subject.name}的关系。`}
              </Text>
            </View>
          ) : null}
          <Text className='materials__sign-label' id='commitment-sign-label'>
            {/* Whose hand signs, said to whoever holds the phone (a trial: a daughter read 参保人的姓名 as hers to type). */}
            {byProxy
              ? `代签：请输入您自己的姓名“${signerName}”`
              : subject.self
                ? `签名：请输入您的姓名“${subject.name}”`
                : `签名：请${subject.name}本人输入姓名“${subject.name}”（${subject.name}没法签的，勾选上面的“由我代签”）`}
          </Text>
          <Input
            name='commitmentName'
            className='materials__sign-input'
            value={draft.commitmentName}
            placeholder='输入姓名作为签名'
            onChange={(v) => update({ commitmentName: v })}
          />
          {draft.commitmentName.trim() && !sameName(draft.commitmentName, signerName) ? (
            <Text className='materials__sign-error'>
              {byProxy ? `代签要签您自己的姓名“${signerName}”` : `签名要和参保人姓名“${subject.name}”一致`}
            </Text>
          ) : null}
          <View className='materials__agree' id='commitment-agree'>
            <Checkbox className={`flow__tick${draft.commitmentAgreed ? ' flow__tick--on' : ''}`} checked={draft.commitmentAgreed} onChange={(v) => update({ commitmentAgreed: v })} label='我已阅读，承诺以上内容属实' />
          </View>
          <BasisNote name='commitment' citations={commitmentCitations} scope={citationScopeFor(commitmentCitations, subject.insuredRegion)} insuredRegion={subject.insuredRegion} />
        </View>
      ) : null}

      <MaterialsFooter missing={missing} onNext={next} />
    </PageRoot>
  )
}
