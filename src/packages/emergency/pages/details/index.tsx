import { scrollToFirstError } from '@/lib/page-scroll'
import { useEffect, useMemo, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import FlowSteps from '@/components/flow-steps'
import ForWhom from '@/components/for-whom'
import DateChoice from '@/components/date-choice'
import FormField from '@/components/form-field'
import ContactPhones from '@/components/filing-sections/contact-phones'
import RegionPicker from '@/components/region-picker'
import { checkEmergencyFiling, type EmergencyField } from '@/domain/emergency'
import { profileFor } from '@/domain/profiles'
import { EMERGENCY_TRIP_MAX_MONTHS } from '@/domain/rules'
import { chinaToday } from '@/domain/time/china-date'
import { useNow } from '@/hooks/use-now'
import { currentCalendar } from '@/services/calendar'
import { useCurrentEmergencyDraft, useEmergencyDraftStore, type EmergencyDraft } from '@/stores/use-emergency-draft-store'
import { aboutWhom, useSubject } from '@/hooks/use-subject'
import AdmissionDateChoice from '../../shared/admission-date-choice'
import DeadlineBlock from '../../shared/deadline-block'
import { EMERGENCY_STEPS, OTHER_TYPES_URL, admissionMin, goAfterWindow, goToStep, useEmergencyWindow } from '../../shared/flow'
import { destinationOf } from '@/packages/filing/shared/flow'
import BackToStart from '../../shared/back-to-start'
import DeemedGuide, { DeemedHomeButton } from '../../shared/deemed-guide'
import '../../shared/emergency.scss'
import './index.scss'
import PageRoot from '@/components/page-root'
import { openPage } from '@/lib/navigation'
import { tappable } from '@/lib/a11y'
import FormErrorsLine from '@/components/form-errors-line'

/** The fields this page owns; the emergency itself was answered on the first page, the photos come next. */
const PAGE_FIELDS: EmergencyField[] = ['admittedOn', 'dischargedOn', 'destination', 'hospitalName', 'diagnosis', 'leftOn', 'phone1', 'phone2']

export default function EmergencyDetailsPage() {
  const draft = useCurrentEmergencyDraft()
  const update = useEmergencyDraftStore((s) => s.update)
  const profile = useSubject(useEmergencyDraftStore((s) => s.subject))
  const now = useNow()
  const today = chinaToday(now)
  const [showErrors, setShowErrors] = useState(false)
  const policy = useMemo(() => (profile ? profileFor(profile.insuredRegion) : null), [profile])
  const dischargedOn = policy?.emergency.mode === 'BEFORE_DISCHARGE' && draft.discharged === 'YES' ? today : undefined
  const emergencyWindow = useEmergencyWindow(draft.admittedOn, policy, now, dischargedOn)

  // The contact phones start from 实名信息 as on the 备案 form (the insured person's own; for a
  // family member, the filer's as the second), only where empty, once: the person may change them.
  const prefilled = useRef(false)
  useEffect(() => {
    if (prefilled.current || !profile) return
    prefilled.current = true
    const patch: Partial<EmergencyDraft> = {}
    if (!draft.phone1 && profile.phone) patch.phone1 = profile.phone
    if (!draft.phone2 && profile.filerPhone) patch.phone2 = profile.filerPhone
    if (patch.phone1 || patch.phone2) update(patch)
  }, [profile, draft.phone1, draft.phone2, update])

  const notAnswered = (
    <BackToStart notice='请先回答“能不能办”的几个问题。' action='去回答' />
  )
  if (!profile || !policy) return notAnswered

  // Jiangsu: emergency rescue counts as already filed (002 第八条(五), 第三十七条). Nothing to submit,
  // and none of the answers is needed to say what to tell the hospital (我要备案's guided questions
  // lead here with only the person chosen).
  if (policy.emergency.mode === 'DEEMED_FILED') {
    const later = draft.awayLength === 'MORE'
    return (
      <PageRoot className='flow'>
        <View className='deadline' id='deemed-filed'>
          <Text className='deadline__label'>好消息</Text>
          <Text className='deadline__date'>{aboutWhom(profile, '您')}不用办备案：急诊抢救视同已备案</Text>
          <Text className='deadline__text'>{policy.emergency.text}</Text>
        </View>
        <DeemedGuide insuredRegion={profile.insuredRegion} emergency={policy.emergency} patient={profile} />
        {later ? (
          <View className='flow__section' id='deemed-later'>
            <Text className='flow__title'>以后还在那里看病</Text>
            <Text className='flow__text'>
              {`${aboutWhom(profile, '您')}离开参保地超过 ${EMERGENCY_TRIP_MAX_MONTHS} 个月。只有急诊抢救算备案；以后在那里看门诊、住院，要先有备案才能直接结算。还没有的，点下面去办。`}
            </Text>
          </View>
        ) : null}
        <View className='flow__footer'>
          <DeemedHomeButton id='deemed-home' />
          {later ? (
            <Button
              size='xlarge'
              block
              className='flow__secondary'
              id='deemed-later-file'
              onClick={() => openPage(OTHER_TYPES_URL)}
            >
              以后看病：去选备案类型
            </Button>
          ) : null}
        </View>
      </PageRoot>
    )
  }

  if (!draft.awayReason) return notAnswered

  const check = checkEmergencyFiling(
    {
      destination: destinationOf(draft.destination),
      admittedOn: draft.admittedOn,
      leftOn: draft.leftOn || null,
      dischargedOn: dischargedOn ?? null,
      awayReason: draft.awayReason,
      hospitalName: draft.hospitalName,
      diagnosis: draft.diagnosis,
      criteria: draft.criteria,
      contacts: { phone1: draft.phone1, phone2: draft.phone2 },
      materialCodes: [],
    },
    { profile: policy, calendar: currentCalendar(), now, insuredRegion: profile.insuredRegion },
  )
  const errors = check.ok ? {} : check.fields
  const pageErrors = PAGE_FIELDS.filter((f) => errors[f])
  const errorOf = (f: EmergencyField) => (showErrors || f === 'admittedOn' ? errors[f] : undefined)
  const closed = emergencyWindow?.ok === true && emergencyWindow.value.closed

  const set = (patch: Partial<EmergencyDraft>) => update(patch)

  const next = () => {
    setShowErrors(true)
    if (pageErrors.length > 0) {
      scrollToFirstError()
      return
    }
    update({ step: 'materials' })
    goToStep('materials')
  }

  return (
    <PageRoot className='flow'>
      <FlowSteps current={2} steps={EMERGENCY_STEPS} />
      <ForWhom subject={profile} what='急诊补办备案' />

      {emergencyWindow?.ok ? <DeadlineBlock emergencyWindow={emergencyWindow.value} today={today} insuredRegion={profile?.insuredRegion ?? null} /> : null}

      <View className='details__fields'>
        <FormField name='admittedOn' label={`${aboutWhom(profile, '')}哪天住的院`} hint='急诊入院那天，住院押金单或腕带上有' error={errorOf('admittedOn')}>
          <AdmissionDateChoice id='admitted-on' value={draft.admittedOn} today={today} onChange={(date) => set({ admittedOn: date })} />
        </FormField>

        {policy.emergency.mode === 'BEFORE_DISCHARGE' ? (
          <View className='flow__section details__discharge' id='question-discharged'>
            <Text className='emergency__question'>已经出院结算了吗？</Text>
            <View
              className={`flow__choice${draft.discharged === 'NO' ? ' flow__choice--selected' : ''}`}
              id='discharged-NO'
              {...tappable(null, () => set({ discharged: 'NO' }), { role: 'radio', checked: draft.discharged === 'NO' })}
            >
              <Text className='flow__choice-label'>还在住院，没有结算</Text>
            </View>
            <View
              className={`flow__choice${draft.discharged === 'YES' ? ' flow__choice--selected' : ''}`}
              id='discharged-YES'
              {...tappable(null, () => set({ discharged: 'YES' }), { role: 'radio', checked: draft.discharged === 'YES' })}
            >
              <Text className='flow__choice-label'>已经出院结算了</Text>
            </View>
          </View>
        ) : null}

        {closed ? null : (
          <View>
            <FormField name='hospitalName' label={`${aboutWhom(profile, '')}住的哪家医院`} hint='写医院全名，发票或腕带上有' error={errorOf('hospitalName')}>
              <Input
                name='hospitalName'
                className='details__input'
                value={draft.hospitalName}
                maxLength={60}
                placeholder='写医院的全称，和病历上的一样'
                onChange={(v) => set({ hospitalName: v })}
              />
            </FormField>

            <FormField name='destination' label='医院在哪个城市' hint='选省，再选市；北京、上海等直接选省' error={errorOf('destination')}>
              <RegionPicker value={draft.destination} title='选择医院所在地' placeholder='请选择省、市' onChange={(code) => set({ destination: code })} />
            </FormField>

            <FormField name='diagnosis' label='医生诊断是什么病' hint='照诊断证明或病历上写的填，比如“急性阑尾炎”' error={errorOf('diagnosis')}>
              <Input
                name='diagnosis'
                className='details__input'
                value={draft.diagnosis}
                maxLength={100}
                placeholder='例如：急性阑尾炎'
                onChange={(v) => set({ diagnosis: v })}
              />
            </FormField>

            <FormField name='leftOn' label={`${aboutWhom(profile, '')}哪天离开参保地的（可不填）`} hint='记不清可以不填' error={errorOf('leftOn')}>
              <DateChoice
                id='left-on'
                label='离开参保地的日期'
                value={draft.leftOn}
                today={today}
                min={admissionMin(draft.admittedOn || today)}
                max={draft.admittedOn || today}
                onChange={(date) => set({ leftOn: date })}
              />
            </FormField>
            {draft.leftOn ? (
              <Text className='flow__link details__clear' id='clear-left-on' {...tappable(null, () => set({ leftOn: '' }))}>
                不填这个日期
              </Text>
            ) : null}

            <ContactPhones
              phone1={draft.phone1}
              phone2={draft.phone2}
              errorOf={errorOf}
              onChange={(field, v) => set(field === 'phone1' ? { phone1: v } : { phone2: v })}
              inputClassName='details__input'
              subject={profile}
            />
          </View>
        )}
      </View>

      <FormErrorsLine id='details-errors' count={showErrors && !closed ? pageErrors.length : 0} />

      <View className='flow__footer'>
        {closed ? (
          <Button type='primary' size='xlarge' block id='go-after-window' onClick={goAfterWindow}>
            来不及了，看看怎么报销
          </Button>
        ) : (
          <Button type='primary' size='xlarge' block id='details-next' onClick={next}>
            下一步：拍材料
          </Button>
        )}
      </View>
    </PageRoot>
  )
}
