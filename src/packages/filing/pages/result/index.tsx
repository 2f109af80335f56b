import { now } from '@/lib/clock'
import { useCallback, useRef, useState } from 'react'
import { Image, View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button, Toast } from '@nutui/nutui-react-taro'
import AlbumPermission from '@/components/album-permission'
import AskedCard from '@/components/asked-card'
import BasisNote from '@/components/basis-note'
import StatusBadge from '@/components/status-badge'
import { emptyFields, fillsOnly, settlementNotes, validityLabel, type FilingView } from '@/domain/filings'
import { askedWords, whatWasAsked } from '@/domain/materials/what-was-asked'
import { chinaToday } from '@/domain/time/china-date'
import { profileFor } from '@/domain/profiles'
import { validityScope } from '@/domain/rules'
import SettlementNotes from '@/components/settlement-notes'
import { filingReceiptImage, receiptValidityText, saveReceiptTelling } from '@/lib/receipt/filing-receipt'
import { ApiError } from '@/services/api-error'
import { getFiling } from '@/services/filings'
import './index.scss'
import PageRoot from '@/components/page-root'
import HelpLine from '@/components/help-line'
import { replacePage, goHome, openPage } from '@/lib/navigation'
import { faceVerificationAvailable, verifyMeans } from '@/lib/verify-means'
import { REVIEW_WORKING_DAYS } from '@/domain/review'
import { UNVERIFIED_REVIEW_NOTE, unverifiedReviewNoteFor, unverifiedReviewReason, verificationActionFor } from '@/domain/verification'
import { useMeOnShow } from '@/hooks/use-me-on-show'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import { useMeStore } from '@/stores/use-me-store'

