import { citationScopeFor, cite, type Citation } from '@/domain/citation'
import type { EmergencyCriterion } from '@/domain/emergency/criteria'
import type { FilingType } from '@/domain/filing-types'
import { profileFor } from '@/domain/profiles'
import { chineseDateOf, chineseMonthDayOf } from '@/domain/calendar/day-number'
import type { FilingStatus } from './status'

/** One thing that decides whether a bill is settled directly, in plain words, with its source. */
export interface SettlementNote {
  id: 'FROM_DAY' | 'NETWORK' | 'TRAUMA'
  text: string
  /** Where to look it up, when there is an official place. */
  lookup?: { label: string; url: string }
  citations: Citation[]
  /**
   * How its 依据 reads for the filing's 参保地 (citationScopeFor): 'DEFAULT' when every citation is
   * another place's document, so the 依据 first says the 参保地's own rule is not collected.
   */
  scope: 'REGIONAL' | 'DEFAULT'
}

/** The facts of a filing the notes depend on (a FilingView has them all). */
export interface SettlementFacts {
  type: FilingType
  status: FilingStatus
  startDate: string
  validFrom: string | null
  emergency?: { admittedOn: string; criteria: readonly EmergencyCriterion[] } | null
  /** 补办 during a stay: the admission day ('YYYY-MM-DD'); it counts from then whenever approved (003 第九条). */
  admittedOn?: string | null
  /** The insured person's 参保地, GB/T 2260 code (e.g. '360100'). */
  insuredRegion: string
  /** The 就医地's province, GB/T 2260 code (e.g. '440000'): the same as the 参保地's for 省内异地就医. */
  destination: { province: string }
}

/** The official lookup of hospitals and pharmacies on the cross-region network (国家医保局). */
export const NETWORK_LOOKUP = {
  label: '国家医保服务平台（网站或“国家医保服务平台”APP）→ 跨省异地就医定点医药机构查询',
  url: 'https://fuwu.nhsa.gov.cn/',
} as const

/**
 * 外伤无第三方责任承诺书 (002 第三十八条, 附件7): a hospital may ask an injured person who says no
 * one else is liable to sign it, so the stay can still be settled directly. The text of 附件7 in
 * plain words, blanks kept as ____.
 */
export const TRAUMA_NO_THIRD_PARTY_COMMITMENT = {
  title: '外伤无第三方责任承诺书',
  text: [
    '承诺人、联系电话、证件类型、证件号码',
    '承诺事项：外伤无第三方责任',
    '本人同意授权____医保经办机构通过信息共享方式查询本人与办理医保业务相关的信息，承诺所提供材料均为真实合法，符合办理业务条件，' +
      '如伪造材料或以任何方式骗取医疗保险待遇的，本人愿意承担一切后果；同意____医保经办机构将本人虚假行为上报和纳入信用管理体系。',
    '本人于____年__月__日__时在_____（地点）发生_____（外伤经过）。现承诺本次意外受伤与第三方责任或工伤责任无关，' +
      '如与第三方责任或工伤责任有关，则将已享受的医保待遇全额退回医保，并承担相应的法律责任。',
    '此表可现场填写，由承诺人本人手写签名；患者本人无法签字的，由其近亲属代签，并填写身份证号码和联系方式。',
  ].join('\n'),
  citations: [cite('JS_2022', '第三十八条'), cite('JS_2022', '附件7 外伤无第三方责任承诺书')] as Citation[],
} as const

/**
 * The 门诊慢特病 hospital field: naming a hospital is not enough; the insured place must first
 * recognise the condition (资格认定), which is then shared with the destination (002 第十二条).
 * Filing for a family member (`subjectName`), the note names them, not the filer (trial: a
 * daughter filing for her mother read 认定您患有 as about herself).
 * Example: chronicDiseaseNote('王秀英').text contains '医保部门认定王秀英患有这种慢特病'.
 */
export function chronicDiseaseNote(subjectName?: string | null): { text: string; citations: Citation[] } {
  const who = subjectName || '您'
  return {
    text:
      `门诊慢特病要先在参保地办好资格认定（医保部门认定${who}患有这种慢特病），认定信息会传到就医地；` +
      '只填医院还不能直接结算门诊慢特病费用。还没认定的，请先联系参保地医保经办机构。',
    citations: [cite('JS_2022', '第十二条')],
  }
}

/**
 * What decides direct settlement for this filing, said where it matters (result and detail pages):
 * - FROM_DAY: from which day the filing works — a future start is said as such ("从2026年12月20日起…"),
 *   never "现在就可以" (004 表8 备案起止时间; 003 第九条 for an emergency, and for a 补办 during a stay
 *   while it waits: from the admission, 002 通知 二);
 * - NETWORK: only hospitals and pharmacies on the cross-region network settle directly (跨省, or
 *   省内 when 参保地 and 就医地 are in one province: a trial read 跨省 for 深圳 → 阳江); elsewhere
 *   the insured place's rules apply (004 表8 温馨提示4), with the official lookup; for an emergency,
 *   already in hospital: ask its 医保办 or look it up, and if it is not networked, 零星报销 afterwards
 *   (000 第八条; 002 第二十六条(二));
 * - TRAUMA: an emergency for an injury may need the 外伤无第三方责任承诺书 (002 第三十八条, 附件7).
 * Each note's `scope` says whether its 依据 is the 参保地's own (or national) or another place's.
 * @param today China date 'YYYY-MM-DD'
 */
