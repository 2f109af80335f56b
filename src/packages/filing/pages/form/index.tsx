import { scrollToFirstError } from '@/lib/page-scroll'
import { useEffect, useMemo, useState } from 'react'
import { tappable } from '@/lib/a11y'
import { now } from '@/lib/clock'
import { View, Text } from '@tarojs/components'
import { Button, Input, Switch } from '@nutui/nutui-react-taro'
import BasisNote from '@/components/basis-note'
import FlowSteps from '@/components/flow-steps'
import ForWhom from '@/components/for-whom'
import DateChoice from '@/components/date-choice'
import FormField from '@/components/form-field'
import AddressInput from '@/components/address-input'
import { ADDRESS_EXAMPLE } from '@/domain/validation/address-detail'
import ContactPhones from '@/components/filing-sections/contact-phones'
import RegionPicker from '@/components/region-picker'
import { FILING_TYPE_INFO, isLongTerm } from '@/domain/filing-types'
import { checkFiling, chronicDiseaseNote, endDateRule, MAX_YEAR_AHEAD_DAYS, type FilingFieldErrors } from '@/domain/filings'
import { formatDayNumber, parseDayNumber } from '@/domain/calendar'
import { profileFor } from '@/domain/profiles'
import { explainReduction, plainReduction } from '@/domain/rules'
import { chinaToday } from '@/domain/time/china-date'
import { useCurrentDraft, useFilingDraftStore, type FilingDraft } from '@/stores/use-filing-draft-store'
import { aboutWhom, useSubject } from '@/hooks/use-subject'
import { admittedOnOf, destinationOf, goToStep } from '../../shared/flow'
import { AFTER_WINDOW_URL } from '@/packages/emergency/shared/flow'
import { openPage } from '@/lib/navigation'
import NeedsStart from '../../shared/needs-start'
import './index.scss'
import PageRoot from '@/components/page-root'
import { citationScopeFor } from '@/domain/citation'
import FormErrorsLine from '@/components/form-errors-line'

/** The fields this page owns; materials and the commitment come on the next page. */
const FORM_FIELDS: (keyof FilingFieldErrors)[] = ['admittedOn', 'destination', 'startDate', 'endDate', 'phone1', 'phone2', 'addressAtDestination', 'chronicDiseaseHospital', 'type']