export default function FilingResult() {
  const { params } = useRouter()
  const [filing, setFiling] = useState<FilingView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [receipt, setReceipt] = useState<string | null>(null)
  const [receiptFailed, setReceiptFailed] = useState(false)
  const [askAlbum, setAskAlbum] = useState(false)
  // The filer's 实人认证 now (read again when shown): photos waiting for staff are not "还没有完成".
  const myVerification = useMeStore((s) => s.me?.verification?.status ?? 'UNVERIFIED')
  useMeOnShow()

  // The receipt drawn last, by filing and status: drawn again only when one of them changed.
  const drawn = useRef('')
  // Read again each time the page is shown (a trial reopened it after a send-back and read
  // 已提交，等待审核): it says where the filing stands now.
  const load = useCallback(async () => {
    const id = params.id
    if (!id) {
      setError('没有找到这条备案')
      return
    }
    // Two steps with their own failures: a filing that was found is always shown (its number
    // above all), whatever happens to the receipt image drawn from it afterwards.
    try {
      const f = await getFiling(id)
      setFiling(f)
      setError(null)
      if (drawn.current !== `${f.id}:${f.status}`) {
        drawn.current = `${f.id}:${f.status}`
        filingReceiptImage(f).then(
          (image) => {
            setReceipt(image)
            setReceiptFailed(false)
          },
          () => setReceiptFailed(true),
        )
      }
    } catch (e) {
      // Shown once already: keep it (what it said still holds until it can be read again).
      if (drawn.current === '') setError(e instanceof ApiError ? e.message : '暂时查不到结果，请到“我的备案”里看')
    }
  }, [params.id])
  useLoadOnShow(load)

  async function save() {
    if (!receipt || !filing) return
    setAskAlbum(false)
    setAskAlbum(await saveReceiptTelling(receipt, filing.number, 'result-toast'))
  }

  if (error) {
    return (
      <PageRoot className='flow'>
        <Text className='flow__error'>{error}</Text>
        <HelpLine name='error' />
        <View className='flow__footer'>
          <Button type='primary' size='xlarge' block onClick={() => replacePage('/packages/mine/pages/list/index')}>
            查看我的备案
          </Button>
        </View>
      </PageRoot>
    )
  }
  if (!filing) {
    return (
      <PageRoot className='flow'>
        <Text className='flow__text result__loading'>正在查询结果…</Text>
      </PageRoot>
    )
  }

  const approved = filing.status === 'APPROVED'
  const underReview = filing.status === 'UNDER_REVIEW'
  // Sent back since (要求补充材料): what was asked, and the way to the filing's page, where it is
  // answered (AddMaterials), in the words of the filing's page and the home card (ASKED_WORDS).
  const asked = filing.status === 'NEEDS_MATERIALS' && filing.review ? whatWasAsked(filing.review) : null
  // Only fields the filing left empty: 填写 (askedWords), as the card below says it.
  const words = asked ? askedWords(asked, fillsOnly(filing.review?.corrections ?? [], emptyFields(filing.contacts))) : null
  const detailUrl = `/packages/mine/pages/detail/index?id=${filing.id}`
  const answerButton = asked ? (
    <Button type='primary' size='xlarge' block id='result-answer' onClick={() => replacePage(detailUrl)}>
      {words?.action}
    </Button>
  ) : null
  const emergencyReview = filing.type === 'EMERGENCY' && underReview
  // Why a self-service filing waits for staff: the note of its latest step (initialFilingStatus).
  const waitsForVerification = underReview && !emergencyReview && filing.timeline.at(-1)?.note === UNVERIFIED_REVIEW_NOTE
  // Only the filer's own account knows (and can act on) the filer's 实人认证.
  const filerStatus = filing.filedBy.self ? myVerification : null
  const verifyAction = waitsForVerification && filerStatus ? verificationActionFor(filerStatus) : null
  // The next step is the filer's own (no photos sent yet). Where 实人认证 is 刷脸 (the weapp), done
  // in a minute, it leads the page, and staff review is what happens if it is not taken. In H5 it is
  // ID photos that staff check in about the time the review takes (a trial: "马上办好" saved nothing
  // there), so review leads and the photos are offered beside it. While the photos wait, review leads.
  const verifyNow = verifyAction !== null && filerStatus !== 'PENDING'
  const verifyFirst = verifyNow && faceVerificationAvailable()
  const verifyBeside = verifyNow && !verifyFirst
  const verifyButton = verifyAction ? (
    <Button
      type={verifyFirst ? 'primary' : 'default'}
      size='xlarge'
      block
      className={verifyFirst ? undefined : 'flow__secondary'}
      id='result-verify'
      onClick={() => void openPage('/packages/profile/pages/verify/index?for=waiting')}
    >
      {verifyAction}
    </Button>
  ) : null
  // 接下来会怎样 of a filing in review: the person's own step first when there is one.
  // Where the result is seen, not "会通知您": an ordinary filing asks for no WeChat message
  // (only the emergency flow does, reminders.ts) and H5 has none; the home card tells of approval.
  // The wait is said once here and once in the headline (a trial counted it four times on the page,
  // in two wordings, and read the review and the identity check as two waits).
  const wait = `一般 ${REVIEW_WORKING_DAYS} 个工作日`
  const seeResult = '结果在“我的备案”里看，通过了首页也会告诉您。'
  const review = `医保经办机构的工作人员审核，${wait}内出结果。${seeResult}`
  const afterReview = `${verifyFirst ? '办好' : '审核通过'}后备案生效，有效期见上面。材料不够的，会一次告诉您缺什么，在“我的备案”里补拍上传就行。`
  const nextSteps = verifyFirst
    ? [`点上面的“${verifyAction}”：刷脸认证通过，这份备案马上办好，不用再等审核。`, `不做实人认证的话，${review}`, afterReview]
    : verifyBeside
      ? [
          // Why it waits, and that nothing is asked: in the first step, not a box of its own above.
          `您不用再做什么：${unverifiedReviewReason(filing)}，${wait}内出结果。${seeResult}`,
          // Said as optional, and what it is for (a trial: beside 不用再做什么 the button read as required).
          `可以不做：点下面的“${verifyAction}”上传身份证照片，认证通过后，${filing.filedBySelf ? '以后办备案' : '以后替家人办备案'}就不用等审核。`,
          afterReview,
        ]
      : [review, afterReview]
  const headline = approved
    ? '✓ 备案成功'
    : asked
      ? (words?.cardTitle ?? '')
      : verifyFirst
        ? '已提交，做完实人认证就办好'
        : underReview
          ? `已提交，等待审核（${wait}）`
          : filing.status === 'SUBMITTED'
            ? '已提交，等待审核'
            : `这条备案${filing.statusLabel}`
  return (
    <PageRoot className='flow'>
      <Toast id='result-toast' />
      <AlbumPermission visible={askAlbum} onGranted={() => void save()} onClose={() => setAskAlbum(false)} />
      <View className={`result__banner${approved ? ' result__banner--ok' : ''}`} id='result-banner'>
        <Text className='result__headline'>{headline}</Text>
        {approved ? null : <StatusBadge status={filing.status} label={filing.statusLabel} />}
        {/* On the first screen (a trial: under the steps it was ~1,000 px down, below the receipt's notes). */}
        {verifyFirst ? <View className='result__banner-action'>{verifyButton}</View> : null}
        {answerButton ? <View className='result__banner-action'>{answerButton}</View> : null}
      </View>

      {asked && filing.review ? (
        <View className='result__asked'>
          <AskedCard review={filing.review} deadline={filing.emergency?.deadline ?? null} toFill={emptyFields(filing.contacts)}>
            <Text className='flow__text' id='result-asked-where'>
              {`点上面的“${words?.action ?? ''}”，在这条备案的页面里${asked === 'QUESTION' ? '写好回答' : asked === 'CORRECTION' ? (words?.byDeadline ?? '') : '补好'}再提交，不用重新办备案。`}
            </Text>
          </AskedCard>
        </View>
      ) : null}

      <View className='flow__section'>
        <Text className='result__label'>备案号（查进度用，请记下）</Text>
        <Text className='result__number' id='filing-number'>
          {filing.number}
        </Text>
        {/* Not valid yet while it waits (a trial: 王大爷 read the dates as already in force): the text
            itself says from when (审核通过那天起生效，最早从…起), as the settlement note does. */}
        <Text className='result__label' id='validity-label'>{validityLabel(filing)}</Text>
        <Text className='result__value' id='validity'>
          {receiptValidityText(filing)}
        </Text>
        <Text className='flow__text'>{filing.validityExplanation}</Text>
        <BasisNote name='validity' citations={filing.citations} scope={validityScope(filing.type, profileFor(filing.insuredRegion))} insuredRegion={filing.insuredRegion} />
      </View>

      {underReview && !emergencyReview ? (
        <View className='flow__section' id='result-next'>
          <Text className='flow__title'>接下来会怎样</Text>
          {waitsForVerification && !verifyBeside ? (
            <Text className='flow__notice' id='result-why-review'>
              为什么要审核：{unverifiedReviewNoteFor(filing, filerStatus, verifyMeans())}。
            </Text>
          ) : null}
          {nextSteps.map((step, i) => (
            <Text
              key={step}
              className='flow__text'
              id={(verifyFirst && i === 0) || (verifyBeside && i === 1) ? 'result-step-verify' : verifyBeside && i === 0 ? 'result-why-review' : undefined}
            >
              {`${i + 1}. ${step}`}
            </Text>
          ))}
        </View>
      ) : null}

      <SettlementNotes notes={settlementNotes(filing, chinaToday(now()))} insuredRegion={filing.insuredRegion} />

      {emergencyReview ? (
        <View className='flow__section' id='result-next'>
          <Text className='flow__title'>接下来会怎样</Text>
          <Text className='flow__text'>1. 医保经办机构审核您交的急诊材料，一般 1 个工作日内出结果。</Text>
          <Text className='flow__text'>2. 审核通过后，这次住院从入院那天起算已备案；这家医院能直接结算的，出院时就在医院用医保结算（怎么查，见上面的“直接结算要知道的事”）。</Text>
          <Text className='flow__text'>3. 材料不够的，会一次告诉您缺什么，在“我的备案”里补拍上传就行；结果也在“我的备案”里看。</Text>
          <Text className='flow__text'>4. 快出院了还没审核完的，可以拨打 12393 医保服务热线问进度。</Text>
        </View>
      ) : null}

      <View className='flow__section result__receipt'>
        <Text className='flow__title'>备案回执</Text>
        <Text className='flow__text'>扫回执上的二维码可以查看进度。可以保存到手机，给家人看。</Text>
        {receipt ? (
          <Image className='result__receipt-image' src={receipt} mode='widthFix' id='receipt-image' ariaLabel='备案回执图片' imgProps={{ alt: '备案回执图片' }} />
        ) : receiptFailed ? (
          <Text className='flow__notice' id='receipt-failed'>
            回执图片这次没有生成出来。备案已经办好了，请记下上面的备案号，凭它就能查进度；也可以到“我的备案”里看。
          </Text>
        ) : (
          <Text className='flow__text'>正在生成回执…</Text>
        )}
      </View>

      <View className='flow__footer'>
        {receiptFailed ? null : (
          <Button
            type={verifyFirst || asked ? 'default' : 'primary'}
            size='xlarge'
            block
            className={verifyFirst || asked ? 'flow__secondary' : undefined}
            id='save-receipt'
            disabled={!receipt}
            onClick={save}
          >
            保存回执图片
          </Button>
        )}
        {verifyFirst ? null : verifyButton}
        {/* Sent back, the button at the top leads there already. */}
        {asked ? null : (
          <Button size='xlarge' block className='flow__secondary' id='open-mine' onClick={() => replacePage(detailUrl)}>
            查看这条备案
          </Button>
        )}
        <Button size='xlarge' block className='flow__secondary' onClick={() => goHome()}>
          返回首页
        </Button>
      </View>
    </PageRoot>
  )
}
