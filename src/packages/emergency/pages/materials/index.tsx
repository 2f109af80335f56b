import { View, Text } from '@tarojs/components'
import BasisNote from '@/components/basis-note'
import FlowSteps from '@/components/flow-steps'
import ForWhom from '@/components/for-whom'
import MaterialCard from '@/components/material-card'
import { useShownPhotos } from '@/hooks/use-shown-photos'
import { givenFromUploads, materialsFor, missingMaterials, type MaterialRequirement } from '@/domain/materials'
import MaterialsFooter from '@/components/filing-sections/materials-footer'
import UploadError from '@/components/filing-sections/upload-error'
import { useDraftPhotos } from '@/components/filing-sections/use-draft-photos'
import { latestEmergencyDraft, useCurrentEmergencyDraft, useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { EMERGENCY_STEPS, goToStep } from '../../shared/flow'
import BackToStart from '../../shared/back-to-start'
import '../../shared/emergency.scss'
import PageRoot from '@/components/page-root'
import { aboutWhom, useSubject } from '@/hooks/use-subject'
import { citationScopeFor } from '@/domain/citation'

const LIST = materialsFor('EMERGENCY')

export default function EmergencyMaterials() {
  const draft = useCurrentEmergencyDraft()
  // The photos as they can be shown now (the paths kept in the draft are gone after a relaunch).
  const shown = useShownPhotos(draft.uploads)
  const update = useEmergencyDraftStore((s) => s.update)
  const subject = useSubject(useEmergencyDraftStore((s) => s.subject))
  const { upload, pick, remove } = useDraftPhotos(() => latestEmergencyDraft().uploads, (uploads) => update({ uploads }))

  if (!draft.awayReason || !draft.admittedOn) {
    return (
      <BackToStart notice='请先填写住院信息。' action='去填写' />
    )
  }

  // The same rule as the ordinary filing's materials: a 身份证 counts with both sides.
  const missing = missingMaterials('EMERGENCY', givenFromUploads(draft.uploads))
  const isMissing = (r: MaterialRequirement) => missing.some((m) => m.id === r.id)

  const next = () => {
    update({ step: 'review' })
    goToStep('review')
  }

  return (
    <PageRoot className='flow'>
      <FlowSteps current={3} steps={EMERGENCY_STEPS} />
      <ForWhom subject={subject} what='急诊补办备案' />
      <View className='flow__section'>
        <Text className='flow__title'>拍两样材料</Text>
        <Text className='flow__text' id='materials-intro'>一样证明{aboutWhom(subject, '您')}是谁，一样证明是急诊住的院。每样拍一张清楚的照片就行，不用跑窗口。</Text>
        <Text className='flow__text'>急诊的材料找医院要：诊断证明、急诊病历或入院记录，任选一种，上面要有医院的红色公章。</Text>
        <BasisNote name='materials' citations={LIST.citations} scope={citationScopeFor(LIST.citations, subject?.insuredRegion ?? null)} insuredRegion={subject?.insuredRegion ?? null} />
      </View>

      <UploadError message={upload.error} />

      {LIST.requirements.map((r) => (
        <MaterialCard
          key={r.id}
          requirement={r}
          files={shown.filter((u) => u.requirementId === r.id)}
          done={!isMissing(r)}
          busy={upload.busy}
          onPick={(item, side) => void pick(r, item, side)}
          onRemove={remove}
          // The patient's, when a proxy files: 证明王秀英是突发急病, not 证明您 (a trial: 您 read as the son).
          subjectName={subject && !subject.self ? subject.name : null}
        />
      ))}

      <MaterialsFooter missing={missing} onNext={next} />
    </PageRoot>
  )
}
