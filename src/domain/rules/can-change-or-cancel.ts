import { cite, type Citation } from '@/domain/citation'
import { formatChineseDate, formatDayNumber, lastDayOfMonthsPeriod, parseDayNumber } from '@/domain/calendar/day-number'
import { fail, ok, type Result } from '@/domain/errors'
import { isLongTerm, type FilingType } from '@/domain/filing-types'
import type { PolicyProfile } from '@/domain/profiles/types'

export interface ChangeOrCancelInput {
  filing: {
    type: FilingType
    /** PROOF: filed with documents; COMMITMENT: filed on a personal commitment (承诺制). */
    basis: 'PROOF' | 'COMMITMENT'
    /** 'YYYY-MM-DD' the filing took effect. */
    validFrom: string
  }
  profile: PolicyProfile
  /** 'YYYY-MM-DD', China date. */
  today: string
}

export interface ChangeOrCancelAnswer {
  allowed: boolean
  /** The first day a change or cancellation is allowed, while a commitment lock holds. */
  firstAllowedOn?: string
  /** 'CANCEL_LOCKED' while the lock holds (API: 409 CANCEL_LOCKED). */
  code?: 'CANCEL_LOCKED'
  explanation: string
  citations: Citation[]
}

const RETURN_HOME = '回到参保地后请及时变更或取消备案，从变更或取消之日起恢复参保地待遇。'
const RETURN_HOME_CITATION = cite('GX_2017', '第十一条')

/** What an emergency filing asks on going home: nothing (003 第九条(五) 当次入院有效). */
const EMERGENCY_ENDS_WITH_STAY =
  '急诊住院的备案只管这一次住院，这次住院结束，备案也就结束了，出院回家后不用变更或取消。' +
  '填错了，或者不需要这条备案了，也可以随时变更或取消。'

/**
 * Whether a filing may be changed or cancelled today (SPEC §5): at any time, except a long-term
 * filing made on a commitment, locked for the profile's months (002 第十条; 004 表8 温馨提示6).
 * An emergency filing ends with its admission (003 第九条(五)): nothing to do on going home.
 */
export function canChangeOrCancel(input: ChangeOrCancelInput): Result<ChangeOrCancelAnswer> {
  const { filing, profile } = input
  const from = parseDayNumber(filing.validFrom)
  if (Number.isNaN(from)) return fail('DATE_INVALID', '备案生效日期格式不对，应为“年-月-日”。')
  const today = parseDayNumber(input.today)
  if (Number.isNaN(today)) return fail('DATE_INVALID', '今天的日期格式不对，应为“年-月-日”。')

  if (filing.type === 'EMERGENCY') {
    // A trial: a 68-year-old in hospital was told to 变更或取消 on going home. An emergency filing
    // covers that one admission only (当次入院有效) and ends with it, so there is nothing to do on
    // going home; a wrong or unneeded one may still be changed or cancelled, as any temporary one.
    return ok({
      allowed: true,
      explanation: EMERGENCY_ENDS_WITH_STAY,
      citations: [cite('YJ_2021', '第九条(五)'), cite('JS_2022', '第九条')],
    })
  }
  if (!isLongTerm(filing.type)) {
    return ok({
      allowed: true,
      explanation: '临时外出就医备案可以随时变更或取消。' + RETURN_HOME,
      citations: [cite('JS_2022', '第九条'), RETURN_HOME_CITATION],
    })
  }
  if (filing.basis === 'PROOF') {
    return ok({
      allowed: true,
      explanation: '用证明材料办理的长期异地居住备案，可以随时变更或取消。' + RETURN_HOME,
      citations: [cite('JS_2022', '第十条'), RETURN_HOME_CITATION],
    })
  }

  const lock = profile.commitmentLock
  const firstAllowed = lastDayOfMonthsPeriod(from, lock.months) + 1
  if (today >= firstAllowed) {
    return ok({
      allowed: true,
      explanation: `用个人承诺书办理的备案已满 ${lock.months} 个月，可以变更或取消。` + RETURN_HOME,
      citations: [...lock.citations, RETURN_HOME_CITATION],
    })
  }
  return ok({
    allowed: false,
    firstAllowedOn: formatDayNumber(firstAllowed),
    code: 'CANCEL_LOCKED',
    explanation:
      `用个人承诺书办理的长期异地居住备案，满 ${lock.months} 个月后才能变更或取消，` +
      `${formatChineseDate(firstAllowed)}起可以办理。确有客观原因的，请联系参保地医保经办机构。`,
    citations: [...lock.citations],
  })
}
