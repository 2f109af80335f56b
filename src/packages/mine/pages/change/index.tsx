// Why over 300 lines: the 变更 form: its fields, the shared check (checkChange) placed at the fields, and the submission.
import { useEffect, useState } from 'react'
import { now } from '@/lib/clock'
import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button, Input, TextArea, Toast } from '@nutui/nutui-react-taro'
import DateChoice from '@/components/date-choice'
import FormField from '@/components/form-field'
import AddressInput from '@/components/address-input'
import { ADDRESS_EXAMPLE } from '@/domain/validation/address-detail'
import RegionPicker from '@/components/region-picker'
import { changeBaseOfView, changeContextOfView, checkChange, checkChangedAddress, endDateRule, MAX_YEAR_AHEAD_DAYS, type ChangeFilingBody, type FilingView } from '@/domain/filings'
import { profileFor } from '@/domain/profiles'
import { chineseDateOf, formatDayNumber, parseDayNumber } from '@/domain/calendar'
import { findRegion } from '@/domain/regions'
import { chinaToday } from '@/domain/time/china-date'
import { ApiError } from '@/services/api-error'
import { changeFiling, getFiling } from '@/services/filings'
import { ensureSession } from '@/services/session'
import { LIST_URL, detailUrl, errorText } from '../../shared/filing-text'
import './index.scss'
import PageRoot from '@/components/page-root'
import HelpLine from '@/components/help-line'
import { PHONE_INPUT_TYPE } from '@/lib/input-types'
import { replacePage, goBack } from '@/lib/navigation'
import { tappable } from '@/lib/a11y'
import FormErrorsLine from '@/components/form-errors-line'
import { scrollToFirstError } from '@/lib/page-scroll'
import { PHONE1_HINT } from '@/components/filing-sections/contact-phones'

type Field = 'destination' | 'startDate' | 'endDate' | 'phone1' | 'phone2' | 'addressAtDestination' | 'reason'
type Errors = Partial<Record<Field, string>>

const FIELD_ORDER: Field[] = ['destination', 'startDate', 'endDate', 'phone1', 'phone2', 'addressAtDestination', 'reason']
const FIELDS: ReadonlySet<string> = new Set(FIELD_ORDER)

interface Draft {
  region: string
  startDate: string
  endDate: string | null
  phone1: string
  phone2: string
  address: string
  reason: string
}

type LoadState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; filing: FilingView }

const REASON_MIN = 2
const REASON_MAX = 200
const REASON_PRESETS = ['搬到别的城市住了', '在外地的住址换了', '联系电话换了', '去外地的日期有变化']
const TOAST_ID = 'mine-change-toast'

function showToast(content: string) {
  Toast.show(TOAST_ID, { content, duration: 2.5 })
}

function draftOf(f: FilingView): Draft {
  return {
    region: f.destination.city ?? f.destination.province,
    startDate: f.startDate,
    endDate: f.endDate,
    phone1: f.contacts.phone1,
    phone2: f.contacts.phone2 ?? '',
    address: f.contacts.addressAtDestination,
    reason: '',
  }
}

/** The server names fields as the API body does ('contacts.phone1', 'destination.city' …): map them to ours. */
function fieldOf(key: string): Field | null {
  const k = key.replace(/^contacts\./, '')
  if (k.startsWith('destination')) return 'destination'
  return FIELDS.has(k) ? (k as Field) : null
}

/**
 * The same check the server runs (checkChange → checkFiling, SPEC §2-§5, §9): fields it names go
 * beside their inputs, anything else (materials, commitment) into the problem line.
 */
function checkDraft(f: FilingView, d: Draft, today: string): { errors: Errors; unplaced: string[] } {
  const errors: Errors = {}
  const unplaced: string[] = []
  const region = findRegion(d.region)
  if (!region) errors.destination = '请选择要去的省份和城市'
  if (!d.startDate) errors.startDate = '请选择开始日期'
  const body = changeBody(f, d) ?? { reason: d.reason }
  const check = checkChange(changeBaseOfView(f), body, changeContextOfView(f, profileFor(f.insuredRegion), today))
  if (!check.ok) {
    for (const [key, message] of Object.entries(check.fields)) {
      const field = fieldOf(key)
      if (field && !errors[field]) errors[field] = message
      else if (!field) unplaced.push(message)
    }
  }
  // A change of place needs the new place's address (issue 12 item 8), as the server checks.
  const address = d.address.trim()
  if (region && !errors.addressAtDestination) {
    const moved = checkChangedAddress({
      from: f.destination,
      to: { province: region.province.code, city: region.city?.code ?? null },
      oldAddress: f.contacts.addressAtDestination,
      newAddress: address,
    })
    if (moved) errors.addressAtDestination = moved
  }
  const reason = d.reason.trim()
  if (reason.length < REASON_MIN) errors.reason = '请写一下为什么要变更，至少 2 个字'
  else if (reason.length > REASON_MAX) errors.reason = '原因请控制在 200 个字以内'
  return { errors, unplaced }
}

