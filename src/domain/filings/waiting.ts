import type { FilingView } from './filing-view'
import { filerWords, typeWords } from './filer-words'
import { kinAndName, pronounOfKin } from '@/domain/family/relations'
import { memberVerifyingWords } from '@/domain/family/member-verifying'
import { awaitingStayWords, invitationEmergencyWords } from '@/domain/family/invitation-emergency'
import type { FamilyMemberView, WaitingInvitationView } from '@/domain/family/views'
// The module itself: the home page is in the main package (no rules behind the note).
import { UNVERIFIED_REVIEW_NOTE } from '@/domain/verification/notes'
import type { VerificationStatus, VerifyMeans } from '@/domain/verification/status'
// The small rule only (no material catalog in the main package).
import { askedByLine, askedWords, questionLines, whatWasAsked } from '@/domain/materials/what-was-asked'
import { CORRECTABLE_FIELDS, emptyFields, fillsOnly } from './correctable-fields'
import { chineseMonthDayOf } from '@/domain/calendar/day-number'
import { REVIEW_WORKING_DAYS } from '@/domain/review/review-working-days'

/**
 * Something that waits on the person, for a card on the home page (issue 13 item 12); FILED_FOR_YOU
 * and IN_REVIEW ask nothing: a filing a family member made for the person, or one the person made,
 * in review.
 */
export interface WaitingItem {
  kind: 'MATERIALS' | 'EMERGENCY_DRAFT' | 'EMERGENCY_DEEMED' | 'EMERGENCY_CANCELLED' | 'INVITATION' | 'AWAITING_MEMBER' | 'LETTER_IN_REVIEW' | 'LETTER_REJECTED' | 'VERIFY' | 'FILED_FOR_YOU' | 'IN_REVIEW'
  /** A stable key: the filing id, the draft's subject key, the invitation's authorisation id, the member id, or 'verification'. */
  key: string
  /** What waits, in one line: '张建华的备案要补充材料'. */
  title: string
  /** What to do, and by when where there is a date. */
  detail: string
  /** The button's words. */
  action: string
  /**
   * AWAITING_MEMBER sent for an emergency stay still to be filed: the card opens that member's
   * emergency filing (its deadline, the answers kept, the other way), not 家人代办 (a trial).
   */
  opensEmergency?: boolean
  /**
   * Asks nothing of the person though its kind may (a VERIFY card while the photos are checked, or
   * where 实人认证 is optional): drawn plain, its action a link, not a button (a trial: 您的实人认证照片正在核对
   * wore a big orange button above the card that had the real next step).
   */
  asksNothing?: boolean
}

/** An emergency draft that was started (an admission date given) but not sent yet. */
export interface StartedEmergencyDraft {
  key: string
  /** Whose: '您' for oneself, or the member's name. */
  whose: string
  admittedOn: string
  /**
   * Answered before anyone's 实名信息, not yet said whose (the emergency page asks 刚才查的是谁 on
   * return): the card names nobody (a son may have looked up his father's stay).
   */
  whoseUnknown?: boolean
  /**
   * What the emergency flow concluded there is nothing to send: the 参保地 deems an emergency filed
   * (002 第八条(五), 第三十七条), or a filing the person holds covers the stay; null (or absent)
   * while something is to be filed.
   */
  nothingToFile?: 'DEEMED_FILED' | 'COVERED' | null
}

/**
 * Whose filing, as a card names it to the caller: 您 for their own (filed by them, or by a family
 * member for them: the filer is not the reader), else the person's name (the caller filed for them).
 */
const whose = (f: FilingView): string => (f.filedBySelf || !f.filedBy.self ? '您' : kinAndName(f.subject.kin, f.subject.name))

/**
 * A filing a family member made for the caller (代办, SPEC §2), in review: nothing is asked of the
 * caller, but without a card the home page said nothing while it waited (a fresh trial: a father
 * saw no sign of what his daughter had filed for him). Who filed, and that he need do nothing.
 * Example: '您的子女李红梅替您办的异地长期居住人员备案正在审核'.
 */
