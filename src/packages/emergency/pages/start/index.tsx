import { useEffect, useMemo, useRef, useState } from 'react'
import { useDidHide, useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import BasisNote from '@/components/basis-note'
import FlowSteps from '@/components/flow-steps'
import FormField from '@/components/form-field'
import RegionPicker from '@/components/region-picker'
import PageRoot from '@/components/page-root'
import ResumeDraft from '@/components/resume-draft'
import SubjectChooser, { statusOf } from '@/components/subject-chooser'
import { AWAY_REASONS, EMERGENCY_CRITERIA, EMERGENCY_CRITERIA_CITATIONS, deemedStayWords, hasGivenAnswers, isDeemedFiledStay, judgeStayAnswers, type AwayReason, type EmergencyCriterion } from '@/domain/emergency'
import { citationScopeFor } from '@/domain/citation'
import { ASK_WHOM_PROMPT, askWhom, checkOnlyWords } from '@/domain/family'
import { profileFor } from '@/domain/profiles'
import { chinaToday } from '@/domain/time/china-date'
import { checkDestination, insuredAreaOf, resolveInsuredRegion } from '@/domain/regions'
import { destinationOf } from '@/packages/filing/shared/flow'
import { useNow } from '@/hooks/use-now'
import { useCurrentEmergencyDraft, useEmergencyDraftStore, type AwayLength, type EmergencyDraft, type NothingToFile } from '@/stores/use-emergency-draft-store'
import { useFlowSubject } from '@/hooks/use-flow-subject'
import { aboutWhom, memberKey } from '@/hooks/use-subject'
import AdmissionDateChoice from '../../shared/admission-date-choice'
import DeadlineBlock from '../../shared/deadline-block'
import { consentUrlOf } from '../../shared/use-member-consent'
import DeemedGuide, { DeemedHomeButton } from '../../shared/deemed-guide'
import { AWAY_LENGTHS, EMERGENCY_STEPS, OTHER_TYPES_URL, STEP_NAMES, filingDetailUrl, goAfterWindow, goToStep, useEmergencyWindow } from '../../shared/flow'
import StandingAnswer from './standing-answer'
import StandingPlace from './standing-place'
import { useStandingCover } from './use-standing-cover'
import WhoseCheck from './whose-check'
import { useFamilyDraftStore } from '@/stores/use-family-draft-store'
import { suggestionFor, verdictText, verdictTitle } from './answers'
import MissingMark, { sectionClass } from './missing-mark'
import { unanswered } from './unanswered'
import '../../shared/emergency.scss'
import './index.scss'
import { openPage } from '@/lib/navigation'
import { tappable } from '@/lib/a11y'
import { scrollToQuestion, scrollToSelector } from '@/lib/page-scroll'

const ADD_FAMILY_URL = '/packages/family/pages/add/index'
const FAMILY_LIST_URL = '/packages/family/pages/list/index'

/** Said next to the admission date when 下一步 is tapped without one. */
const ADMITTED_ON_MISSING = '请先选住院那天：点“今天”“昨天”或“前天”，更早的点“其他日期”。最晚哪天要办好，从这一天算。'
/** The same, where there is no deadline to count (covered by a filing they hold, or 视同已备案). */
/** Under the empty 参保地 box once 下一步 was pressed; `who`: 病人, 您 or the family member's name. */
const insuredRegionMissing = (who: string) => `请先选参保地：点上面的框，选${who}交医保的省、市。最晚哪天要办好，要按参保地的规定算。`
const ADMITTED_ON_MISSING_DAY = '请先选住院那天：点“今天”“昨天”或“前天”，更早的点“其他日期”。'

/**
 * The page's blocks, in order: the deadline check, where the hospital is (only when the person
 * holds filings that bear on the day), then the four questions (none once a filing they hold
 * covers the stay: nothing is to be filed). The intro's count and each block's number come from
 * here, so the words match what is on the screen.
 */
type Block = 'deadline-check' | 'question-place' | 'question-admitted' | 'question-criteria' | 'question-reason' | 'question-away'
const QUESTIONS: readonly Block[] = ['question-admitted', 'question-criteria', 'question-reason', 'question-away']
/**
 * `deemed`: the 参保地 deems an emergency filed, so nothing is sent and 为什么在外地 (asked for the
 * filing) changes nothing: not asked (a trial). 离开参保地多久 still is: past 3 months, later visits
 * there need a filing of their own (verdictText's longStay).
 */
function blocksOf(askPlace: boolean, coveredNow: boolean, deemed: boolean): readonly Block[] {
  const questions = deemed ? QUESTIONS.filter((q) => q !== 'question-reason') : QUESTIONS
  return ['deadline-check', ...(askPlace ? (['question-place'] as const) : []), ...(coveredNow ? [] : questions)]
}

export default function EmergencyStart() {
  const draft = useCurrentEmergencyDraft()
  const update = useEmergencyDraftStore((s) => s.update)
  const reset = useEmergencyDraftStore((s) => s.reset)
  const subjectKey = useEmergencyDraftStore((s) => s.subject)
  const setSubject = useEmergencyDraftStore((s) => s.setSubject)
  const chooseSubject = useEmergencyDraftStore((s) => s.chooseSubject)
  const handOverTo = useEmergencyDraftStore((s) => s.handOverTo)
  const { meLoading, profile, subject, members } = useFlowSubject(subjectKey, setSubject)

  const params = useRouter()?.params ?? {}
  // ?ask=open (重新办急诊备案 with answers left to give): the questions left are marked at once.
  const askOpen = params.ask === 'open'
  // Chosen on this visit (or the page never had to ask): the one in the store is the answer.
  const [chosen, setChosen] = useState(false)
  const [showMissing, setShowMissing] = useState(askOpen)

  // Back from 实名信息 (or anywhere): the page shows what the server now holds (issue 13, trap 1).

  const now = useNow()
  const today = chinaToday(now)
  // A 参保地 picked here before 实名信息 existed, other than the one saved since: it may have been
  // a family member's (a trial: a son checked his 苏州-insured father's stay, saved his own 深圳
  // details, and came back to his own deadline under 为我自己). Until he says whose it was, the
  // page keeps the answer he saw and asks (WhoseCheck).
  const guess = draft.insuredRegionGuess || ''
  // Or answers given under 为我自己 before 先添加家人 (a trial): once a family member exists, asked too.
  // Or answers given before 实名信息 existed, whatever 参保地 was saved since: asked too (a trial).
  const askWhose =
    profile !== null &&
    subjectKey === 'self' &&
    ((guess !== '' && guess !== profile.insuredRegion) || (draft.askWhose === true && members.length > 0) || draft.askWhoseAfterProfile === true)
  // The deadline needs only the admission date and the 参保地 (issue 13, trap 3): the subject's
  // 参保地 when it is known, else the one picked here, before any personal data.
  const insuredRegion = (askWhose ? guess : subject?.insuredRegion) || guess
  const policy = useMemo(() => (insuredRegion ? profileFor(insuredRegion) : null), [insuredRegion])
  const emergencyWindow = useEmergencyWindow(draft.admittedOn, policy, now)
  // The filings the person holds (the trial: a father's long-term filing to 深圳, from after his
  // emergency admission there, was never mentioned, and 超过 3 个月 led to a chooser that refused him).
  const standing = useStandingCover({
    subjectKey,
    members,
    // Whose filings bear on the stay is not known while askWhose: none asked about until it is.
    admittedOn: askWhose ? '' : draft.admittedOn,
    hospitalIn: draft.hospitalIn,
    awayLength: draft.awayLength,
    policy,
    subjectName: subject && !subject.self ? subject.name : undefined,
    today,
  })
  const cover = standing.cover.kind === 'NONE' ? null : standing.cover
  // A filing they hold covers the stay (or will once approved): nothing to file.
  const coveredNow = cover !== null && cover.kind !== 'STARTS_LATER'
  // It starts after the admission, and they may not file an emergency (away > 3 months): the 参保地
  // moves its start back (补办) or 零星报销 — never the chooser, which would refuse a second one.
  const noEmergency =
    cover?.kind === 'STARTS_LATER' && (cover.next === 'ASK_AGENCY' || cover.next === 'CLAIM_AFTERWARDS') && draft.admitted !== 'NO' && !draft.noneOfThese
  const askPlace = standing.places.length > 0
  const deemed = policy?.emergency.mode === 'DEEMED_FILED'
  const blocks = blocksOf(askPlace, coveredNow, deemed)
  const num = (id: Block) => blocks.indexOf(id) + 1

  const toggle = (id: EmergencyCriterion) => {
    const on = draft.criteria.includes(id)
    update({ criteria: on ? draft.criteria.filter((c) => c !== id) : [...draft.criteria, id], noneOfThese: false })
  }

  // Nothing to send for this stay: kept on a draft past the first page, so the home page does not
  // urge a deadline for it (a trial: 还没提交 … 越早交越好 for a father whose stay was 视同已备案).
  const nothingToFile: NothingToFile | null = coveredNow ? 'COVERED' : deemed ? 'DEEMED_FILED' : null
  useEffect(() => {
    if (!policy || draft.step === 'start' || (draft.nothingToFile ?? null) === nothingToFile) return
    update({ nothingToFile })
  }, [policy, draft.step, draft.nothingToFile, nothingToFile, update])
  const suggestion = coveredNow || noEmergency ? null : suggestionFor(draft, deemed)
  // Deemed filed while away more than 3 months, with no filing of theirs there: this stay needs
  // nothing, later visits a filing (a helper's finding: 江苏's answer was the type chooser).
  const longStay = deemed && draft.awayLength === 'MORE' && !cover
  const questionsMissing = unanswered(draft, askPlace && !standing.answered, deemed)
  const missing = [...(askWhose ? ['刚才查的是谁（在最上面）'] : []), ...questionsMissing.map((q) => q.words)]
  // Once 下一步 was pressed, each question still unanswered is marked on the page, not only named at its foot.
  const marked = new Set(showMissing ? questionsMissing.map((q) => q.block) : [])
  // 视同已备案 is good news only for an emergency admission: it waits for the answers below, and
  // goes once they rule the stay out (a trial: it showed as soon as 苏州 was picked).
  const stay = judgeStayAnswers(draft)
  const dateMissing = showMissing && !draft.admittedOn
  // The 参保地 box (asked while no 实名信息 holds one) is marked as the date is: the deadline is the
  // 参保地's rule (a trial: 下一步 with nothing answered marked every question but this box).
  const regionAsked = !subject?.insuredRegion
  const regionMissing = showMissing && regionAsked && !insuredRegion
  // Whose stay it is not known yet while askWhose, nor before anyone's 实名信息 (a son may be
  // checking his father's stay: a trial read 医院让您住院了吗): the answers speak of 病人, not of 您.
  const who = askWhose || (!profile && !meLoading) ? '病人' : aboutWhom(subject, '您')
  const closed = emergencyWindow?.ok === true && emergencyWindow.value.closed
  const verdictShown = questionsMissing.length === 0 && !suggestion && !coveredNow && !noEmergency
  // 视同已备案 needs nothing more: this page ends with what to tell the hospital, whoever's 实名信息 is
  // known (a trial: a son checking his father's stay was sent to 填实名信息, then on to 授权).
  const deemedNow = deemed && !coveredNow
  const noDeadline = coveredNow || deemed

  // ?ask=open: the first question left is brought into view once the page knows its questions
  // (whose 参保地, the filings that bear on the stay), once.
  const broughtIntoView = useRef(false)
  const firstOpen = questionsMissing[0]?.block
  const ready = !meLoading && policy !== null && !askWhose
  useEffect(() => {
    if (!askOpen || broughtIntoView.current || !ready || !firstOpen) return
    broughtIntoView.current = true
    scrollToQuestion(`#${firstOpen}`, `#${firstOpen}-title`)
  }, [askOpen, ready, firstOpen])

  const next = () => {
    setShowMissing(true)
    if (suggestion) return
    // The first thing unanswered, in the page's order, is brought into view and its heading
    // focused (a trial: 为什么在外地, empty after the 参保地 changed from 苏州 to 柳州, stayed a screen
    // above 请先回答…). 刚才查的是谁 stands above the date when asked. The admission date decides the
    // deadline: it is the person's answer, never taken as today on their behalf.
    if (askWhose) {
      scrollToQuestion('#start-whose', '#start-whose-text')
      return
    }
    if (!draft.admittedOn || (regionAsked && !insuredRegion)) {
      scrollToQuestion('#deadline-check', '#deadline-check-title')
      return
    }
    const first = questionsMissing[0]
    if (first) {
      scrollToQuestion(`#${first.block}`, `#${first.block}-title`)
      return
    }
    // Nothing to send: the answer is on this page already (DeemedGuide), never 实名信息 or 住院信息.
    if (deemedNow) return
    if (!profile) {
      // Everything here is answered: nothing to mark when he comes back, to 刚才查的是谁: the
      // answers may have been a family member's (the page said 病人 until now).
      setShowMissing(false)
      update({ askWhoseAfterProfile: true })
      void openPage('/packages/profile/pages/edit/index?for=emergency')
      return
    }
    update({
      step: 'details',
      nothingToFile,
      phone1: draft.phone1 || subject?.phone || profile.phone || '',
      phone2: draft.phone2 || subject?.filerPhone || '',
    })
    goToStep('details')
  }

  const choice = (selected: boolean) => `flow__choice${selected ? ' flow__choice--selected' : ''}`

  // The hospital's place answered: one of their filings' places fills 医院在哪个城市 on the next
  // page when it is one city (or 北京 …), unless another was picked there already.
  const answerPlace = (code: string) => {
    const patch: Partial<EmergencyDraft> = { hospitalIn: code }
    const onePlace = code !== 'ELSEWHERE' && checkDestination(destinationOf(code), { wholeProvince: false }).ok
    const ours = !draft.destination || draft.destination === draft.hospitalIn
    if (ours) patch.destination = onePlace ? code : ''
    update(patch)
    // What the answer means comes right below the choices: brought into view (the first screen
    // ends at the choices in 长辈模式).
    scrollToSelector('#question-place-answer')
  }
  const openStanding = () => {
    if (cover) void openPage(filingDetailUrl(cover.filing.id))
  }
  const standingAnswer = cover ? (
    <StandingAnswer
      cover={cover}
      today={today}
      insuredRegion={insuredRegion}
      insuredPlaceName={resolveInsuredRegion(insuredRegion)?.name}
      onOpen={(id) => void openPage(filingDetailUrl(id))}
    />
  ) : null

  // 为谁 decides the 参保地, so the deadline: asked first when there is a family member to choose
  // (a trial: the date came first, and choosing the father after it seemed to undo it). Alone,
  // the filer is the only choice, and the deadline keeps the first screen.
  // A family member who has not authorised the filer yet may be chosen to look things up (a trial:
  // a son could not learn that his 苏州-insured father's stay counted as filed until the father,
  // in a hospital bed, had authorised him); nothing is sent for them until they have.
  const chosenMember = subjectKey === 'self' ? null : (members.find((m) => memberKey(m.id) === subjectKey) ?? null)
  const checkingOnly = chosenMember !== null && !chosenMember.canFile
  // What is said and offered depends on where the authorisation stands (a trial: a 授权委托书 with
  // staff was met with 先请张桂兰同意 again).
  // What the button at the foot does, as the verdict tells it (a trial: 点下一步 above 看看给…的邀请).
  const consent = checkingOnly ? checkOnlyWords(chosenMember.name, statusOf(chosenMember, now), chosenMember.authorization?.reasons ?? [], chosenMember.authorization?.memberVerifying ?? false) : null
  // What is waited for, as the authorisation stands (a trial: 等李建国同意以后 over his signed letter in review).
  const verdictNext =
    consent ? `现在可以先填住院信息、拍材料，${consent.until}再提交。`
    : !profile ? '点下一步，先填您本人的实名信息，再填住院信息。'
    : '点下一步，填住院信息。'
  const insuredArea = insuredAreaOf(insuredRegion)?.name ?? '参保地'
  // Whose stay the 视同已备案 answer speaks of: nobody named while 刚才查的是谁 is asked, or before 实名信息.
  const patient = askWhose || !subject ? null : { self: subject.self, name: subject.name }
  // A 视同已备案 stay asks no authorisation: the line under the chooser says so instead of 先请…同意,
  // once the answers make it an emergency admission (a trial: it showed as soon as the father was chosen).
  const deemedTold = !coveredNow && isDeemedFiledStay(deemed, draft)
  const deemedConsent = deemedTold && policy ? deemedStayWords(patient, insuredArea, policy.emergency.citations, checkingOnly).consent : null
  // 替家人办理？先添加家人: the add form, and back here once added (a trial: the family list, with no
  // way back). Answers given meanwhile under 为我自己 may have been for that family member: asked on return.
  const manageFamily = () => {
    if (members.length > 0) {
      void openPage(FAMILY_LIST_URL)
      return
    }
    if (subjectKey === 'self' && hasGivenAnswers(draft)) update({ askWhose: true })
    void openPage(`${ADD_FAMILY_URL}?for=emergency-return`)
  }
  // By the general entry with a family member and nothing in progress, 为谁 is asked with nothing
  // chosen, and the questions wait for the answer (a trial: a daughter rushing to file her
  // father's stay found 为我自己 chosen, and 请核对 at the end was the only place to notice).
  const asking =
    !chosen &&
    !askWhose &&
    profile !== null &&
    askWhom({ members, forMember: Boolean(params.member) || params.whom === 'self', inProgress: draft.step !== 'start' || hasGivenAnswers(draft) })
  // 刚才查的是谁 comes up above where the person was, back from 先添加家人 or 实名信息 (the page keeps
  // its place): brought into view (a trial found it off-screen, above question 2). Only after the
  // page was left: on a first load it is at the top already.
  const wasAskingWhose = useRef(askWhose)
  const left = useRef(false)
  useDidHide(() => {
    left.current = true
  })
  useEffect(() => {
    if (askWhose && !wasAskingWhose.current && left.current) {
      // Once, until the page is left again.
      left.current = false
      scrollToSelector('#start-whose')
    }
    wasAskingWhose.current = askWhose
  }, [askWhose])
  const chooser = askWhose && profile ? (
    <WhoseCheck
      guess={guess}
      ownRegion={profile.insuredRegion}
      ownName={profile.name}
      members={members}
      onSelf={() => update({ insuredRegionGuess: '', askWhose: false, askWhoseAfterProfile: false })}
      beforeProfile={draft.askWhoseAfterProfile === true}
      onMember={(key) => handOverTo(key)}
      deemed={deemedTold}
      onAddFamily={() => {
        // 视同已备案: a family member's stay needs no 添加家人 and no 授权; the answer is below.
        if (deemedTold) {
          scrollToSelector(verdictShown ? '#deemed-guide' : '#question-admitted')
          return
        }
        // The 参保地 he picked here goes into 添加家人 (unless that form has one of its own already);
        // once added, the answers here move to the member (`?for=emergency`, the add page).
        const family = useFamilyDraftStore.getState()
        if (!family.draft.insuredRegion) family.setField('insuredRegion', guess)
        void openPage(`${ADD_FAMILY_URL}?for=emergency`)
      }}
    />
  ) : profile ? (
    <>
      <SubjectChooser
        selfName={profile.name}
        members={members}
        selected={asking ? null : subjectKey}
        prompt={ASK_WHOM_PROMPT}
        onChoose={(key) => {
          setChosen(true)
          chooseSubject(key)
        }}
        onManageFamily={manageFamily}
        checkOnly
      />
      {consent ? (
        <Text className='flow__notice' id='start-check-only'>
          {deemedConsent ?? consent.notice}
        </Text>
      ) : null}
    </>
  ) : null
  const consentUrl = !chosenMember || !consent ? '' : consentUrlOf(consent, chosenMember.id)
  // 我要备案 for the same person (a trial: it opened with nobody chosen), once they may be filed for.
  const laterVisitsUrl = chosenMember?.canFile ? `${OTHER_TYPES_URL}?member=${chosenMember.id}` : OTHER_TYPES_URL
  const chooserFirst = members.length > 0 || askWhose

  // Picking the date shows its deadline below the picker: brought into view at once (a trial, in
  // 长辈模式 at 375×812: the card stayed below the first screen). Without a 参保地 yet there is no
  // card: the picker for it comes next.
  const pickAdmission = (date: string) => {
    update({ admittedOn: date })
    if (policy) scrollToSelector('#start-deadline-answer')
  }

  return (
    <PageRoot className='flow'>
      {/* Nothing to file for this stay (视同已备案, or a filing they hold): no steps follow this page. */}
      {nothingToFile ? null : <FlowSteps current={1} steps={EMERGENCY_STEPS} />}

      {/* Not while it is asked whose the answers are (刚才查的是谁): 继续填写 would go on as 为我自己
          before he said so (a trial: the card stood above the question and led into her own draft).
          Offered once 实名信息 is read and that is answered. */}
      {meLoading || askWhose ? null : (
        <ResumeDraft
          // One card per person: only that person's own draft is offered (as on 我要备案's first step).
          key={subjectKey}
          // Offered only for what was left last time, not what is being filled now.
          offered={draft.step !== 'start' && !draft.nothingToFile}
          what='急诊补办备案'
          stepName={STEP_NAMES[draft.step]}
          {...(subject && !subject.self ? { forName: subject.name } : {})}
          onContinue={() => goToStep(draft.step)}
          onRestart={reset}
        />
      )}

      <View className='flow__section'>
        <Text className='emergency__headline'>我能办急诊备案吗？</Text>
        <Text className='flow__text' id='start-intro'>
          在外地突然生病、急诊住了院，补办备案后医保照样能报。{asking ? '先选为谁办，再回答几个问题' : `回答下面 ${blocks.length} 个问题`}，马上知道能不能办。
        </Text>
      </View>

      {chooserFirst ? chooser : null}

      {asking ? null : (
        <>

          <View className='flow__section' id='deadline-check'>
            {/* Covered by a filing they hold, or a 参保地 where an emergency is 视同已备案: there is no
                deadline to meet, only the day that was asked (a trial: 苏州 read 最晚哪天要办好？). */}
            <Text className='emergency__question' id='deadline-check-title'>{num('deadline-check')}. {noDeadline ? '哪天住的院？' : '最晚哪天要办好？'}</Text>
            <Text className='flow__text' id='deadline-check-hint'>
              {askWhose && !guess
                ? '先在上面说一下刚才是替谁查的，再按那个人的参保地算。'
                : askWhose
                ? `下面按刚才选的参保地（${resolveInsuredRegion(guess)?.name ?? guess}）算。`
                : noDeadline
                  // No deadline to count: only the day is asked here, and the questions below still are (a trial read 不用填别的).
                  ? subject?.insuredRegion ? '选住院那天。' : '选住院那天和参保地（交医保的地方）。'
                : subject?.insuredRegion
                  ? `只要选住院那天，不用填别的：${who}的参保地已经有了。`
                  : '只要选住院那天和参保地（交医保的地方），不用填别的。'}
            </Text>
            <FormField name='checkAdmittedOn' label='哪天住的院' error={dateMissing ? (noDeadline ? ADMITTED_ON_MISSING_DAY : ADMITTED_ON_MISSING) : undefined}>
              <AdmissionDateChoice id='check-admitted-on' value={draft.admittedOn} today={today} onChange={pickAdmission} />
            </FormField>
            {subject?.insuredRegion ? null : (
              <FormField name='checkInsuredRegion' label='参保地（在哪里交的医保）' error={regionMissing ? insuredRegionMissing(who) : undefined}>
                <RegionPicker
                  value={draft.insuredRegionGuess || ''}
                  title='选择参保地'
                  placeholder='请选择省、市'
                  onChange={(code) => update({ insuredRegionGuess: code })}
                  idPrefix='check-'
                />
              </FormField>
            )}
            <View id='start-deadline-answer'>
              {/* 好消息 only once the answers below make it an emergency admission; none once they rule it out (trials). */}
              {coveredNow || (deemed && stay === 'RULED_OUT') ? null : deemed && policy ? (
                stay === 'QUALIFIES' ? (
                  <View className='deadline' id='start-deemed-filed'>
                    <Text className='deadline__label'>好消息</Text>
                    <Text className='deadline__date'>急诊抢救视同已备案，不用补办</Text>
                    <Text className='deadline__text'>{policy.emergency.text}</Text>
                  </View>
                ) : (
                  <Text className='flow__notice' id='start-deemed-pending'>
                    参保地规定：急诊抢救住院的，视同已备案，不用补办。先回答下面的问题，看这次算不算。
                  </Text>
                )
              ) : emergencyWindow?.ok ? (
                <DeadlineBlock emergencyWindow={emergencyWindow.value} today={today} idPrefix='start-' afterWindowInCard insuredRegion={insuredRegion || null} />
              ) : emergencyWindow && !emergencyWindow.ok ? (
                <Text className='flow__error' id='start-deadline-error'>{emergencyWindow.message}</Text>
              ) : null}
            </View>
          </View>


          {chooserFirst ? null : chooser}

          {askPlace ? (
            <StandingPlace
              number={num('question-place')}
              who={who}
              places={standing.places}
              answered={standing.answered}
              onAnswer={answerPlace}
              lead={cover?.kind === 'STARTS_LATER' ? cover.lead : null}
              marked={marked}
            />
          ) : null}

          {coveredNow ? standingAnswer : null}

          {coveredNow ? null : (
            <>
              <View className={sectionClass('question-admitted', marked)} id='question-admitted'>
                <Text className='emergency__question' id='question-admitted-title'>{num('question-admitted')}. 医院让{who}住院了吗？</Text>
                <MissingMark block='question-admitted' missing={marked} />
                <View className={choice(draft.admitted === 'YES')} id='admitted-YES' {...tappable(null, () => update({ admitted: 'YES' }), { role: 'radio', checked: draft.admitted === 'YES' })}>
                  <Text className='flow__choice-label'>住院了</Text>
                  <Text className='flow__choice-help'>急诊看完后办了住院，或者正在住院</Text>
                </View>
                <View className={choice(draft.admitted === 'NO')} id='admitted-NO' {...tappable(null, () => update({ admitted: 'NO' }), { role: 'radio', checked: draft.admitted === 'NO' })}>
                  <Text className='flow__choice-label'>没有住院</Text>
                  <Text className='flow__choice-help'>只看了门诊或急诊，没有办住院</Text>
                </View>
              </View>

              <View className={sectionClass('question-criteria', marked)} id='question-criteria'>
                <Text className='emergency__question' id='question-criteria-title'>{num('question-criteria')}. 是下面哪种情况？</Text>
                <MissingMark block='question-criteria' missing={marked} />
                <Text className='flow__text'>符合的都点一下，可以选好几个。拿不准的，选最后一项“医生认为要急诊抢救”。</Text>
                {EMERGENCY_CRITERIA.map((c) => {
                  const on = draft.criteria.includes(c.id)
                  return (
                    <View key={c.id} className={`${choice(on)} emergency__tick`} id={`criterion-${c.id}`} {...tappable(null, () => toggle(c.id), { role: 'checkbox', checked: on })}>
                      <Text className={`emergency__box${on ? ' emergency__box--on' : ''}`}>{on ? '✓' : ''}</Text>
                      <View className='emergency__tick-body'>
                        <Text className='flow__choice-label'>{c.label}</Text>
                        {c.examples ? <Text className='flow__choice-help'>{c.examples}</Text> : null}
                      </View>
                    </View>
                  )
                })}
                <View
                  className={`${choice(draft.noneOfThese)} emergency__tick`}
                  id='criterion-NONE'
                  {...tappable(null, () => update({ noneOfThese: !draft.noneOfThese, criteria: [] }), { role: 'checkbox', checked: draft.noneOfThese })}
                >
                  <Text className={`emergency__box${draft.noneOfThese ? ' emergency__box--on' : ''}`}>{draft.noneOfThese ? '✓' : ''}</Text>
                  <View className='emergency__tick-body'>
                    <Text className='flow__choice-label'>以上都不是</Text>
                  </View>
                </View>
                <BasisNote name='criteria' citations={EMERGENCY_CRITERIA_CITATIONS} scope={citationScopeFor(EMERGENCY_CRITERIA_CITATIONS, insuredRegion || null)} insuredRegion={insuredRegion || null} />
              </View>

              {blocks.includes('question-reason') ? (
                <View className={sectionClass('question-reason', marked)} id='question-reason'>
                  <Text className='emergency__question' id='question-reason-title'>{num('question-reason')}. {aboutWhom(subject, '')}为什么在外地？</Text>
                  <MissingMark block='question-reason' missing={marked} />
                  {(Object.keys(AWAY_REASONS) as AwayReason[]).map((key) => (
                    <View key={key} className={choice(draft.awayReason === key)} id={`reason-${key}`} {...tappable(null, () => update({ awayReason: key }), { role: 'radio', checked: draft.awayReason === key })}>
                      <Text className='flow__choice-label'>{AWAY_REASONS[key]}</Text>
                    </View>
                  ))}
                </View>
              ) : null}

              <View className={sectionClass('question-away', marked)} id='question-away'>
                <Text className='emergency__question' id='question-away-title'>{num('question-away')}. {aboutWhom(subject, '')}离开参保地多久了？</Text>
                <MissingMark block='question-away' missing={marked} />
                <Text className='flow__text'>从离开交医保的地方算起，到这次住院那天。</Text>
                {(Object.keys(AWAY_LENGTHS) as AwayLength[]).map((key) => (
                  <View key={key} className={choice(draft.awayLength === key)} id={`away-${key}`} {...tappable(null, () => update({ awayLength: key }), { role: 'radio', checked: draft.awayLength === key })}>
                    <Text className='flow__choice-label'>{AWAY_LENGTHS[key]}</Text>
                  </View>
                ))}
              </View>
            </>
          )}

          {suggestion ? (
            <View className='flow__section emergency__suggest' id='suggest-other'>
              <Text className='flow__title'>{suggestion.headline}</Text>
              <Text className='flow__text'>{suggestion.text}</Text>
            </View>
          ) : null}

          {noEmergency ? standingAnswer : null}

          {/* While 刚才查的是谁 is asked, the answer he saw stays (for the 参保地 picked). */}
          {verdictShown ? (
            <View className='flow__section emergency__verdict' id='start-verdict'>
              <Text className='flow__title'>{verdictTitle(deemed, closed)}</Text>
              <Text className='flow__text'>
                {verdictText(who, deemed, closed, emergencyWindow?.ok ? emergencyWindow.value : null, subject?.insuredRegion ? '住院日期' : '住院日期和参保地', longStay, verdictNext)}
              </Text>
              {/* Their filing there starts after the admission: this stay is the emergency filing's. */}
              {cover ? <Text className='flow__text' id='start-verdict-standing'>{cover.advice}</Text> : null}
            </View>
          ) : null}

          {verdictShown && deemedNow && policy ? <DeemedGuide insuredRegion={insuredRegion} emergency={policy.emergency} patient={patient} /> : null}

          {showMissing && (missing.length > 0 || dateMissing || regionMissing) && !suggestion && !coveredNow && !noEmergency ? (
            <Text className='flow__error' id='start-missing'>
              请先回答：{[...(dateMissing ? ['哪天住的院（在最上面）'] : []), ...(regionMissing ? ['参保地（在最上面）'] : []), ...missing].join('；')}
            </Text>
          ) : null}

          <View className='flow__footer'>
            {coveredNow || noEmergency ? (
              // Nothing to file here: the filing they hold is the next thing to see (its number, its
              // dates); past discharge settlement, 零星报销.
              <>
                <Button type='primary' size='xlarge' block id='start-open-standing' onClick={openStanding}>
                  查看这条备案
                </Button>
                {noEmergency ? (
                  <Button size='xlarge' block className='flow__secondary' id='start-after-window' onClick={() => goAfterWindow()}>
                    出院结算了？看怎么报销
                  </Button>
                ) : null}
              </>
            ) : suggestion ? (
              <Button type='primary' size='xlarge' block id='go-other' onClick={() => openPage(OTHER_TYPES_URL)}>
                {suggestion.action}
              </Button>
            ) : deemedNow ? (
              // 视同已备案: nothing to send and no 实名信息 to fill; once answered, the guide above is the end.
              <>
                {verdictShown ? (
                  <DeemedHomeButton id='start-deemed-home' />
                ) : (
                  <Button type='primary' size='xlarge' block id='start-next' onClick={next}>
                    看跟医院怎么说
                  </Button>
                )}
                {longStay && missing.length === 0 ? (
                  <Button size='xlarge' block className='flow__secondary' id='start-long-stay' onClick={() => openPage(laterVisitsUrl)}>
                    以后看病：去选备案类型
                  </Button>
                ) : null}
              </>
            ) : closed ? (
              // Past the window the way on is 零星报销 whatever the answers below: the deadline block
              // carries that button, and here at the foot it is the same one at once, never 下一步.
              <Button type='primary' size='xlarge' block id='start-after-window' onClick={() => goAfterWindow()}>
                看零星报销怎么办
              </Button>
            ) : (
              <>
                {profile ? null : (
                  <Text className='flow__text' id='start-needs-profile'>
                    {meLoading ? '正在读取您的实名信息…' : '下一步先填您本人的实名信息（替家人办，也是先填您本人的），只要填一次，填完回到这里接着办。'}
                  </Text>
                )}
                {consent ? (
                  <Text className='flow__text' id='start-needs-consent'>
                    {consent.next}
                  </Text>
                ) : null}
                {/* Asking for consent is not 下一步: what is still unanswered is said here instead (a trial:
                    while the father had not agreed, nothing pointed to the question left open). */}
                {consent && questionsMissing.length > 0 ? (
                  <Text className='flow__text' id='start-open-questions'>
                    上面还有没答的：{questionsMissing.map((q) => q.words).join('；')}。答完就知道这次能不能办急诊备案。
                  </Text>
                ) : null}
                {consent ? (
                  <>
                    <Button type='primary' size='xlarge' block id='start-ask-consent' onClick={() => openPage(consentUrl)}>
                      {consent.action}
                    </Button>
                    {/* The days count while he is asked (a trial: a daughter could not fill 住院信息 or take the
                        photos while her father's consent waited for staff): all but 提交 may be done now. */}
                    {questionsMissing.length === 0 && draft.admittedOn ? (
                      <Button size='xlarge' block className='flow__secondary' id='start-prepare' onClick={next}>
                        先填住院信息、拍材料
                      </Button>
                    ) : null}
                  </>
                ) : (
                  <Button type='primary' size='xlarge' block id='start-next' onClick={next}>
                    {!profile ? '下一步：填实名信息' : '下一步：填住院信息'}
                  </Button>
                )}
              </>
            )}
          </View>
        </>
      )}
    </PageRoot>
  )
}