export function settlementNotes(f: SettlementFacts, today: string): SettlementNote[] {
  const notes: Omit<SettlementNote, 'scope'>[] = []
  const range = cite('JX_2023', '表8 备案起止时间')
  // Waiting for staff (an emergency, or a filer not yet verified): nothing settles before approval.
  const pending = f.validFrom === null || f.status === 'UNDER_REVIEW' || f.status === 'NEEDS_MATERIALS' || f.status === 'SUBMITTED'
  if (f.type === 'EMERGENCY') {
    const admitted = f.emergency?.admittedOn ?? f.startDate
    notes.push({
      id: 'FROM_DAY',
      text:
        (pending ? '审核通过后，' : '') +
        // Said on condition of the hospital (the next note: only networked ones settle directly; a
        // trial read an unconditional 可以在这家医院直接结算 above it).
        `这次住院从入院那天（${chineseMonthDayOf(admitted)}）起算；这家医院能直接结算的，出院时就在医院结算。`,
      citations: [cite('YJ_2021', '第九条'), range],
    })
  } else if (pending && f.admittedOn) {
    // A 补办 during a stay counts from the admission whenever it is approved (validityOnApproval):
    // "之后在备案地看病才可以" told a man in hospital his stay would not settle (002 通知 二).
    notes.push({
      id: 'FROM_DAY',
      text: `审核通过后，这次住院从入院那天（${chineseMonthDayOf(f.admittedOn)}）起算，出院结算前审核通过的，可以在这家医院直接结算。`,
      // Until when a stay may still be filed for is the 参保地's setting (duringStay: before discharge settlement).
      citations: [cite('YJ_2021', '第九条'), ...profileFor(f.insuredRegion).duringStay.citations],
    })
  } else if (pending || f.validFrom === null) {
    // Validity starts on the day the filing succeeds, or on a later start the person asked for
    // (computeValidity): a date of today here read as "covered today" (a trial), so a start that has
    // come says "not yet", and a later one says "at the earliest".
    notes.push({
      id: 'FROM_DAY',
      text:
        f.startDate > today
          ? `审核通过后生效，最早从 ${chineseDateOf(f.startDate)}起可以在备案地直接结算；审核通过晚于这天的，从通过那天起。`
          : '现在还不能在备案地直接结算：审核通过那天起生效，之后在备案地看病才可以直接结算。',
      citations: [range],
    })
  } else if (f.validFrom > today) {
    notes.push({
      id: 'FROM_DAY',
      text: `从${chineseDateOf(f.validFrom)}起，可以在备案地直接结算；这天之前在那里看病还不能直接结算。`,
      citations: [range],
    })
  } else {
    notes.push({
      id: 'FROM_DAY',
      text: `已经生效（${chineseDateOf(f.validFrom)}起），现在就可以在备案地直接结算。`,
      citations: [range],
    })
  }
  // 省内异地就医 when both places are in one province (the first two digits of GB/T 2260).
  const inProvince = f.insuredRegion.slice(0, 2) === f.destination.province.slice(0, 2)
  const scope = inProvince ? '省内' : '跨省'
  // The national lookup lists the 跨省 network only (a trial: a 省内 stay was sent to 跨省…查询).
  const lookup = inProvince ? {} : { lookup: NETWORK_LOOKUP }
  notes.push(
    f.type === 'EMERGENCY'
      ? {
          // A trial: "去之前请查一查" told someone already in hospital to check before going. Asked
          // where they are: the hospital's 医保办, or the lookup; if not networked, 零星报销
          // afterwards (000 第八条; 002 第二十六条(二)).
          id: 'NETWORK',
          text:
            `只有开通了${scope}异地就医直接结算的联网定点医院才能直接结算。已经在这家医院住院了，` +
            '请问一问医院的医保办，或者查一查这家医院是不是联网定点、能不能直接结算。' +
            '不是联网定点的，出院时先自己付钱，留好发票和费用清单，回参保地办零星报销。',
          ...lookup,
          citations: [cite('JX_2023', '表8 温馨提示4'), cite('JX_2017', '第八条'), cite('JS_2022', '第二十六条(二)')],
        }
      : {
          id: 'NETWORK',
          text:
            `只有开通了${scope}异地就医直接结算的定点医院和药店才能直接结算；在其他医院看病，要按参保地的规定回去报销。` +
            `去之前请查一查这家医院是不是联网定点${inProvince ? '（问一问医院的医保办，或参保地的医保经办机构）' : ''}。`,
          ...lookup,
          citations: [cite('JX_2023', '表8 温馨提示4')],
        },
  )
  if (f.type === 'EMERGENCY' && f.emergency?.criteria.includes('TRAUMA')) {
    notes.push({
      id: 'TRAUMA',
      text:
        '受伤住院的，医院可能请您填一份《外伤无第三方责任承诺书》：写明受伤经过，承诺这次受伤不是别人造成的、也不是工伤。' +
        '填了就能直接结算；如果其实是别人的责任或工伤，已经报销的钱要全部退回。',
      citations: [...TRAUMA_NO_THIRD_PARTY_COMMITMENT.citations],
    })
  }
  return notes.map((n) => ({ ...n, scope: citationScopeFor(n.citations, f.insuredRegion) }))
}
