import { useEffect, useMemo, useState } from 'react'
import { now } from '@/lib/clock'
import { View, Text } from '@tarojs/components'
import { Button, Toast } from '@nutui/nutui-react-taro'
import PersonFields, { isJudgeable } from '@/components/person-fields'
import { validateProfile, type ProfileFieldErrors, type ProfileInput } from '@/domain/validation/profile'
import { chinaToday } from '@/domain/time/china-date'
import { ApiError } from '@/services/api-error'
import { ensureSession } from '@/services/session'
import { fetchMe, saveProfile } from '@/services/me'
import type { VerificationView } from '@/domain/verification'
import { useProfileDraftStore, type ProfileDraft, type ProfileField } from '@/stores/use-profile-draft-store'
import './index.scss'
import Taro, { useRouter } from '@tarojs/taro'
import { goBack, goHome, openPage } from '@/lib/navigation'
import PageRoot from '@/components/page-root'
import { idFacts } from '@/lib/id-facts'
import FormErrorsLine from '@/components/form-errors-line'
import { scrollToFirstError } from '@/lib/page-scroll'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import { useElderMode } from '@/stores/use-settings-store'
import { useConsentStep } from '@/hooks/use-consent-step'
import { PRIVACY_CONSENT_REQUIRED } from '@/services/privacy'
import { roleAttr, tappable } from '@/lib/a11y'
import { PURPOSES, returnTo, verifyUrlFor } from '../../shared/purposes'

const FIELD_ORDER: ProfileField[] = ['name', 'idNumber', 'phone', 'insuredRegion', 'insuranceType']

function toDraft(p: ProfileInput): ProfileDraft {
  const { name, idNumber, phone, insuredRegion, insuranceType } = p
  return { name, idNumber, phone, insuredRegion, insuranceType }
}

/** 家人代办: where a family member is added (the home page's 家人代办 entry). */
const FAMILY_URL = '/packages/family/pages/list/index'
/**
 * Where a family member's details go, by the mode: 长辈模式's 家人代办 tile opens 谁可以替我办, whose
 * link 替家人办 leads to the family list, so it says the way there (a trial followed "家人代办" and
 * found no family list).
 */
const familyPlace = (elder: boolean) => (elder ? '首页“家人代办”（点开后再点“替家人办”）' : '“家人代办”')
/**
 * Who "您自己" is: the one using this WeChat in the weapp; in H5 there is no WeChat (a trial read
 * 正在用这个微信的人 in a browser), so the one using this phone.
 */
const whoIsUsing = () => (process.env.TARO_ENV === 'weapp' ? '正在用这个微信的人' : '正在用这部手机的人')
const ownIntro = (elder: boolean) => `这里填的是您自己（${whoIsUsing()}）的信息，要和您的身份证、医保卡上的一致。替家人办理时，家人的信息在${familyPlace(elder)}里填。`

function showToast(content: string) {
  Toast.show('profile-toast', { content, duration: 2.5 })
}