const digits = (phone: string) => phone.replace(/[\s-]/g, '')

/** Only what changed goes to the server, with the reason (000 第七条). Null when nothing changed. */
function changeBody(f: FilingView, d: Draft): ChangeFilingBody | null {
  const body: ChangeFilingBody = { reason: d.reason.trim() }
  const region = findRegion(d.region)
  const destination = region ? { province: region.province.code, city: region.city?.code ?? null } : null
  if (destination && (destination.province !== f.destination.province || destination.city !== f.destination.city)) {
    body.destination = destination
  }
  if (d.startDate !== f.startDate) body.startDate = d.startDate
  if (d.endDate !== f.endDate) body.endDate = d.endDate
  const contacts = {
    phone1: digits(d.phone1),
    phone2: d.phone2.trim() === '' ? null : digits(d.phone2),
    addressAtDestination: d.address.trim(),
  }
  if (
    contacts.phone1 !== f.contacts.phone1 ||
    contacts.phone2 !== f.contacts.phone2 ||
    contacts.addressAtDestination !== f.contacts.addressAtDestination
  ) {
    body.contacts = contacts
  }
  return Object.keys(body).length > 1 ? body : null
}

/**
 * A date of the filing, chosen with large buttons, between `min` and `max` ('YYYY-MM-DD'): the
 * start from today to about a year ahead; the end within the type's bounds (endDateRule, 002 第十条).
 */
function DateChooser({ value, min, max, onChange, name }: { value: string; min: string; max: string; onChange: (v: string) => void; name: string }) {
  return (
    <DateChoice
      id={`date-${name}`}
      label={name === 'startDate' ? '开始日期' : '结束日期'}
      direction='future'
      value={value}
      today={chinaToday(now())}
      min={min}
      max={max}
      onChange={onChange}
    />
  )
}

/** About two years after `from` ('YYYY-MM-DD'): the farthest a date of a filing is offered. */
const farthestFrom = (from: string) => formatDayNumber(parseDayNumber(from) + 2 * MAX_YEAR_AHEAD_DAYS)

