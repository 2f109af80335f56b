import { Fragment, useState } from 'react'
import { now } from '@/lib/clock'
import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import BasisNote from '@/components/basis-note'
import FlowSteps from '@/components/flow-steps'
import NeedsProfile from '@/components/needs-profile'
import PageRoot from '@/components/page-root'
import ResumeDraft from '@/components/resume-draft'
import SubjectChooser from '@/components/subject-chooser'
import VerifyCard from '@/components/verify-card'
import { citationScopeFor } from '@/domain/citation'
import { HUKOU_QUESTION, emergencyAnswersOf, emergencyStayNote, resettlementAdvice, resolveChooser, type ChooserAnswers, type HukouAnswer, type QuestionId } from '@/domain/chooser'
import { FILING_TYPE_INFO, FILING_TYPE_LIST, type FilingType } from '@/domain/filing-types'
import { draftDuplicateOf } from '@/domain/filings'
import { ASK_WHOM_PROMPT, askWhom } from '@/domain/family/ask-whom'
import { profileFor } from '@/domain/profiles'
import { chinaToday } from '@/domain/time/china-date'
import { useCurrentDraft, useFilingDraftStore, type SubjectKey } from '@/stores/use-filing-draft-store'
import { useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { useFlowSubject } from '@/hooks/use-flow-subject'
import { aboutWhom } from '@/hooks/use-subject'
import { STEP_NAMES, destinationOf, goToStep } from '../../shared/flow'
import StandingFilings, { detailUrl } from './standing-filings'
import { useSubjectFilings } from '../../shared/subject-filings'
import './index.scss'
import { openPage } from '@/lib/navigation'
import { verifyMeans } from '@/lib/verify-means'
import { roleAttr, tappable } from '@/lib/a11y'

const SELF_SERVICE_TYPES = FILING_TYPE_LIST.filter((t) => t !== 'EMERGENCY')
const EMERGENCY_START_URL = '/packages/emergency/pages/start/index'
const EMERGENCY_DETAILS_URL = '/packages/emergency/pages/details/index'

export default function FilingStart() {
  const draft = useCurrentDraft()
  const update = useFilingDraftStore((s) => s.update)
  const reset = useFilingDraftStore((s) => s.reset)
  const subjectKey = useFilingDraftStore((s) => s.subject)
  const setSubject = useFilingDraftStore((s) => s.setSubject)
  const { me, meLoading, profile, subject, members } = useFlowSubject(subjectKey, setSubject)
  const { params } = useRouter()
  // Chosen on this visit (or the page never had to ask): the one in the store is the answer.
  const [chosen, setChosen] = useState(false)
  const [mode, setMode] = useState<'guided' | 'direct'>('guided')
  const [picked, setPicked] = useState<FilingType | null>(null)
  // 异地安置 chosen directly: the guided chooser's 户口 question, asked before going on (a trial).
  const [hukou, setHukou] = useState<HukouAnswer | null>(null)
  const filings = useSubjectFilings(subjectKey, members)

  const chooser = resolveChooser(draft.chooserAnswers)
  // The questions say 您; filing for a family member they name them (a trial: a daughter read
  // "户口…改到您养老的地方" as about herself).
  const say = (text: string) => text.split('您').join(aboutWhom(subject, '您'))

  const answer = (question: QuestionId, answerId: string) => {
    update({ chooserAnswers: { ...draft.chooserAnswers, [question]: answerId } })
  }

  /** Goes back to a question: it and every answer after it are asked again. */
  const reask = (question: QuestionId) => {
    const kept: ChooserAnswers = {}
    for (const step of chooser.path) {
      if (step.question.id === question) break
      kept[step.question.id] = step.answer.id
    }
    update({ chooserAnswers: kept })
  }

  // For the person chosen here: the emergency page asks 为谁 again only by its general entry (askWhom).
  const emergencyStartUrl = subject && !subject.self ? `${EMERGENCY_START_URL}?member=${encodeURIComponent(subject.key.slice('member:'.length))}` : `${EMERGENCY_START_URL}?whom=self`
  const confirm = (type: FilingType) => {
    if (type === 'EMERGENCY') {
      // What the questions here answered is not asked again there (a trial: 住院了 and 不超过 3 个月
      // twice): into that person's emergency draft, where it has no answer of its own yet.
      const emergency = useEmergencyDraftStore.getState()
      const theirs = emergency.drafts[subjectKey]
      const known = emergencyAnswersOf(draft.chooserAnswers, { admitted: theirs?.admitted ?? null, awayLength: theirs?.awayLength ?? null })
      emergency.setSubject(subjectKey)
      if (Object.keys(known).length > 0) useEmergencyDraftStore.getState().update(known)
      // For the person the questions were about (a trial: it opened for oneself).
      openPage(emergencyStartUrl)
      return
    }
    update({
      type,
      step: 'form',
      startDate: draft.startDate || chinaToday(now()),
      phone1: draft.phone1 || subject?.phone || '',
      phone2: draft.phone2 || subject?.filerPhone || '',
    })
    goToStep('form')
  }

  // 视同已备案: the emergency flow's page of what to tell the hospital, for this person (it needs none
  // of that flow's questions).
  const tellTheHospital = () => {
    useEmergencyDraftStore.getState().setSubject(subjectKey)
    void openPage(EMERGENCY_DETAILS_URL)
  }

  const resumable = draft.step !== 'start' && draft.type !== null
  // Someone who may file for family, by the general entry with nothing in progress, says whom for
  // first (a trial: right after 父亲已同意让您代办, 我要备案 opened on 为我自己).
  const asking =
    !chosen && askWhom({ members, forMember: Boolean(params.member), inProgress: resumable || Object.keys(draft.chooserAnswers).length > 0 })
  const choose = (key: SubjectKey) => {
    setChosen(true)
    setSubject(key)
  }
  const { province, city } = destinationOf(draft.destination)
  // The draft left last time would be refused as a duplicate (the server's rule, on what stands today).
  const clash =
    resumable && filings && draft.type
      ? draftDuplicateOf(filings, { type: draft.type, destinationProvince: province, destinationCity: city, startDate: draft.startDate }, chinaToday(now()))
      : undefined
  const resettle =
    mode === 'direct' && picked === 'RETIRED_RESETTLED' && hukou && subject ? resettlementAdvice(profileFor(subject.insuredRegion), hukou) : null
  const pick = (type: FilingType) => {
    setPicked(type)
    if (type !== 'RETIRED_RESETTLED') setHukou(null)
  }
  // Admitted as an emergency where the 参保地 deems an emergency filed (江苏, 002 第八条(五), 第三十七条:
  // the profile's rule): this stay needs nothing. Within an emergency trip that is the verdict itself
  // (a trial: 要办的是：异地急诊（抢救）人员 · 去办急诊备案, which then said 不用补办); living away, it is
  // said beside the filing for later visits (a trial: the chooser named 异地长期居住人员 and nothing
  // of the stay, where 在外地急诊住院了 said 视同已备案).
  const stayNote = mode === 'guided' && subject !== null ? emergencyStayNote(chooser, draft.chooserAnswers, profileFor(subject.insuredRegion)) : null
  const deemedStay = stayNote?.kind === 'LATER_VISITS'
  const deemedNow = stayNote?.kind === 'THIS_STAY' ? stayNote : null
  const chosenType = mode === 'guided' ? (chooser.done && chooser.type !== 'EMERGENCY' ? chooser.type : null) : picked
  const standing = (
    <StandingFilings
      filings={filings}
      {...(subject && !subject.self ? { subjectName: subject.name, memberId: subject.key.slice('member:'.length) } : {})}
      type={chosenType ?? (clash ? clash.type : null)}
    />
  )

  if (!profile) return <NeedsProfile loading={meLoading} why='先填您本人的实名信息（替家人办，也是先填您本人的）。只要填一次，填完回到这里接着办。' purpose='filing' />

  return (
    <PageRoot className='flow'>
      <FlowSteps current={1} />

      {/* A draft that duplicates a standing filing: what stands comes first, then the draft says so. */}
      {clash ? standing : null}

      <ResumeDraft
        // One card per person: the offer is that person's own draft as it stood when they were chosen
        // (trial: opened for the father, the card kept the mother's offer but showed his empty draft).
        key={subjectKey}
        // Offered only for what was left last time, not what is being filled now.
        offered={resumable}
        what={draft.type ? `「${FILING_TYPE_INFO[draft.type].officialName}」` : ''}
        stepName={STEP_NAMES[draft.step]}
        {...(subject && !subject.self ? { forName: subject.name } : {})}
        onContinue={() => goToStep(draft.step)}
        onRestart={reset}
        {...(clash ? { duplicate: { who: subject && !subject.self ? subject.name : '您', onOpen: () => void openPage(detailUrl(clash.id)) } } : {})}
      />

      {me?.verification && !asking ? (
        <VerifyCard
          verification={me.verification}
          forName={subject && !subject.self ? subject.name : undefined}
          means={verifyMeans()}
          onVerify={() => void openPage('/packages/profile/pages/verify/index?for=filing')}
        />
      ) : null}

      <SubjectChooser
        selfName={profile.name}
        members={members}
        selected={asking ? null : subjectKey}
        prompt={ASK_WHOM_PROMPT}
        onChoose={(key) => choose(key)}
      />

      {/* Whom for is the first answer: the type questions (which name the person) come after it. */}
      {asking ? null : (
        <>
          {clash ? null : standing}

          <View className='flow__section'>
            <View className='filing-start__tabs' {...roleAttr('tablist')} aria-label='怎么选备案类型'>
              <View
                className={`filing-start__tab${mode === 'guided' ? ' filing-start__tab--on' : ''}`}
                id='mode-guided'
                {...tappable(null, () => setMode('guided'), { role: 'tab', selected: mode === 'guided' })}
              >
                <Text>帮我选类型</Text>
              </View>
              <View
                className={`filing-start__tab${mode === 'direct' ? ' filing-start__tab--on' : ''}`}
                id='mode-direct'
                {...tappable(null, () => setMode('direct'), { role: 'tab', selected: mode === 'direct' })}
              >
                <Text>我知道办哪种</Text>
              </View>
            </View>

            {mode === 'guided' ? (
              <View>
                {chooser.path.map((step) => (
                  <View key={step.question.id} className='filing-start__answered'>
                    <Text className='filing-start__answered-q'>{say(step.question.text)}</Text>
                    <View className='filing-start__answered-row'>
                      <Text className='filing-start__answered-a'>{step.answer.label}</Text>
                      <Text className='flow__link' id={`reask-${step.question.id}`} {...tappable(`改：${say(step.question.text)}`, () => reask(step.question.id))}>
                        改
                      </Text>
                    </View>
                  </View>
                ))}
                {chooser.done && deemedNow ? (
                  <View className='filing-start__result' id='chooser-result'>
                    <Text className='flow__text'>{`根据您的回答，${aboutWhom(subject, '您')}这次属于：`}</Text>
                    <Text className='flow__title' id='chooser-deemed-title'>{`${FILING_TYPE_INFO.EMERGENCY.officialName}：视同已备案，不用办`}</Text>
                    <Text className='flow__text'>{say(chooser.why)}</Text>
                    <Text className='flow__notice' id='chooser-deemed-this-stay'>
                      {`${aboutWhom(subject, '您')}的参保地规定：${deemedNow.text}点下面看住院时跟医院怎么说。`}
                    </Text>
                    <BasisNote name='chooser' citations={deemedNow.citations} scope={deemedNow.scope} insuredRegion={subject?.insuredRegion ?? null} />
                  </View>
                ) : chooser.done ? (
                  <View className='filing-start__result' id='chooser-result'>
                    <Text className='flow__text'>{`根据您的回答，${aboutWhom(subject, '您')}要办的是：`}</Text>
                    <Text className='flow__title'>{FILING_TYPE_INFO[chooser.type].officialName}</Text>
                    <Text className='flow__text'>{say(chooser.why)}</Text>
                    {deemedStay ? (
                      <Text className='flow__notice' id='chooser-deemed-stay'>
                        {`这次急诊住院不用另外办：${aboutWhom(subject, '您')}的参保地规定急诊抢救视同已备案，住院时请医院按急诊登记，出院直接用医保结算。上面这个备案，是为了以后在那里看门诊、住院。`}
                      </Text>
                    ) : null}
                    <BasisNote name='chooser' citations={chooser.citations} scope={citationScopeFor(chooser.citations, subject?.insuredRegion ?? null)} insuredRegion={subject?.insuredRegion ?? null} />
                  </View>
                ) : (
                  <View id={`question-${chooser.next.id}`}>
                    <Text className='filing-start__question'>{say(chooser.next.text)}</Text>
                    {chooser.next.help ? <Text className='flow__text'>{say(chooser.next.help)}</Text> : null}
                    {chooser.next.answers.map((a) => (
                      <View key={a.id} className='flow__choice' id={`answer-${chooser.next.id}-${a.id}`} {...tappable(null, () => answer(chooser.next.id, a.id))}>
                        <Text className='flow__choice-label'>{say(a.label)}</Text>
                        <Text className='flow__choice-help'>{say(a.explanation)}</Text>
                      </View>
                    ))}
                  </View>
                )}
              </View>
            ) : (
              <View>
                {SELF_SERVICE_TYPES.map((type) => (
                  <Fragment key={type}>
                    <View
                      className={`flow__choice${picked === type ? ' flow__choice--selected' : ''}`}
                      id={`type-${type}`}
                      {...tappable(null, () => pick(type), { role: 'radio', checked: picked === type })}
                    >
                      <Text className='flow__choice-label'>{FILING_TYPE_INFO[type].officialName}</Text>
                      <Text className='flow__choice-help'>{FILING_TYPE_INFO[type].explanation}</Text>
                    </View>
                    {/* Right under 异地安置 when it is picked, not below the other types (a trial: out of sight). */}
                    {type === 'RETIRED_RESETTLED' && picked === type ? (
                      <View className='filing-start__hukou' id='direct-hukou'>
                        <Text className='filing-start__question'>{say(`${aboutWhom(subject, '您')}的${HUKOU_QUESTION.text}`)}</Text>
                        {HUKOU_QUESTION.help ? <Text className='flow__text'>{say(HUKOU_QUESTION.help)}</Text> : null}
                        {HUKOU_QUESTION.answers.map((a) => (
                          <View
                            key={a.id}
                            className={`flow__choice${hukou === a.id ? ' flow__choice--selected' : ''}`}
                            id={`direct-hukou-${a.id}`}
                            {...tappable(null, () => setHukou(a.id as HukouAnswer), { role: 'radio', checked: hukou === a.id })}
                          >
                            <Text className='flow__choice-label'>{a.label}</Text>
                            <Text className='flow__choice-help'>{say(a.explanation)}</Text>
                          </View>
                        ))}
                        {resettle && resettle.otherwise ? (
                          <View className='filing-start__result' id='resettle-advice'>
                            <Text className='flow__title'>
                              {resettle.fits ? '户口没迁，要用承诺书代替' : `户口没迁，${aboutWhom(subject, '您')}办不了异地安置`}
                            </Text>
                            <Text className='flow__text'>{resettle.text}</Text>
                            <Text className='flow__text'>
                              {resettle.fits
                                ? `可以接着办异地安置，到“上传材料”时选签承诺书；也可以改办${FILING_TYPE_INFO[resettle.otherwise].officialName}。`
                                : `请改办${FILING_TYPE_INFO[resettle.otherwise].officialName}。在那里住不到半年的，点上面的“帮我选类型”。`}
                            </Text>
                            <BasisNote name='resettlement' citations={resettle.citations} scope={resettle.scope} insuredRegion={subject?.insuredRegion ?? null} />
                            {/* The way on, here where it is said, not under the types below (short enough for one line in 长辈模式). */}
                            <View className='filing-start__resettle-actions'>
                              {resettle.fits ? (
                                <Button type='primary' size='xlarge' block id='choose-type' onClick={() => confirm('RETIRED_RESETTLED')}>
                                  办异地安置，下一步
                                </Button>
                              ) : null}
                              <Button
                                type={resettle.fits ? 'default' : 'primary'}
                                size='xlarge'
                                block
                                className={resettle.fits ? 'flow__secondary' : undefined}
                                id={resettle.fits ? 'choose-otherwise' : 'choose-type'}
                                onClick={() => confirm(resettle.otherwise!)}
                              >
                                {`改办${FILING_TYPE_INFO[resettle.otherwise].officialName}`}
                              </Button>
                            </View>
                          </View>
                        ) : null}
                      </View>
                    ) : null}
                  </Fragment>
                ))}
                <View
                  className='flow__link filing-start__emergency-hint'
                  id='go-emergency'
                  {...tappable(null, () => void openPage(emergencyStartUrl), { role: 'link' })}
                >
                  <Text>在外地急诊住院了？点这里去办急诊补办备案 ›</Text>
                </View>
              </View>
            )}
          </View>

          <View className='flow__footer'>
            {mode === 'guided' && chooser.done && deemedNow ? (
              <Button type='primary' size='xlarge' block id='choose-type' onClick={tellTheHospital}>
                看跟医院怎么说
              </Button>
            ) : mode === 'guided' && chooser.done ? (
              <Button type='primary' size='xlarge' block id='choose-type' onClick={() => confirm(chooser.type)}>
                {chooser.type === 'EMERGENCY' ? '去办急诊备案' : '就办这个，下一步'}
              </Button>
            ) : null}
            {mode === 'direct' && !(resettle && resettle.otherwise) ? (
              <Button
                type='primary'
                size='xlarge'
                block
                id='choose-type'
                disabled={!picked || (picked === 'RETIRED_RESETTLED' && !hukou)}
                onClick={() => picked && confirm(picked)}
              >
                {!picked ? '请先选一种' : picked === 'RETIRED_RESETTLED' && !hukou ? '请先回答户口迁没迁' : '下一步'}
              </Button>
            ) : null}
          </View>
        </>
      )}
    </PageRoot>
  )
}