export default function ProfileEdit() {
  const elder = useElderMode()
  // The router may not be set up when the page is shown on its own (tests, a first render).
  const params = useRouter()?.params ?? {}
  const forParam = params.for ?? ''
  const purpose = PURPOSES[forParam]
  const draft = useProfileDraftStore((s) => s.draft)
  const touched = useProfileDraftStore((s) => s.touched)
  const dirty = useProfileDraftStore((s) => s.dirty)
  const setField = useProfileDraftStore((s) => s.setField)
  const touch = useProfileDraftStore((s) => s.touch)
  const touchAll = useProfileDraftStore((s) => s.touchAll)
  const loadSaved = useProfileDraftStore((s) => s.loadSaved)
  const markSaved = useProfileDraftStore((s) => s.markSaved)

  const [serverErrors, setServerErrors] = useState<ProfileFieldErrors>({})
  const [saving, setSaving] = useState(false)
  const [savedAt, setSavedAt] = useState<string | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [verification, setVerification] = useState<VerificationView | null>(null)
  // Counts saves made on this page; each one brings the next step into view (below).
  const [saves, setSaves] = useState(0)
  // 隐私保护指引: the version on record for this account, and the one agreed to on this page now.
  const { notice, agreedVersion, step: consentStep, askAgain, consentSaved } = useConsentStep('PROFILE')
  const [recordedConsent, setRecordedConsent] = useState<string | null>(null)
  const consented = recordedConsent === notice.version || agreedVersion === notice.version

  // Back from 实人认证 or the privacy notice: shown again with what the server now holds (a
  // draft being typed is kept: loadSaved ignores a dirty draft).
  useLoadOnShow(() =>
    ensureSession()
      .then(fetchMe)
      .then((me) => {
        setRecordedConsent(me.privacyConsent?.version ?? null)
        if (me.profile) {
          loadSaved(toDraft(me.profile))
          setSavedAt(me.profile.updatedAt)
        }
        setVerification(me.verification ?? null)
      })
      .catch((e: unknown) => setLoadError(e instanceof ApiError ? e.message : '暂时没连上服务器，您可以先填写，稍后再保存。')),
  )

  const today = chinaToday(now())
  const check = useMemo(() => validateProfile(draft as ProfileInput, today), [draft, today])
  const localErrors: ProfileFieldErrors = check.ok ? {} : check.fields

  const errorOf = (field: ProfileField): string | undefined => {
    if (serverErrors[field]) return serverErrors[field]
    return isJudgeable(field, draft, Boolean(touched[field])) ? localErrors[field] : undefined
  }

  const update = <K extends ProfileField>(field: K, value: ProfileDraft[K]) => {
    setField(field, value)
    setSavedAt(null)
    if (serverErrors[field]) setServerErrors(({ [field]: _dropped, ...rest }) => rest)
  }

  const idFactsText = useMemo(() => idFacts(draft.idNumber, today), [draft.idNumber, today])

  // After a save with mistakes: how many are left, said by the button (FormErrorsLine).
  const [tried, setTried] = useState(false)
  const wrongCount = tried ? FIELD_ORDER.filter((f) => errorOf(f)).length : 0

  // 保存 sits at the foot of a long form: the button back to the flow appeared under it, half
  // below the screen in 长辈模式, and the person did not see the next step. After a save, the
  // buttons are scrolled into view (the timer lets the weapp render them first).
  const hasNextStep = Boolean(purpose)
  // Saved from an invitation, not verified and nothing waiting for staff: 实人认证 is the next step.
  const verifyNext = Boolean(purpose?.verifyFirst) && verification !== null && verification.status !== 'VERIFIED' && verification.status !== 'PENDING'
  useEffect(() => {
    if (saves === 0 || !hasNextStep) return
    const timer = setTimeout(() => void Promise.resolve(Taro.pageScrollTo({ selector: '#profile-actions', duration: 300 })).catch(() => undefined), 50)
    return () => clearTimeout(timer)
  }, [saves, hasNextStep])

  async function submit() {
    touchAll()
    setTried(true)
    if (!check.ok) {
      scrollToFirstError()
      return
    }
    setSaving(true)
    try {
      const { profile, verification: saved } = await saveProfile(check.value, agreedVersion)
      if (agreedVersion !== null) {
        setRecordedConsent(agreedVersion)
        consentSaved()
      }
      markSaved(toDraft(profile))
      setVerification(saved)
      setServerErrors({})
      setSavedAt(profile.updatedAt)
      setSaves((n) => n + 1)
      // No toast: in the middle of the screen it covered the 险种 choices just above 保存. The
      // line by the buttons says it instead (and a screen reader reads it out).
    } catch (e) {
      if (e instanceof ApiError && e.code === PRIVACY_CONSENT_REQUIRED) {
        // The notice changed (or consent was withdrawn): ask again; the draft is kept.
        setRecordedConsent(null)
        await askAgain(e.message)
      } else if (e instanceof ApiError && Object.keys(e.fields).length > 0) {
        setServerErrors(e.fields as ProfileFieldErrors)
        scrollToFirstError()
      } else {
        showToast(e instanceof ApiError ? e.message : '保存没有成功，请稍后再试')
      }
    } finally {
      setSaving(false)
    }
  }

  return (
    <PageRoot className='profile'>
      <Toast id='profile-toast' />
      <View className='profile__intro'>
        <Text className='profile__intro-text' id='profile-intro'>
          {purpose?.intro ?? ownIntro(elder)}
        </Text>
        {/* From the home page too, the way to 家人代办 is one tap (a trial: a daughter read the intro and looked for it). */}
        {purpose ? null : (
          <View className='profile__family-go' id='profile-to-family' {...tappable(null, () => void openPage(FAMILY_URL), { role: 'link' })}>
            <Text>替家人办理？去家人代办，添加家人 ›</Text>
          </View>
        )}
      </View>
      {purpose?.forFamilyToo ? (
        <View className='profile__family' id='profile-for-family'>
          <Text className='profile__family-text'>替家人办？这里也只填您本人的。家人的姓名、身份证号，在{familyPlace(elder)}里添加家人时填。</Text>
          <View className='profile__family-go' id='profile-to-family' {...tappable(null, () => void openPage(FAMILY_URL), { role: 'link' })}>
            <Text>去家人代办，添加家人 ›</Text>
          </View>
        </View>
      ) : null}
      {loadError ? <Text className='profile__notice'>{loadError}</Text> : null}
      {consented ? null : consentStep}
      {consented ? (
        <>
          {savedAt && !dirty ? (
            <View className='profile__saved' id='profile-saved'>
              <Text>✓ 实名信息已保存</Text>
            </View>
          ) : null}
          {verification?.conflict && !dirty ? (
            <Text className='profile__notice' id='profile-conflict'>
              {verification.conflict}
            </Text>
          ) : null}
          {savedAt && verification ? (
            <View className='profile__verify' id='profile-verify' {...tappable(null, () => void openPage(verifyUrlFor(forParam, params)))}>
              <Text className='profile__verify-label'>实人认证：{verification.statusLabel}</Text>
              <Text className='profile__verify-go'>{verification.status === 'VERIFIED' ? '查看' : '去认证 ›'}</Text>
            </View>
          ) : null}

          <PersonFields
            whose='own'
            values={draft}
            errorOf={errorOf}
            onChange={(field, value) => update(field, value)}
            onTouch={touch}
            idFactsText={idFactsText}
            inputClassName='profile__input'
            insuranceAs='radios'
            radiosClassName='profile__radios'
            radioClassName='profile__radio'
          />

          <View className='profile__actions' id='profile-actions'>
            {/* Always there, empty until a save: the confirmation by the button, covering nothing. */}
            <View className='profile__saved-line' id='profile-saved-line' aria-live='polite' {...roleAttr('status')}>
              {saves > 0 && savedAt && !dirty ? <Text>✓ 已保存</Text> : null}
            </View>
            <FormErrorsLine id='profile-errors' count={wrongCount} />
            {/* Once saved, the way back to the flow comes first: it is the next step. */}
            {savedAt && !dirty && purpose && verifyNext ? (
              <Button type='primary' size='xlarge' block className='profile__next' id='profile-next-verify' onClick={() => void openPage(verifyUrlFor(forParam, params))}>
                下一步：实人认证
              </Button>
            ) : savedAt && !dirty && purpose ? (
              <Button type='primary' size='xlarge' block className='profile__next' id='profile-back-to' onClick={() => void (purpose.backToOpenPage ? returnTo(purpose, params) : goBack(purpose.backUrl))}>
                {purpose.back}
              </Button>
            ) : null}
            <Button type={savedAt && !dirty && purpose ? 'default' : 'primary'} size='xlarge' block loading={saving} onClick={submit} id='profile-save'>
              保存
            </Button>
            {savedAt && !dirty ? (
              <Button size='xlarge' block className='profile__home' onClick={() => goHome()}>
                返回首页
              </Button>
            ) : null}
          </View>
        </>
      ) : null}
    </PageRoot>
  )
}