function filedForYou(f: FilingView): WaitingItem {
  return {
    kind: 'FILED_FOR_YOU',
    key: f.id,
    title: `${filerWords(f.filedBy)}替您办的${typeWords(f)}备案正在审核`,
    // Waiting on the filer's 实人认证, not on a reviewer (a trial: the card said 工作人员审核通过后).
    detail:
      f.timeline.at(-1)?.note === UNVERIFIED_REVIEW_NOTE
        ? `您不用做什么。等${filerWords(f.filedBy)}的身份核对好，备案就生效，首页会告诉您。`
        : '您不用做什么。工作人员审核通过后备案就生效，首页会告诉您。',
    action: '查看这份备案',
  }
}

/**
 * A filing the caller made (for themselves or a family member) while in review and waiting on
 * nothing the caller can do (the 实人认证 card covers those that wait on it): a fresh trial's father
 * saw no sign of his own emergency filing on the home page while it was 审核中.
 * Example: '您的急诊补办备案正在审核'.
 */
function inReview(f: FilingView): WaitingItem {
  return {
    kind: 'IN_REVIEW',
    key: f.id,
    title: `${whose(f)}的${typeWords(f)}备案正在审核`,
    detail: '现在不用做什么。审核好了首页会告诉您；要补什么、改什么，也会在这里说。',
    action: '查看这份备案',
  }
}

/**
 * A filing the caller made that waits on nothing but the caller's own 实人认证: in review, its last
 * step the one into review for that reason (UNVERIFIED_REVIEW_NOTE).
 */
export function waitsOnOwnVerification(f: FilingView): boolean {
  return f.status === 'UNDER_REVIEW' && f.filedBy.self && f.timeline.at(-1)?.note === UNVERIFIED_REVIEW_NOTE
}

/**
 * What waits on the person: invitations from family asking to file for them (SPEC §2 代办: only
 * the person can agree), filings the reviewer sent back for 补充材料 (000 第五条 一次性告知),
 * then emergency filings started and not yet sent (SPEC §6: 5 working days from admission under
 * most profiles), then the caller's own 实人认证 when filings they made wait on nothing else (one
 * card: they are approved the moment it passes, server/src/verification/release.ts; while the
 * photos wait for staff, PENDING, the card says so and leads to the progress, so the filing does
 * not seem to vanish from the home page; none while the status is not known), and last, filings a
 * family member made for the caller while they are in review (FILED_FOR_YOU: nothing to do), then
 * the caller's own in review that wait on no 实人认证 of theirs (IN_REVIEW: nothing to do).
 * @param filings as GET /api/filings answers (the caller's own and those they filed for others)
 * @param invitations as GET /api/invitations answers (pending ones for the caller only)
 * @param members as GET /api/family-members answers: the proxy's side, a member who has not yet
 *   agreed to an invitation (status PENDING_INVITE, judged by the server at its now), a
 *   授权委托书 staff have not decided on yet (PENDING_REVIEW: nothing to do), and one staff
 *   refused (REJECTED: with their reasons, to upload a new one)
 * @param verification the caller's 实人认证 status (GET /api/me), null when not known
 * @param means how 实人认证 is done where the caller is: with 刷脸 (FACE) the card says the filings
 *   wait on it; with ID photos (ID_PHOTOS, H5), which staff check in about the review's own time,
 *   it says staff are checking and the photos speed up later filings
 * @param awaited a family member's invitation opened on this phone that waits on the caller's 实人认证
 *   (its 同意): while the photos wait, with no filing waiting on them, the card says it comes next
 */
