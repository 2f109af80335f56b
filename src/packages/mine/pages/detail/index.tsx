// Why over 300 lines: every section a filing can show (status, timeline, review, materials, emergency, 承诺书, actions), in order.
import { now } from '@/lib/clock'
import { useCallback, useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Toast } from '@nutui/nutui-react-taro'
import BasisNote from '@/components/basis-note'
import StatusBadge from '@/components/status-badge'
import { emptyFields, fillsOnly, isStanding, normalizeFilingNumber, settlementNotes, type FilingView } from '@/domain/filings'
import SettlementNotes from '@/components/settlement-notes'
import { chinaToday } from '@/domain/time/china-date'
import { emergencyDeadlineNote } from '@/domain/filings/deadline-note'
import { chineseDateOf } from '@/domain/calendar/day-number'
import { profileFor } from '@/domain/profiles'
import { validityScope } from '@/domain/rules'
import { filingNoteFor } from '@/domain/verification'
import { verifyMeans } from '@/lib/verify-means'
import { MATERIALS } from '@/domain/materials'
import { ASKED_WORDS, FILL_WORDS, askedWords, whatWasAsked } from '@/domain/materials/what-was-asked'
import { ApiError } from '@/services/api-error'
import { cancelFiling, getFiling, listFilings } from '@/services/filings'
import { ensureSession } from '@/services/session'
import {
  LIST_URL, changeUrl, chinaDateTime, chinaDay, detailUrl, errorText, proxyLine, validityLabel, validityText,
} from '../../shared/filing-text'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import { useSeenNewsStore } from '@/stores/use-seen-news-store'
import { filingApprovedSeenKey } from '@/domain/filings/good-news'
import { useMeOnShow } from '@/hooks/use-me-on-show'
import { useMeStore } from '@/stores/use-me-store'
import AddMaterials from './add-materials'
import CancelDialog from './cancel-dialog'
import ReceiptCard from './receipt-card'
import RefileCard from './refile-card'
import HomeButton from '@/components/home-button'
import './index.scss'
import PageRoot from '@/components/page-root'
import HelpLine from '@/components/help-line'
import { openPage, goBack } from '@/lib/navigation'
import { scrollToSelector } from '@/lib/page-scroll'
import { roleAttr, tappable } from '@/lib/a11y'

type LoadState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'not-found' }
  | { kind: 'ready'; filing: FilingView }

const TOAST_ID = 'mine-detail-toast'

/** Said once the 补充材料 (or the answer to the reviewer's question) are sent: that they arrived, and what happens next. */
const SENT_NEXT = '，等待审核。工作人员审核一般 1 个工作日，结果在这里看，通过了首页也会告诉您。'
const MATERIALS_SENT = '✓ 补充材料已提交' + SENT_NEXT
const ANSWER_SENT = ASKED_WORDS.QUESTION.sent + SENT_NEXT
/** Only corrections were asked (no line): nothing was 补充材料 (a trial read it so). */
const CORRECTIONS_SENT = ASKED_WORDS.CORRECTION.sent + SENT_NEXT
/** Only fields the filing left empty were asked (fillsOnly): filled in, not 改正. */
const FILLED_SENT = FILL_WORDS.sent + SENT_NEXT

/** Brings the news at the top (#detail-announce) into view; the timer lets the weapp render it first. */
function scrollToAnnounce() {
  setTimeout(() => void Promise.resolve(Taro.pageScrollTo({ selector: '#detail-announce', duration: 300 })).catch(() => undefined), 50)
}

function showToast(content: string) {
  Toast.show(TOAST_ID, { content, duration: 2.5 })
}

/** The filing the page was opened for: by id, or by its number (a link from a receipt or a message). */
async function fetchFiling(id: string, number: string): Promise<FilingView | null> {
  if (id) return getFiling(id)
  const wanted = normalizeFilingNumber(number)
  if (!wanted) return null
  const { filings } = await listFilings()
  return filings.find((f) => f.number === wanted) ?? null
}

function backToList() {
  void goBack(LIST_URL)
}

function Row({ label, value, id }: { label: string; value: string; id?: string }) {
  return (
    // No id unless given: Taro's H5 runtime writes an undefined id out as id="undefined".
    <View className='detail__row' {...(id ? { id } : {})}>
      <Text className='detail__row-label'>{label}</Text>
      <Text className='detail__row-value'>{value}</Text>
    </View>
  )
}