export default function FilingForm() {
  const draft = useCurrentDraft()
  const update = useFilingDraftStore((s) => s.update)
  const subject = useSubject(useFilingDraftStore((s) => s.subject))
  const [showErrors, setShowErrors] = useState(false)
  const today = chinaToday(now())
  const type = draft.type

  const policy = useMemo(() => (subject ? profileFor(subject.insuredRegion) : null), [subject?.insuredRegion])
  const endRule = type && policy ? endDateRule(type, policy) : null

  // The end date starts at the shortest period allowed; the person may choose a later one.
  useEffect(() => {
    if (endRule?.asked && !draft.endDate && draft.startDate) {
      const min = endRule.minimumFor(draft.startDate)
      if (min) update({ endDate: min })
    }
  }, [endRule, draft.endDate, draft.startDate, update])

  if (!type || !subject || !policy) {
    return <NeedsStart message='请先选择备案类型。' />
  }

  const check = checkFiling(
    {
      type,
      destination: destinationOf(draft.destination),
      startDate: draft.startDate,
      endDate: endRule?.asked ? draft.endDate : null,
      contacts: { phone1: draft.phone1, phone2: draft.phone2, addressAtDestination: draft.addressAtDestination },
      chronicDiseaseHospital: draft.chronicDiseaseHospital,
      multiPlace: draft.multiPlace,
      admittedOn: admittedOnOf(draft),
      commitment: null,
      materialCodes: [],
    },
    { profile: policy, today, subjectName: subject.name, insuredRegion: subject.insuredRegion },
  )
  const errors: FilingFieldErrors = check.ok ? {} : check.fields
  const formErrors = FORM_FIELDS.filter((f) => errors[f])
  const errorOf = (f: keyof FilingFieldErrors) => (showErrors ? errors[f] : undefined)

  const set = (patch: Partial<FilingDraft>) => update(patch)

  const settled = draft.inHospital === 'YES' && draft.dischargeSettled === true
  // Not in hospital after all: a start taken back to the admission day cannot stand, and kept it was
  // refused at 下一步 with a date the person had not picked (a trial). Back to today, as a new draft has.
  const startFromToday = (): Partial<FilingDraft> => (draft.startDate && draft.startDate < today ? { startDate: today, endDate: '' } : {})
  const next = () => {
    setShowErrors(true)
    if (formErrors.length > 0) scrollToFirstError()
    if (formErrors.length > 0 || settled) return
    update({ step: 'materials' })
    goToStep('materials')
  }

  // Plain words from the rule, naming where (issue 13 item 10); the legal text only behind 查看依据.
  const reduction = plainReduction({
    profile: policy,
    situation: 'NOT_FILED',
    insuredRegion: subject.insuredRegion,
    destination: draft.destination || undefined,
    exampleAmount: 10000,
  })
  // After discharge settlement the stay is claimed by hand, with the cut for a late filing (002 第二十六条(二)).
  const settledCut = explainReduction({ profile: policy, situation: 'LATE', exampleAmount: 10000 })
  const chronic = chronicDiseaseNote(subject.self ? null : subject.name)
  const settledCitations = [...policy.duringStay.citations, ...(settledCut.ok ? settledCut.value.citations : [])]

  return (
    <PageRoot className='flow'>
      <FlowSteps current={2} />
      <ForWhom subject={subject} what='备案' />
      <View className='flow__section'>
        <Text className='flow__title'>{FILING_TYPE_INFO[type].officialName}</Text>
        <Text className='flow__text'>{FILING_TYPE_INFO[type].explanation}</Text>
      </View>

      <View className='flow__section filing-form__notice' id='notice'>
        <Text className='filing-form__notice-title'>办之前先知道</Text>
        <Text className='flow__text'>· 在外地看病，报销比例、起付线和最高限额按参保地的规定；能报哪些药和项目，按就医地的目录。</Text>
        <Text className='flow__text' id='notice-reduction'>· 不备案的后果：{reduction.sentence}</Text>
        <BasisNote name='notice' citations={reduction.citations} text={reduction.legal} scope={citationScopeFor(reduction.citations, subject.insuredRegion)} insuredRegion={subject.insuredRegion} />
      </View>

      <View className='filing-form__fields'>
        <FormField
          name='inHospital'
          // Optional, and says so (a trial: no sign whether it may be skipped). The answer only lets
          // the start go back to the admission day (002 通知 二; 004 表8 温馨提示5): unanswered is 没有住院,
          // right for everyone not in hospital; a past start is refused with a pointer back here.
          label={`${aboutWhom(subject, '您')}现在是不是已经在外地住院了？（可以不选）`}
          hint='不选，就按没有住院办：备案从下面选的开始日期起生效。已经住进外地医院、还没出院结算的，请选“已经住院了”：备案从入院那天开始，这次住院也能直接结算。'
        >
          <View className='filing-form__choices'>
            <View className={`flow__choice${draft.inHospital === 'NO' ? ' flow__choice--selected' : ''}`} id='in-hospital-no' {...tappable(null, () => set({ inHospital: 'NO', dischargeSettled: false, ...startFromToday() }), { role: 'radio', checked: draft.inHospital === 'NO' })}>
              <Text className='flow__choice-label'>没有住院</Text>
            </View>
            <View
              className={`flow__choice${draft.inHospital === 'YES' ? ' flow__choice--selected' : ''}`}
              id='in-hospital-yes'
              {...tappable(null, () => set({ inHospital: 'YES', startDate: draft.admittedOn || draft.startDate, endDate: '' }), { role: 'radio', checked: draft.inHospital === 'YES' })}
            >
              <Text className='flow__choice-label'>已经住院了</Text>
            </View>
          </View>
        </FormField>

        {draft.inHospital === 'YES' ? (
          <>
            <FormField name='admittedOn' label={`${aboutWhom(subject, '')}哪天入院的`} hint='备案从入院那天开始，这次住院才能直接结算' error={errorOf('admittedOn')}>
              <DateChoice
                id='admitted-on'
                label='入院日期'
                direction='past'
                value={draft.admittedOn ?? ''}
                today={today}
                min={formatDayNumber(parseDayNumber(today) - MAX_YEAR_AHEAD_DAYS)}
                max={today}
                onChange={(date) => set({ admittedOn: date, startDate: date, endDate: '' })}
              />
            </FormField>
            <FormField name='dischargeSettled' label='已经出院结算了吗？' hint='出院时在医院把费用结清了，就是出院结算'>
              <View className='filing-form__choices'>
                <View className={`flow__choice${!draft.dischargeSettled ? ' flow__choice--selected' : ''}`} id='discharge-settled-no' {...tappable(null, () => set({ dischargeSettled: false }), { role: 'radio', checked: !draft.dischargeSettled })}>
                  <Text className='flow__choice-label'>还没有</Text>
                </View>
                <View className={`flow__choice${draft.dischargeSettled ? ' flow__choice--selected' : ''}`} id='discharge-settled-yes' {...tappable(null, () => set({ dischargeSettled: true }), { role: 'radio', checked: draft.dischargeSettled })}>
                  <Text className='flow__choice-label'>已经结算了</Text>
                </View>
              </View>
            </FormField>
            {settled ? (
              <View className='flow__section' id='settled-claim'>
                <Text className='flow__text'>已经出院结算的，这次住院不能再直接结算了：费用先自己付，回参保地办“零星报销”（也叫手工报销）。</Text>
                {settledCut.ok ? <Text className='flow__text' id='settled-cut'>{settledCut.value.explanation}</Text> : null}
                <Button type='primary' size='large' block id='settled-claim-open' onClick={() => void openPage(AFTER_WINDOW_URL)}>
                  看零星报销怎么办
                </Button>
                <BasisNote name='settled' citations={settledCitations} scope={citationScopeFor(settledCitations, subject.insuredRegion)} insuredRegion={subject.insuredRegion} />
              </View>
            ) : (
              <BasisNote name='duringStay' citations={policy.duringStay.citations} scope={policy.duringStay.scope} insuredRegion={subject.insuredRegion} />
            )}
          </>
        ) : null}

        <FormField name='destination' label='去哪里（备案地）' hint='选省，再选市；要在一个省的几个城市看病，可以选“全省”；北京、上海等直接选省' error={errorOf('destination')}>
          <RegionPicker value={draft.destination} title='选择备案地' placeholder='请选择省、市' wholeProvince onChange={(code) => set({ destination: code })} />
        </FormField>

        <FormField
          name='startDate'
          label='从哪天开始'
          hint={type === 'REFERRAL' ? '已经约好住院的，开始日期要在住院那天或之前' : '一般选今天'}
          error={errorOf('startDate')}
        >
          {/* 补办 during a stay: the start goes back to the admission day, never later (004 表8 温馨提示5). */}
          <DateChoice
            id='start-date'
            label='开始日期'
            direction={admittedOnOf(draft) ? 'past' : 'future'}
            value={draft.startDate}
            today={today}
            min={admittedOnOf(draft) ?? today}
            max={admittedOnOf(draft) ?? formatDayNumber(parseDayNumber(today) + MAX_YEAR_AHEAD_DAYS)}
            onChange={(date) => set({ startDate: date, endDate: '' })}
          />
        </FormField>

        {endRule?.asked ? (
          <FormField name='endDate' label='到哪天结束' hint={endRule.explanation} error={errorOf('endDate')}>
            <DateChoice
              id='end-date'
              label='结束日期'
              direction='future'
              value={draft.endDate}
              today={today}
              min={endRule.minimumFor(draft.startDate) ?? today}
              max={endRule.maximumFor(draft.startDate) ?? formatDayNumber(parseDayNumber(draft.startDate || today) + 2 * MAX_YEAR_AHEAD_DAYS)}
              onChange={(date) => set({ endDate: date })}
            />
          </FormField>
        ) : (
          <View className='filing-form__plain'>
            <Text className='flow__text'>{endRule?.explanation}</Text>
          </View>
        )}

        <ContactPhones
          phone1={draft.phone1}
          phone2={draft.phone2}
          errorOf={errorOf}
          onChange={(field, v) => set(field === 'phone1' ? { phone1: v } : { phone2: v })}
          inputClassName='filing-form__input'
          subject={subject}
        />

        <FormField name='addressAtDestination' label={`${aboutWhom(subject, '')}在外地的住址`} hint={`写到街道、小区和门牌号，例如：${ADDRESS_EXAMPLE}`} error={errorOf('addressAtDestination')}>
          <AddressInput
            name='addressAtDestination'
            value={draft.addressAtDestination}
            maxLength={100}
            // The example is in the hint, whole: a placeholder of two lines was cut in 长辈模式 (a trial).
            placeholder='点这里写住址'
            onChange={(v) => set({ addressAtDestination: v })}
          />
        </FormField>

        <FormField
          name='chronicDiseaseHospital'
          label='门诊慢特病医院（可不填）'
          hint='有高血压、糖尿病等门诊慢特病、要在外地固定医院开药的才填'
          error={errorOf('chronicDiseaseHospital')}
          note={
            <>
              <Text className='flow__text' id='chronic-disease-note'>{chronic.text}</Text>
              <BasisNote name='chronic-disease' citations={chronic.citations} scope={citationScopeFor(chronic.citations, subject.insuredRegion)} insuredRegion={subject.insuredRegion} />
            </>
          }
        >
          <Input
            name='chronicDiseaseHospital'
            className='filing-form__input'
            value={draft.chronicDiseaseHospital}
            maxLength={60}
            placeholder='医院名称'
            onChange={(v) => set({ chronicDiseaseHospital: v })}
          />
        </FormField>

        {isLongTerm(type) ? (
          <View className='filing-form__switch'>
            <View className='filing-form__switch-text'>
              <Text className='filing-form__switch-label'>同时在其他地方也备案</Text>
              <Text className='flow__text'>比如冬天在海南、夏天在老家。多地备案要交真实证明，不能用承诺书。</Text>
            </View>
            <Switch ariaLabel='同时在其他地方也备案' checked={draft.multiPlace} onChange={(v) => set({ multiPlace: v, useCommitment: v ? false : draft.useCommitment })} />
          </View>
        ) : null}
      </View>

      <FormErrorsLine id='form-errors' count={showErrors ? formErrors.length : 0} />

      <View className='flow__footer'>
        <Button type='primary' size='xlarge' block id='form-next' onClick={next}>
          下一步：交材料
        </Button>
      </View>
    </PageRoot>
  )
}