export function waitingOnPerson(
  filings: readonly FilingView[],
  drafts: readonly StartedEmergencyDraft[],
  invitations: readonly WaitingInvitationView[] = [],
  members: readonly FamilyMemberView[] = [],
  verification: VerificationStatus | null = null,
  means: VerifyMeans = 'FACE',
  awaited: Pick<WaitingInvitationView, 'proxyKin' | 'proxyFullName'> | null = null,
): WaitingItem[] {
  const asked = invitations.map<WaitingItem>((i) => {
    const who = pronounOfKin(i.proxyKin)
    return {
      kind: 'INVITATION',
      key: i.id,
      title: `您的${i.proxyKin} ${i.proxyFullName} 请您同意${who}替您办理备案`,
      // Sent for an emergency stay: by when, first (a trial: nothing told the father of the deadline).
      detail: `${(i.emergency && invitationEmergencyWords(i.emergency, who)) ?? ''}同意以后，${who}可以用自己的手机替您办理异地就医备案、查看办理进度；随时可以撤销。`,
      action: '去看看，同意',
    }
  })
  const materials = filings
    .filter((f) => f.status === 'NEEDS_MATERIALS')
    .map<WaitingItem>((f) => {
      const who = whose(f)
      // The materials and the typed fields to correct, as the 补充材料 page lists them (a trial: the
      // card said 2 items where the page listed 3).
      const missing = f.review?.missingItems.length ?? 0
      const corrections = f.review?.corrections?.length ?? 0
      // A question only is not 补充材料 (a 70-year-old was told to 补交材料 when he had to answer).
      const asked = whatWasAsked({ missingItems: f.review?.missingItems ?? [], corrections: f.review?.corrections ?? [] })
      const asking = questionLines(f.review?.missingItems ?? []).length
      // Only fields the filing left empty (an emergency filing has no 外地住址): 填写, as the page
      // says it (a trial: the card said 去改正, the page 填好下面的内容).
      const fill = asked === 'CORRECTION' && fillsOnly(f.review?.corrections ?? [], emptyFields(f.contacts))
      const what = corrections === 0 ? '要补的材料' : missing === 0 ? (fill ? '要填写的内容' : '要改正的内容') : '要补的材料和要改正的内容'
      const words = askedWords(asked, fill)
      // An emergency filing's 补办截止 runs on: the card says by when (a trial: the date was only on the filing's page).
      const deadline = f.emergency?.deadline ? `${askedByLine(f.emergency.deadline, asked, fill)}。` : ''
      // The 参保人 reading what a family member filed for him: she can add everything on her phone,
      // and her own papers are hers to add (a trial: the father's card sent him to add his
      // daughter's ID); the page says which, if any, are his.
      // Corrections only: typed, no photo; 改好, not 补齐 (a trial).
      const fix = asked === 'CORRECTION'
      // Up to 3 items, no question among them: the card names them (a trial: 1 项要填写的内容 told a
      // daughter on the phone with her father nothing of what to ask him; the page said 外地住址).
      const items = [...(f.review?.missingItems ?? []), ...(f.review?.corrections ?? []).map((c) => CORRECTABLE_FIELDS[c])]
      const named = (asked === 'MATERIALS' || fix) && items.length <= 3 ? `（${items.join('、')}）` : ''
      if (asked !== 'QUESTION' && !f.filedBySelf && !f.filedBy.self) {
        const proxy = filerWords(f.filedBy)
        return {
          kind: 'MATERIALS',
          key: f.id,
          title: `${proxy}替您办的${typeWords(f)}备案${words.cardTitle}`,
          detail: `工作人员列出了 ${missing + corrections} 项${what}${named}，${proxy}可以用自己的手机${fix ? words.byDeadline : '补齐'}；您要做什么，点下面看。` + deadline,
          action: fill ? '看看要填什么' : fix ? '看看要改什么' : '看看要补什么',
        }
      }
      return {
        kind: 'MATERIALS',
        key: f.id,
        title: asked === 'QUESTION' ? `${who}的${typeWords(f)}备案：${words.cardTitle}` : `${who}的${typeWords(f)}备案${words.cardTitle}`,
        detail:
          (asked === 'QUESTION'
            ? '不用补材料，在备案页面里看问题，写下您的回答就行，回答后才能继续审核。'
            : asked === 'MATERIALS_AND_QUESTION'
              ? // The questions counted apart, as the reviewer's message does (a trial: 3 项要补的材料 against its 请补充 2 项).
                `工作人员列出了 ${missing + corrections - asking} 项${what}，还有 ${asking} 个问题要您回答，补齐、答完后才能继续审核。`
              : fix
                ? `不用拍照。工作人员列出了 ${corrections} 项${what}${named}，在备案页面里${words.byDeadline}后才能继续审核。`
                : `工作人员列出了 ${missing + corrections} 项${what}${named}，补齐后才能继续审核。`) + deadline,
        action: words.action,
      }
    })
  // A stay with nothing to send urges no deadline (a trial: 王建国的急诊补办备案还没提交 … 越早交越好
  // after the app had said his stay was 视同已备案): deemed filed, a calm card that leads back to
  // what to tell the hospital; covered by a filing, none (that filing has its own).
  const started = drafts.flatMap<WaitingItem>((d) =>
    d.nothingToFile === 'COVERED'
      ? []
      : d.nothingToFile === 'DEEMED_FILED'
        ? [
            {
              kind: 'EMERGENCY_DEEMED',
              key: d.key,
              title: `${d.whose}这次急诊住院视同已备案，不用补办`,
              detail: `${chineseMonthDayOf(d.admittedOn)}入院。不用交什么，出院时直接用医保结算；跟医院怎么说，点下面再看一遍。`,
              action: '看跟医院怎么说',
            },
          ]
        : [
            {
              kind: 'EMERGENCY_DRAFT',
              key: d.key,
              title: d.whoseUnknown ? '刚才查的急诊住院，备案还没办完' : `${d.whose}的急诊补办备案还没提交`,
              detail: `${chineseMonthDayOf(d.admittedOn)}入院，补办备案有期限，越早交越好。点下面接着办，能看到截止日期。`,
              action: '接着办急诊备案',
            },
          ],
  )
  // While the member's 实人认证 photos wait for staff, 同意 cannot come yet: the card says who is
  // checking and what comes next, not 等待…同意 (a trial).
  const awaiting = members
    .filter((m) => m.authorization?.status === 'PENDING_INVITE')
    .map<WaitingItem>((m) => {
      const verifying = m.authorization?.memberVerifying ? memberVerifyingWords(m.name) : null
      const stay = m.authorization?.emergency ? awaitingStayWords(m.authorization.emergency, m.name) : null
      return {
        kind: 'AWAITING_MEMBER',
        key: m.id,
        // The title names the kin too (母亲刘桂芳); the sentences under it, the name.
        title: verifying ? memberVerifyingWords(kinAndName(m.kin, m.name)).title : `等待${kinAndName(m.kin, m.name)}同意`,
        // Sent for an emergency stay: by when it must be filed, and the other way (a trial).
        detail:
          (verifying ? verifying.detail : `邀请已发出，请${m.name}用自己的手机打开邀请，点“同意”后您才能替${m.name}办理。`) +
          (stay ?? ''),
        ...(stay ? { action: '去看这次急诊补办', opensEmergency: true } : { action: '去家人代办看看' }),
      }
    })
  // A 授权委托书 waiting for staff (a trial: a pending invitation had a card, a pending letter none,
  // and the daughter could not tell whether it had been sent).
  const letterWaits = members
    .filter((m) => m.authorization?.status === 'PENDING_REVIEW' && m.authorization.method === 'DOCUMENT')
    .map<WaitingItem>((m) => ({
      kind: 'LETTER_IN_REVIEW',
      key: m.id,
      title: `${kinAndName(m.kin, m.name)}的授权委托书正在审核`,
      detail: `工作人员正在看您上传的授权委托书，您不用再做什么。审核通过后，首页会告诉您，就能替${m.name}办理了。`,
      action: '去家人代办看看',
    }))
  // A 授权委托书 staff did not accept: the proxy must send a new one before filing for the member (a
  // trial: an approved letter had a card, a refused one none, and the reason sat three taps away).
  const letterRefused = members
    .filter((m) => m.authorization?.status === 'REJECTED' && m.authorization.method === 'DOCUMENT')
    .map<WaitingItem>((m) => {
      const reasons = m.authorization?.reasons ?? []
      return {
        kind: 'LETTER_REJECTED',
        key: m.id,
        title: `${kinAndName(m.kin, m.name)}的授权委托书没有通过审核`,
        detail: `${reasons.length > 0 ? `原因：${reasons.join('；')}。` : ''}请按原因改好，重新上传；通过后才能替${m.name}办理。`,
        action: '去重新上传',
      }
    })
  const [first, ...more] = filings.filter(waitsOnOwnVerification)
  const face = means === 'FACE'
  const pending = verification === 'PENDING'
  const waitsOn = face && !pending ? '在等您做实人认证' : '在等工作人员核对身份'
  // With ID photos (H5) the review itself checks who filed (a reviewer may approve an unverified
  // filer's filing; only photos still waiting ask the reviewer to confirm identity another way), so
  // nothing is asked of the person, as the result page says (您不用再做什么): the link says it is
  // optional and what it brings (a trial read a bare "去做实人认证" as a task beside that).
  const optional = '您不用再做什么：工作人员核对好身份，备案就生效。'
  const detail = pending
    ? '您的实人认证照片正在核对，核对通过，这份备案就跟着办好，不用再做什么。'
    : verification === 'REJECTED'
      ? face
        ? '上次的照片没有通过，请按提示重新认证。认证通过，备案马上办好。'
        : `${optional}上次的实人认证照片没有通过。`
      : face
        ? '做完实人认证，备案马上办好；不做的话，要等工作人员核对。'
        : optional
  const action = pending
    ? '查看实人认证进度'
    : face
      ? '去做实人认证'
      : verification === 'REJECTED'
        ? '可选：重新上传照片，以后办备案不用再等核对'
        : '可选：做实人认证，以后办备案不用再等核对'
  const verify: WaitingItem[] =
    first && (verification === 'UNVERIFIED' || verification === 'REJECTED' || pending)
      ? [
          {
            kind: 'VERIFY',
            key: 'verification',
            title: more.length === 0 ? `${whose(first)}的${typeWords(first)}备案${waitsOn}` : `${more.length + 1} 份备案${waitsOn}`,
            detail,
            action,
            // Only 去做实人认证 asks something: photos being checked, or 实人认证 optional, do not.
            ...(pending || !face ? { asksNothing: true } : {}),
          },
        ]
      : pending
        ? // Photos sent and no filing waiting on them: nothing to do, and the card says so (a trial:
          // after 交给工作人员核对 the home page said nothing, and the photos were not shown again).
          [
            {
              kind: 'VERIFY',
              key: 'verification',
              title: '您的实人认证照片正在核对',
              detail: `工作人员一般 ${REVIEW_WORKING_DAYS} 个工作日内核对好，您不用再做什么，也不用重新拍。核对好以后，${
                awaited
                  ? `这里会出现您${awaited.proxyKin} ${awaited.proxyFullName}的邀请，点“同意”，${pronounOfKin(awaited.proxyKin)}就能替您办备案了。`
                  : '办备案不用再等核对身份。'
              }`,
              action: '查看实人认证进度',
              asksNothing: true,
            },
          ]
        : []
  const inReviewNow = (f: FilingView) => f.status === 'SUBMITTED' || f.status === 'UNDER_REVIEW'
  const forYou = filings.filter((f) => inReviewNow(f) && !f.filedBy.self).map(filedForYou)
  const own = filings.filter((f) => inReviewNow(f) && f.filedBy.self && !waitsOnOwnVerification(f)).map(inReview)
  return [...asked, ...materials, ...started, ...awaiting, ...letterWaits, ...letterRefused, ...verify, ...forYou, ...own]
}