export default function FilingDetail() {
  const { params } = useRouter()
  const [state, setState] = useState<LoadState>({ kind: 'loading' })
  const [cancelOpen, setCancelOpen] = useState(false)
  const [cancelling, setCancelling] = useState(false)
  const [cancelError, setCancelError] = useState<string | null>(null)
  const [justChanged] = useState(params.changed === '1')
  // The confirmation once the answer is sent (null until then): 回答 for a question only, 改正的内容 for corrections only.
  const [materialsSent, setMaterialsSent] = useState<string | null>(null)
  // 提交 found the filing answered from another phone, or decided, meanwhile: said once it is read again.
  const [answeredElsewhere, setAnsweredElsewhere] = useState(false)
  const markSeen = useSeenNewsStore((s) => s.markSeen)

  const load = useCallback(async () => {
    try {
      await ensureSession()
      const filing = await fetchFiling(params.id ?? '', params.number ?? '')
      setState(filing ? { kind: 'ready', filing } : { kind: 'not-found' })
      // Read here, its 备案已通过 card on the home page has been told (a trial: old cards stayed
      // after the filings were seen, pushing 我要备案 off the first screen in 长辈模式).
      if (filing?.status === 'APPROVED') markSeen(filingApprovedSeenKey(filing.id))
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.code === 'FILING_NOT_FOUND')) setState({ kind: 'not-found' })
      else setState({ kind: 'error', message: errorText(e, '没能读取这条备案，请稍后再试。') })
    }
  }, [params.id, params.number, markSeen])
  useLoadOnShow(load)
  // The reader's own 实人认证 now, for the note of a filing they filed (photos waiting ≠ 还没有完成).
  const myVerification = useMeStore((s) => s.me?.verification?.status ?? null)
  useMeOnShow()

  // Arrived here from a successful change: say so once the new filing is on screen.
  const toldChanged = useRef(false)
  useEffect(() => {
    if (justChanged && state.kind === 'ready' && !toldChanged.current) {
      toldChanged.current = true
      showToast('已变更')
    }
  }, [justChanged, state.kind])

  const retry = () => {
    setState({ kind: 'loading' })
    void load()
  }

  async function confirmCancel(filing: FilingView, reason: string) {
    setCancelling(true)
    setCancelError(null)
    try {
      const cancelled = await cancelFiling(filing.id, reason)
      setState({ kind: 'ready', filing: cancelled })
      setCancelOpen(false)
      showToast('已取消')
      // An emergency filing: what this stay can still do is by its admission, near the top (a
      // trial: the page stayed at its foot, where only 已取消 was said).
      if (cancelled.type === 'EMERGENCY') scrollToSelector('#detail-emergency')
    } catch (e) {
      setCancelError(errorText(e, '取消没有成功，请稍后再试。'))
      // A lock the page did not know about (or a status changed elsewhere): show the latest.
      if (e instanceof ApiError && e.status === 409) void load()
    } finally {
      setCancelling(false)
    }
  }

  if (state.kind === 'loading') {
    return (
      <PageRoot className='detail'>
        <Text className='detail__status' id='detail-loading'>正在读取备案，请稍等…</Text>
      </PageRoot>
    )
  }

  if (state.kind === 'error' || state.kind === 'not-found') {
    const notFound = state.kind === 'not-found'
    return (
      <PageRoot className='detail'>
        <Text className='detail__problem' id={notFound ? 'detail-not-found' : 'detail-error'}>
          {notFound ? '没有找到这条备案。可能是链接不完整，或者这条备案不是用您的账号办的。' : state.message}
        </Text>
        <View className='detail__actions'>
          {notFound ? (
            <Button type='primary' size='xlarge' block onClick={backToList} id='detail-back'>
              返回我的备案
            </Button>
          ) : (
            <Button type='primary' size='xlarge' block onClick={retry} id='detail-retry'>
              再试一次
            </Button>
          )}
        </View>
        <HelpLine name='error' />
      </PageRoot>
    )
  }

  const f = state.filing
  const { actions } = f
  const locked = !actions.canCancel && actions.firstAllowedOn !== null
  const anyAction = actions.canChange || actions.canCancel
  // An emergency filing ends with its stay (当次入院有效): the card first says nothing is to be done
  // on going home, and its buttons are plain ones, for a filing made wrong or not needed (a trial).
  const emergency = f.type === 'EMERGENCY'
  // What the reviewer's send-back asked: a question only is not 补充材料.
  const asked = f.review?.decision === 'REQUEST_MATERIALS' ? whatWasAsked({ missingItems: f.review.missingItems, corrections: f.review.corrections }) : 'MATERIALS'

  return (
    <PageRoot className='detail'>
      <Toast id={TOAST_ID} />

      {justChanged && f.registration === 'CHANGE' ? (
        <View className='detail__done' id='detail-changed'>
          <Text>✓ 已变更。原来的备案已经作废，以这条新的备案为准。</Text>
        </View>
      ) : null}

      <View className='detail__card detail__head'>
        <View className='detail__badge' id='detail-status'>
          <StatusBadge
            status={f.status}
            label={(asked === 'QUESTION' || asked === 'CORRECTION') && f.status === 'NEEDS_MATERIALS' ? askedWords(asked, fillsOnly(f.review?.corrections ?? [], emptyFields(f.contacts))).status : undefined}
          />
        </View>
        <Text className='detail__type'>{f.typeName}</Text>
        <Text className='detail__number' id='detail-number'>备案号 {f.number}</Text>
      </View>

      {/*
        Always on the page, empty until there is news: a screen reader reads what appears in it
        (a toast is not announced, and goes away: none is shown for it).
      */}
      <View id='detail-announce' aria-live='polite' {...roleAttr('status')}>
        {materialsSent !== null ? (
          <View className='detail__done' id='materials-sent'>
            <Text>{materialsSent}</Text>
          </View>
        ) : null}
        {answeredElsewhere && f.status !== 'NEEDS_MATERIALS' ? (
          <View className='detail__done' id='answered-elsewhere'>
            <Text>
              {`这份备案已经不用再补了：现在是“${f.statusLabel}”。${f.filedBySelf ? '' : f.filedBy.self ? `可能是${f.subject.name}用自己的手机交过了。` : '可能是替您办的家人用自己的手机交过了。'}您刚才填的、拍的都不用再交，下面是最新的办理进度。`}
            </Text>
          </View>
        ) : null}
      </View>

      {f.status === 'NEEDS_MATERIALS' ? (
        <AddMaterials
          filing={f}
          onAdded={(updated) => {
            setState({ kind: 'ready', filing: updated })
            setMaterialsSent(
              asked === 'QUESTION'
                ? ANSWER_SENT
                : f.review?.missingItems.length === 0
                  ? fillsOnly(f.review.corrections, emptyFields(f.contacts))
                    ? FILLED_SENT
                    : CORRECTIONS_SENT
                  : MATERIALS_SENT,
            )
            // The button was at the foot of the page: bring the confirmation at the top into view
            // (the timer lets the weapp render it first). No toast as well: it covered the filing's
            // number and 状态 while the line said the same (a trial).
            scrollToAnnounce()
          }}
          onStale={() => {
            setAnsweredElsewhere(true)
            void load().then(scrollToAnnounce)
          }}
        />
      ) : null}

      {f.status === 'REJECTED' && f.review ? (
        <View className='detail__card detail__needs' id='review-reasons'>
          <Text className='detail__heading'>没有通过的原因</Text>
          {f.review.reasons.map((reason, i) => (
            <Text key={`${i}-${reason}`} className='detail__text'>
              · {reason}
            </Text>
          ))}
          {f.review.missingItems.length > 0 ? (
            <View className='detail__missing' id='missing-items'>
              <Text className='detail__text'>缺少的材料：</Text>
              {f.review.missingItems.map((item, i) => (
                <Text key={`${i}-${item}`} className='detail__missing-item'>
                  {i + 1}. {item}
                </Text>
              ))}
            </View>
          ) : null}
          <Text className='detail__text'>有疑问可以拨打 12393 医保服务热线；还在期限内的，可以重新办理。</Text>
        </View>
      ) : null}

      {f.emergency ? (
        <View className='detail__card' id='detail-emergency'>
          <Text className='detail__heading'>急诊住院</Text>
          <Row label='入院日期' value={chineseDateOf(f.emergency.admittedOn)} />
          <Row label='医院' value={f.emergency.hospitalName} />
          <Row label='诊断' value={f.emergency.diagnosis} />
          {/* Only while this filing stands: cancelled or refused, its deadline no longer runs under it (RefileCard says what does). */}
          {/* While a send-back waits, the card above gives the same day (请在 … 前改好 / 补齐 / 回答): said as
              one deadline, not a second (a trial read the two lines as two deadlines); once what was
              asked is in by then, said as met (a trial: the date still read as something due). */}
          {f.emergency.deadline && isStanding(f.status, f.validTo, chinaToday(now())) ? (
            <Row
              label='补办截止'
              value={`${chineseDateOf(f.emergency.deadline)} 24:00${emergencyDeadlineNote(f, f.emergency.deadline)}`}
              id='detail-emergency-deadline'
            />
          ) : null}
        </View>
      ) : null}

      {f.type === 'EMERGENCY' && (f.status === 'CANCELLED' || f.status === 'REJECTED') ? <RefileCard filing={f} /> : null}

      <View className='detail__card'>
        <Text className='detail__heading'>备案信息</Text>
        {/* Name and ID on rows of their own: the masked ID never breaks across two lines. */}
        <Row label='参保人' value={f.subject.name} />
        <Row label='身份证号' value={f.subject.idNumberMasked} />
        {proxyLine(f) ? <Row label='代办' value={proxyLine(f)!} /> : null}
        <Row label='备案地' value={f.destination.name} />
        {/* The dates asked for, said as such: the validity below is what holds (a trial read
            开始日期 2026-12-03 beside 审核通过那天起生效 as two start dates). */}
        <Row label='申请的开始日期' value={chineseDateOf(f.startDate)} />
        <Row label='申请的结束日期' value={f.endDate ? chineseDateOf(f.endDate) : (f.type === 'EMERGENCY' ? '只管这一次住院' : '没有结束日期，长期有效')} />
        {f.chronicDiseaseHospital ? <Row label='门诊慢特病医院' value={f.chronicDiseaseHospital} /> : null}
      </View>

      <View className='detail__card' id='detail-validity'>
        {/* The heading says 有效期 (or 申请的有效期); the line under it is only the period, not 有效期 again:
            the one true for its state (in review: from approval, at the earliest the start). */}
        <Text className='detail__heading'>{validityLabel(f)}</Text>
        <Text className='detail__strong' id='detail-validity-period'>{validityText(f, chinaToday(now()))}</Text>
        <Text className='detail__text'>{f.validityExplanation}</Text>
        <BasisNote citations={f.citations} name='validity' scope={validityScope(f.type, profileFor(f.insuredRegion))} insuredRegion={f.insuredRegion} />
      </View>

      {isStanding(f.status, f.validTo, chinaToday(now())) ? (
        <SettlementNotes notes={settlementNotes(f, chinaToday(now()))} insuredRegion={f.insuredRegion} />
      ) : null}

      <View className='detail__card'>
        <Text className='detail__heading'>联系方式</Text>
        <Row label='联系电话' value={f.contacts.phone1} />
        {f.contacts.phone2 ? <Row label='备用电话' value={f.contacts.phone2} /> : null}
        {f.contacts.addressAtDestination ? <Row label='外地住址' value={f.contacts.addressAtDestination} /> : null}
      </View>

      <View className='detail__card'>
        <Text className='detail__heading'>材料</Text>
        <Text className='detail__text' id='detail-materials'>
          {f.materials.length > 0 ? `已上传 ${f.materials.length} 份材料` : '没有上传材料'}
        </Text>
        {f.materials.map((m) =>
          m.note ? (
            <Text key={m.id} className='detail__text' id={`detail-material-note-${m.id}`}>
              {MATERIALS[m.purpose].name}的备注：{m.note}
            </Text>
          ) : null,
        )}
        {f.commitment ? (
          <Text className='detail__text' id='detail-commitment'>
            个人承诺书：{f.commitment.signedBy
              ? `${f.commitment.signedBy.line}（代签人身份证 ${f.commitment.signedBy.idNumberMasked}），${chinaDay(f.commitment.signedAt)} 签名`
              : `${f.commitment.signedName} 于 ${chinaDay(f.commitment.signedAt)} 签名`}
          </Text>
        ) : null}
      </View>

      {f.registration === 'CHANGE' || f.supersededBy ? (
        <View className='detail__card' id='detail-registration'>
          <Text className='detail__heading'>变更记录</Text>
          {f.registration === 'CHANGE' ? (
            <View>
              <Text className='detail__text'>这是一条变更后的备案，由原来的备案改过来。</Text>
            </View>
          ) : null}
          {f.supersedes ? (
            <View>
              <View className='detail__link' {...tappable(null, () => openPage(detailUrl(f.supersedes ?? '')))} id='detail-old'>
                <Text>查看原来的备案 ›</Text>
              </View>
            </View>
          ) : null}
          {f.supersededBy ? (
            <View>
              <Text className='detail__text'>这条备案已经变更过，现在以新的备案为准。</Text>
              <View className='detail__link' {...tappable(null, () => openPage(detailUrl(f.supersededBy ?? '')))} id='detail-new'>
                <Text>查看新的备案 ›</Text>
              </View>
            </View>
          ) : null}
        </View>
      ) : null}

      <View className='detail__card'>
        <Text className='detail__heading'>办理进度</Text>
        <View className='timeline' id='detail-timeline'>
          {f.timeline.map((t, i) => (
            <View
              key={`${t.status}-${t.at}-${i}`}
              className={`timeline__item${i === f.timeline.length - 1 ? ' timeline__item--last' : ''}`}
            >
              <View className='timeline__dot' />
              <View className='timeline__body'>
                <Text className='timeline__label'>{t.label}</Text>
                <Text className='timeline__time'>{chinaDateTime(t.at)}</Text>
                {t.note ? <Text className='timeline__note'>{filingNoteFor(t.note, f, f.filedBy.self ? myVerification : null, verifyMeans())}</Text> : null}
              </View>
            </View>
          ))}
        </View>
      </View>

      {/* A receipt of a filing that still stands: one cancelled or replaced is not shown to anyone. */}
      {isStanding(f.status, f.validTo, chinaToday(now())) ? <ReceiptCard filing={f} toastId={TOAST_ID} /> : null}

      <View className='detail__card' id='detail-actions'>
        <Text className='detail__heading' id='detail-actions-heading'>{emergency && anyAction ? '出院回家后不用取消' : '变更或取消'}</Text>
        {locked ? (
          <View className='detail__lock' id='detail-lock'>
            <Text className='detail__lock-text'>{actions.explanation}</Text>
            <Text className='detail__lock-date'>最早 {chineseDateOf(actions.firstAllowedOn!)}可以办理</Text>
          </View>
        ) : (
          <Text className='detail__text' id='detail-explanation'>
            {actions.explanation}
          </Text>
        )}
        {anyAction ? (
          <View className='detail__actions'>
            {actions.canChange ? (
              <Button type={emergency ? 'default' : 'primary'} size='xlarge' block onClick={() => openPage(changeUrl(f.id))} id='detail-change'>
                变更备案
              </Button>
            ) : null}
            {actions.canCancel ? (
              <Button
                size='xlarge'
                block
                className='detail__cancel'
                onClick={() => {
                  setCancelError(null)
                  setCancelOpen(true)
                }}
                id='detail-cancel'
              >
                取消备案
              </Button>
            ) : null}
          </View>
        ) : null}
      </View>

      {/* Opened from a link or after a reload, H5 has no way back but this (a fresh trial). */}
      <View className='detail__actions'>
        <HomeButton id='detail-home' />
      </View>

      <CancelDialog
        visible={cancelOpen}
        canChange={actions.canChange}
        insuredRegion={f.insuredRegion}
        emergency={f.type === 'EMERGENCY'}
        busy={cancelling}
        error={cancelError}
        onConfirm={(reason) => void confirmCancel(f, reason)}
        onClose={() => setCancelOpen(false)}
        onChangeInstead={() => {
          setCancelOpen(false)
          openPage(changeUrl(f.id))
        }}
      />
    </PageRoot>
  )
}