export default function ChangeFiling() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [state, setState] = useState<LoadState>({ kind: 'loading' })
  const [draft, setDraft] = useState<Draft | null>(null)
  const [errors, setErrors] = useState<Errors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const load = async () => {
    try {
      await ensureSession()
      const filing = await getFiling(id)
      setState({ kind: 'ready', filing })
      setDraft(draftOf(filing))
    } catch (e) {
      const notFound = e instanceof ApiError && e.status === 404
      setState({ kind: 'error', message: notFound ? '没有找到这条备案。' : errorText(e, '没能读取这条备案，请稍后再试。') })
    }
  }

  useEffect(() => {
    void load()
    // Once per page: the id does not change while the page is open.
  }, [])

  if (state.kind === 'loading' || (state.kind === 'ready' && !draft)) {
    return (
      <PageRoot className='change'>
        <Text className='change__status' id='change-loading'>正在读取备案，请稍等…</Text>
      </PageRoot>
    )
  }

  if (state.kind === 'error') {
    return (
      <PageRoot className='change'>
        <Text className='change__problem' id='change-error'>{state.message}</Text>
        <View className='change__actions'>
          <Button type='primary' size='xlarge' block onClick={() => replacePage(LIST_URL)} id='change-back'>
            返回我的备案
          </Button>
        </View>
        <HelpLine name='error' />
      </PageRoot>
    )
  }

  const f = state.filing
  const d = draft as Draft
  const today = chinaToday(now())
  // The end date is offered only within the type's bounds (at least 6 months for a temporary filing).
  const endRule = endDateRule(f.type, profileFor(f.insuredRegion))

  if (!f.actions.canChange) {
    return (
      <PageRoot className='change'>
        <Text className='change__problem' id='change-locked'>
          {f.actions.explanation}
          {f.actions.firstAllowedOn ? `\n最早 ${chineseDateOf(f.actions.firstAllowedOn)}可以办理。` : ''}
        </Text>
        <View className='change__actions'>
          <Button type='primary' size='xlarge' block onClick={() => void goBack(detailUrl(f.id))} id='change-back'>
            返回
          </Button>
        </View>
      </PageRoot>
    )
  }

  const update = <K extends keyof Draft>(key: K, value: Draft[K], field: Field) => {
    setDraft({ ...d, [key]: value })
    setProblem(null)
    if (errors[field]) setErrors(({ [field]: _dropped, ...rest }) => rest)
  }

  async function submit() {
    const { errors: local, unplaced } = checkDraft(f, d, chinaToday(now()))
    if (Object.keys(local).length > 0 || unplaced.length > 0) {
      setErrors(local)
      setProblem(unplaced.length > 0 ? unplaced.join('\n') : null)
      scrollToFirstError()
      return
    }
    const body = changeBody(f, d)
    if (!body) {
      showToast('您还没有修改任何内容')
      setProblem('您还没有修改任何内容。请先改一下要变更的地方（备案地、日期、电话或住址），再提交。')
      return
    }
    setSaving(true)
    setProblem(null)
    try {
      const next = await changeFiling(f.id, body)
      replacePage(detailUrl(next.id, '&changed=1'))
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fields).length > 0) {
        const mapped: Errors = {}
        const unplaced: string[] = []
        for (const [key, message] of Object.entries(e.fields)) {
          const field = fieldOf(key)
          if (field) mapped[field] = message
          else unplaced.push(message)
        }
        setErrors(mapped)
        if (unplaced.length > 0) setProblem(unplaced.join('\n'))
        scrollToFirstError()
      } else {
        const message = errorText(e, '变更没有成功，请稍后再试。')
        setProblem(message)
        showToast(message)
      }
    } finally {
      setSaving(false)
    }
  }

  return (
    <PageRoot className='change'>
      <Toast id={TOAST_ID} />
      <View className='change__intro'>
        <Text className='change__intro-text'>
          改好要变更的地方，写上原因，再点“提交变更”。变更后会生成一条新的备案，原来的备案作废。
        </Text>
        <Text className='change__intro-number'>原备案号 {f.number}</Text>
      </View>

      <FormField name='destination' label='备案地' hint='要去看病或居住的地方' error={errors.destination}>
        <RegionPicker
          value={d.region}
          title='选择备案地'
          placeholder='请选择省、市'
          wholeProvince
          onChange={(code) => update('region', code, 'destination')}
        />
      </FormField>

      <FormField name='startDate' label='开始日期' hint='从哪一天开始在外地看病或居住；变更最早从今天起算' error={errors.startDate}>
        <DateChooser
          name='startDate'
          value={d.startDate}
          min={today}
          max={farthestFrom(today)}
          onChange={(v) => update('startDate', v, 'startDate')}
        />
      </FormField>

      {f.endDate !== null ? (
        <FormField name='endDate' label='结束日期' hint={endRule.explanation} error={errors.endDate}>
          <DateChooser
            name='endDate'
            value={d.endDate ?? ''}
            min={endRule.minimumFor(d.startDate) ?? d.startDate}
            max={endRule.maximumFor(d.startDate) ?? farthestFrom(d.startDate)}
            onChange={(v) => update('endDate', v, 'endDate')}
          />
        </FormField>
      ) : null}

      <FormField name='phone1' label='联系电话' hint={PHONE1_HINT} error={errors.phone1}>
        <Input
          name='phone1'
          className='change__input'
          type={PHONE_INPUT_TYPE}
          placeholder='11 位手机号码'
          value={d.phone1}
          maxLength={13}
          onChange={(v) => update('phone1', v, 'phone1')}
        />
      </FormField>

      <FormField name='phone2' label='备用电话（可以不填）' hint='家人的电话，联系不上您时打' error={errors.phone2}>
        <Input
          name='phone2'
          className='change__input'
          type={PHONE_INPUT_TYPE}
          placeholder='手机号，或带区号的座机'
          value={d.phone2}
          maxLength={13}
          onChange={(v) => update('phone2', v, 'phone2')}
        />
      </FormField>

      <FormField name='addressAtDestination' label='外地住址' hint={`写到街道和门牌号，例如：${ADDRESS_EXAMPLE}`} error={errors.addressAtDestination}>
        <AddressInput
          name='addressAtDestination'
          placeholder='点这里写住址'
          value={d.address}
          maxLength={100}
          onChange={(v) => update('address', v, 'addressAtDestination')}
        />
      </FormField>

      <FormField name='reason' label='变更原因' hint='必须填写。可以点下面的常用原因，也可以自己写' error={errors.reason}>
        <TextArea
          name='reason'
          className='change__textarea'
          placeholder='例如：搬到女儿家住了'
          value={d.reason}
          maxLength={REASON_MAX}
          onChange={(v) => update('reason', v, 'reason')}
        />
      </FormField>
      <View className='change__presets'>
        {REASON_PRESETS.map((r, i) => (
          <View key={r} className='change__preset' id={`reason-preset-${i}`} {...tappable(null, () => update('reason', r, 'reason'))}>
            <Text>{r}</Text>
          </View>
        ))}
      </View>

      <FormErrorsLine id='change-errors' count={Object.keys(errors).length} />
      {problem ? (
        <Text className='change__problem' id='change-problem'>
          {problem}
        </Text>
      ) : null}

      <View className='change__actions'>
        <Button type='primary' size='xlarge' block loading={saving} onClick={submit} id='change-submit'>
          提交变更
        </Button>
      </View>
    </PageRoot>
  )
}
