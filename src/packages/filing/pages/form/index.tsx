import { useEffect, useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input, Switch } from '@nutui/nutui-react-taro'
import BasisNote from '../../../../components/basis-note'
import FlowSteps from '../../../../components/flow-steps'
import DateChoice from '../../../../components/date-choice'
import FormField from '../../../../components/form-field'
import RegionPicker from '../../../../components/region-picker'
import { FILING_TYPE_INFO, isLongTerm } from '../../../../domain/filing-types'
import { checkFiling, endDateRule, MAX_YEAR_AHEAD_DAYS, type FilingFieldErrors } from '../../../../domain/filings'
import { formatDayNumber, parseDayNumber } from '../../../../domain/calendar'
import { profileFor } from '../../../../domain/profiles'
import { explainReduction } from '../../../../domain/rules'
import { chinaToday } from '../../../../domain/time/china-date'
import { useCurrentDraft, useFilingDraftStore, type FilingDraft } from '../../../../stores/use-filing-draft-store'
import { useSubject } from '../../../../hooks/use-subject'
import { destinationOf, goToStep } from '../../shared/flow'
import NeedsStart from '../../shared/needs-start'
import './index.scss'
import PageRoot from '../../../../components/page-root'
import { PHONE_INPUT_TYPE } from '@/lib/input-types'

/** The fields this page owns; materials and the commitment come on the next page. */
const FORM_FIELDS: (keyof FilingFieldErrors)[] = ['destination', 'startDate', 'endDate', 'phone1', 'phone2', 'addressAtDestination', 'chronicDiseaseHospital', 'type']

export default function FilingForm() {
  const draft = useCurrentDraft()
  const update = useFilingDraftStore((s) => s.update)
  const subject = useSubject(useFilingDraftStore((s) => s.subject))
  const [showErrors, setShowErrors] = useState(false)
  const today = chinaToday(new Date())
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
      commitment: null,
      materialCodes: [],
    },
    { profile: policy, today, subjectName: subject.name, insuredRegion: subject.insuredRegion },
  )
  const errors: FilingFieldErrors = check.ok ? {} : check.fields
  const formErrors = FORM_FIELDS.filter((f) => errors[f])
  const errorOf = (f: keyof FilingFieldErrors) => (showErrors ? errors[f] : undefined)

  const set = (patch: Partial<FilingDraft>) => update(patch)

  const next = () => {
    setShowErrors(true)
    if (formErrors.length > 0) return
    update({ step: 'materials' })
    goToStep('materials')
  }

  const reduction = explainReduction({ profile: policy, situation: 'NOT_FILED', exampleAmount: 10000 })

  return (
    <PageRoot className='flow'>
      <FlowSteps current={2} />
      <View className='flow__section'>
        <Text className='flow__title'>{FILING_TYPE_INFO[type].officialName}</Text>
        <Text className='flow__text'>{FILING_TYPE_INFO[type].explanation}</Text>
      </View>

      <View className='flow__section filing-form__notice' id='notice'>
        <Text className='filing-form__notice-title'>办之前先知道</Text>
        <Text className='flow__text'>· 在外地看病，报销比例、起付线和最高限额按参保地的规定；能报哪些药和项目，按就医地的目录。</Text>
        {reduction.ok ? <Text className='flow__text'>· 不备案的后果：{reduction.value.explanation}</Text> : null}
        <BasisNote name='notice' citations={reduction.ok ? reduction.value.citations : []} />
      </View>

      <View className='filing-form__fields'>
        <FormField name='destination' label='去哪里（备案地）' hint='选省，再选市；北京、上海等直接选省' error={errorOf('destination')}>
          <RegionPicker value={draft.destination} title='选择备案地' placeholder='请选择省、市' onChange={(code) => set({ destination: code })} />
        </FormField>

        <FormField
          name='startDate'
          label='从哪天开始'
          hint={type === 'REFERRAL' ? '已经约好住院的，开始日期要在住院那天或之前' : '一般选今天'}
          error={errorOf('startDate')}
        >
          <DateChoice
            id='start-date'
            label='开始日期'
            direction='future'
            value={draft.startDate}
            today={today}
            min={today}
            max={formatDayNumber(parseDayNumber(today) + MAX_YEAR_AHEAD_DAYS)}
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
              max={formatDayNumber(parseDayNumber(draft.startDate || today) + 2 * MAX_YEAR_AHEAD_DAYS)}
              onChange={(date) => set({ endDate: date })}
            />
          </FormField>
        ) : (
          <View className='filing-form__plain'>
            <Text className='flow__text'>{endRule?.explanation}</Text>
          </View>
        )}

        <FormField name='phone1' label='联系电话' hint='办理结果和提醒会打给这个号码' error={errorOf('phone1')}>
          <Input name='phone1' className='filing-form__input' type={PHONE_INPUT_TYPE} value={draft.phone1} maxLength={13} placeholder='11 位手机号码' onChange={(v) => set({ phone1: v })} />
        </FormField>

        <FormField name='phone2' label='备用电话（可不填）' hint='比如子女的电话' error={errorOf('phone2')}>
          <Input name='phone2' className='filing-form__input' type={PHONE_INPUT_TYPE} value={draft.phone2} maxLength={14} placeholder='手机或带区号的座机' onChange={(v) => set({ phone2: v })} />
        </FormField>

        <FormField name='addressAtDestination' label='在外地的住址' hint='写到街道、小区和门牌号' error={errorOf('addressAtDestination')}>
          <Input
            name='addressAtDestination'
            className='filing-form__input'
            value={draft.addressAtDestination}
            maxLength={100}
            placeholder='例如：江城区东风路 8 号 3 栋 201'
            onChange={(v) => set({ addressAtDestination: v })}
          />
        </FormField>

        <FormField name='chronicDiseaseHospital' label='门诊慢特病医院（可不填）' hint='有高血压、糖尿病等门诊慢特病、要在外地固定医院开药的才填' error={errorOf('chronicDiseaseHospital')}>
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

      {showErrors && formErrors.length > 0 ? (
        <Text className='flow__error' id='form-errors'>还有 {formErrors.length} 处要改，请看上面的红字。</Text>
      ) : null}

      <View className='flow__footer'>
        <Button type='primary' size='xlarge' block id='form-next' onClick={next}>
          下一步：交材料
        </Button>
      </View>
    </PageRoot>
  )
}
