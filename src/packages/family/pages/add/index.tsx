import { useCallback, useMemo, useState } from 'react'
import { now } from '@/lib/clock'
import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageRoot from '@/components/page-root'
import PersonFields, { ChoiceField, choiceClass, isJudgeable } from '@/components/person-fields'
import {
  FAMILY_MEMBER_LIMIT,
  FAMILY_RELATION_LIST,
  relationLabel,
  validateFamilyMember,
  type FamilyMemberFieldErrors,
} from '@/domain/family'
import { chinaToday } from '@/domain/time/china-date'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import { ApiError } from '@/services/api-error'
import { addFamilyMember } from '@/services/family'
import { useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { useFamilyDraftStore, type FamilyDraftField } from '@/stores/use-family-draft-store'
import { memberKey } from '@/hooks/use-subject'
import { useMeStore } from '@/stores/use-me-store'
import { LIST_URL, PROFILE_URL, authorizeUrl, errorText, newIdempotencyKey } from '../../shared/family-text'
import './index.scss'
import { backTo, openPage, replacePage } from '@/lib/navigation'
import { idFacts } from '@/lib/id-facts'
import FormErrorsLine from '@/components/form-errors-line'
import { scrollToFirstError } from '@/lib/page-scroll'
import { useConsentStep } from '@/hooks/use-consent-step'
import { PRIVACY_CONSENT_REQUIRED } from '@/services/privacy'
import { tappable } from '@/lib/a11y'

const EMERGENCY_START_ROUTE = 'packages/emergency/pages/start/index'
const FIELD_ORDER: FamilyDraftField[] = ['name', 'idNumber', 'relation', 'phone', 'insuredRegion', 'insuranceType']


/**
 * Opened from the emergency page's 刚才查的是谁？ (为家人查的, `?for=emergency`): the stay was looked up
 * under the filer's own draft before this member existed. Once added, those answers are the
 * member's (handOverTo), so the emergency page goes on for them and, once they agree, the home
 * page's card leads back to the stay (a trial: 去办理 opened 我要备案's type chooser instead).
 */
function handOverEmergencyCheck(memberId: string) {
  const emergency = useEmergencyDraftStore.getState()
  if (emergency.subject === 'self') emergency.handOverTo(memberKey(memberId))
}

export default function FamilyAdd() {
  const params = useRouter()?.params ?? {}
  const draft = useFamilyDraftStore((s) => s.draft)
  const touched = useFamilyDraftStore((s) => s.touched)
  const setField = useFamilyDraftStore((s) => s.setField)
  const touch = useFamilyDraftStore((s) => s.touch)
  const touchAll = useFamilyDraftStore((s) => s.touchAll)
  const reset = useFamilyDraftStore((s) => s.reset)
  const me = useMeStore((s) => s.me)
  const loadMe = useMeStore((s) => s.load)

  const [serverErrors, setServerErrors] = useState<FamilyMemberFieldErrors>({})
  const [submitError, setSubmitError] = useState<string | null>(null)
  // The server's 请先填写实名信息 refusal: said by the button only while the profile is missing (a
  // trial: it stayed there in red after the profile was saved).
  const [profileRefusal, setProfileRefusal] = useState<string | null>(null)
  const [needsProfile, setNeedsProfile] = useState(false)
  const [saving, setSaving] = useState(false)
  // One key per member being added: a retry after a lost answer does not add them twice.
  const [idempotencyKey, setIdempotencyKey] = useState<string | null>(null)
  // A separate consent for each member's data (个人信息保护法 第二十九条), given on this page.
  const { notice, agreedVersion, step: consentStep, askAgain, consentSaved } = useConsentStep('FAMILY_MEMBER')

  // Back from 实名信息: read the account again, so the own-ID check and the notice are current.
  const refreshMe = useCallback(async () => {
    const loaded = await loadMe()
    if (loaded?.profile) setNeedsProfile(false)
  }, [loadMe])
  useLoadOnShow(refreshMe)

  const ownIdNumber = me?.profile?.idNumber ?? null
  const profileMissing = needsProfile || (me !== null && me.profile === null)

  const today = chinaToday(now())
  const check = useMemo(() => validateFamilyMember(draft, today, ownIdNumber), [draft, today, ownIdNumber])
  const localErrors: FamilyMemberFieldErrors = check.ok ? {} : check.fields

  const errorOf = (field: FamilyDraftField): string | undefined => {
    if (serverErrors[field]) return serverErrors[field]
    return isJudgeable(field, draft, Boolean(touched[field])) ? localErrors[field] : undefined
  }

  const update = (field: FamilyDraftField, value: string) => {
    setField(field, value)
    setSubmitError(null)
    if (serverErrors[field]) setServerErrors(({ [field]: _dropped, ...rest }) => rest)
  }

  const choose = (field: 'relation', value: string) => {
    update(field, value)
    touch(field)
  }

  const idFactsText = useMemo(() => idFacts(draft.idNumber, today), [draft.idNumber, today])

  // After 下一步 with mistakes: how many are left, said by the button (FormErrorsLine).
  const [tried, setTried] = useState(false)
  const wrongCount = tried ? FIELD_ORDER.filter((f) => errorOf(f)).length : 0

  async function submit() {
    touchAll()
    setSubmitError(null)
    setTried(true)
    if (!check.ok) {
      scrollToFirstError()
      return
    }
    if (agreedVersion === null) return
    const key = idempotencyKey ?? newIdempotencyKey()
    if (!idempotencyKey) setIdempotencyKey(key)
    const { name, idNumber, relation, phone, insuredRegion, insuranceType } = check.value
    setSaving(true)
    try {
      const member = await addFamilyMember({ name, idNumber, relation, phone, insuredRegion, insuranceType }, agreedVersion, key)
      reset()
      setIdempotencyKey(null)
      consentSaved()
      if (params.for === 'emergency') handOverEmergencyCheck(member.id)
      // From the emergency page's 替家人办理？先添加家人: back to that page, which asks whose the
      // answers were and offers the authorisation from there (a trial: no way back to the filing).
      if (params.for === 'emergency-return') void backTo(EMERGENCY_START_ROUTE, `/${EMERGENCY_START_ROUTE}`)
      else replacePage(authorizeUrl(member.id))
    } catch (e) {
      // A refused request frees its key; a new one for the corrected form avoids a 'key reused' answer.
      if (e instanceof ApiError && e.status >= 400 && e.status < 500 && e.code !== 'IDEMPOTENCY_IN_PROGRESS') setIdempotencyKey(null)
      if (e instanceof ApiError && e.code === PRIVACY_CONSENT_REQUIRED) {
        await askAgain(e.message)
      } else if (e instanceof ApiError && e.code === 'PROFILE_REQUIRED') {
        setNeedsProfile(true)
        setProfileRefusal(e.message)
      } else if (e instanceof ApiError && Object.keys(e.fields).length > 0) {
        setServerErrors(e.fields as FamilyMemberFieldErrors)
        scrollToFirstError()
      } else {
        setSubmitError(errorText(e, '添加没有成功，请稍后再试。'))
      }
    } finally {
      setSaving(false)
    }
  }

  if (agreedVersion !== notice.version) {
    return (
      <PageRoot className='flow member-form'>{consentStep}</PageRoot>
    )
  }

  return (
    <PageRoot className='flow member-form'>
      <View className='flow__section'>
        <Text className='flow__title'>添加要代办的家人</Text>
        <Text className='flow__text'>请填写家人本人的信息，要和家人的身份证、医保卡上的一致。最多可以添加 {FAMILY_MEMBER_LIMIT} 位家人。</Text>
        <Text className='flow__text'>添加后，还要家人本人同意（授权），才能替家人办理。</Text>
      </View>

      {profileMissing ? (
        <View className='flow__notice member-form__needs-profile' id='add-needs-profile'>
          <Text className='member-form__notice-text'>
            添加家人前，请先填写您自己的实名信息（姓名、身份证号），这样家人才能确认是您在替家人办理。填好后回到这里接着填。
          </Text>
          <Button size='large' block className='member-form__profile' id='add-go-profile' onClick={() => openPage(`${PROFILE_URL}?for=family`)}>
            去填我的实名信息
          </Button>
        </View>
      ) : null}

      <PersonFields
        whose='family'
        values={draft}
        errorOf={errorOf}
        onChange={update}
        onTouch={touch}
        idFactsText={idFactsText}
        inputClassName='member-form__input'
        insuranceAs='choices'
        afterIdNumber={
          <ChoiceField name='relation' label='这位家人是您的' hint='点一下选择' error={errorOf('relation')}>
            {FAMILY_RELATION_LIST.map((code) => (
              <View
                key={code}
                className={`${choiceClass(draft.relation === code)} member-form__choice`}
                id={`relation-${code}`}
                {...tappable(null, () => choose('relation', code), { role: 'radio', checked: draft.relation === code })}
              >
                <Text className='flow__choice-label'>{relationLabel(code)}</Text>
              </View>
            ))}
          </ChoiceField>
        }
        beforeRegion={
          <View className='flow__notice member-form__own' id='add-own-insurance'>
            <Text>下面的参保地和险种，填的是家人自己的（不是您的）：家人在哪个城市交的医保、交的是哪一种。</Text>
          </View>
        }
      />

      <FormErrorsLine id='add-errors' count={wrongCount} />
      {submitError ?? (profileMissing ? profileRefusal : null) ? (
        <Text className='flow__error' id='add-error'>
          {submitError ?? profileRefusal}
        </Text>
      ) : null}

      <View className='member-form__footer'>
        <Button type='primary' size='xlarge' block loading={saving} onClick={() => void submit()} id='family-submit'>
          {/* From 替家人办理？先添加家人 the next page is the emergency one, which asks whose the answers were (a trial read 去授权). */}
          {params.for === 'emergency-return' ? '添加，回到急诊备案' : '添加，下一步去授权'}
        </Button>
        <Button size='xlarge' block className='flow__secondary' id='add-back' onClick={() => replacePage(LIST_URL)}>
          返回家人列表
        </Button>
      </View>
    </PageRoot>
  )
}
