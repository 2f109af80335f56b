import { cite, type Citation } from '@/domain/citation'
import type { FilingType } from '@/domain/filing-types'

/**
 * The guided chooser as data (SPEC §1): plain questions that lead a person who does not know
 * the official words to the right filing type. The app renders it; `resolveChooser` walks it.
 */

export type QuestionId = 'reason' | 'hukou' | 'stayLength' | 'workLength' | 'referred' | 'admitted' | 'awayLength'

/** Where an answer leads: another question, or a type with the reason why. */
export type ChooserOutcome =
  | { question: QuestionId }
  | { type: FilingType; why: string; citations: readonly Citation[] }

export interface ChooserAnswer {
  id: string
  /** What the person taps. */
  label: string
  /** One line: what choosing this means. */
  explanation: string
  then: ChooserOutcome
}

export interface ChooserQuestion {
  id: QuestionId
  text: string
  /** Optional one line under the question. */
  help?: string
  answers: readonly ChooserAnswer[]
}

export interface ChooserTree {
  start: QuestionId
  questions: Readonly<Record<QuestionId, ChooserQuestion>>
}

const RETIRED = cite('YJ_2021', '第五条(一)')
const RESIDENT = cite('YJ_2021', '第五条(二)')
const WORKER = cite('YJ_2021', '第五条(三)')
const REFERRAL = cite('YJ_2021', '第五条(四)')
const OTHER = cite('JS_2022', '第八条(六)')
const OTHER_JX = cite('JX_2023', '清单 子项15')
const EMERGENCY = cite('GX_LIUJIANG', '受理条件')
const EMERGENCY_YJ = cite('YJ_2021', '第五条(五)')

const toOtherTemporary = (why: string): ChooserOutcome => ({
  type: 'OTHER_TEMPORARY',
  why,
  citations: [OTHER, OTHER_JX],
})

export const CHOOSER_TREE: ChooserTree = {
  start: 'reason',
  questions: {
    reason: {
      id: 'reason',
      text: '为什么在外地（或要去外地）？',
      help: '选一个最接近的情况。',
      answers: [
        {
          id: 'retired',
          label: '退休了，在外地养老',
          explanation: '办了退休手续（领退休金），搬到外地定居、养老，跟子女一起住也算。',
          then: { question: 'hukou' },
        },
        {
          id: 'live',
          label: '在外地长住',
          // A trial: a 68-year-old who never had a job (城乡居民医保) found no answer between 退休了 and 还没退休.
          explanation: '还没退休，或者从没上过班、没有退休手续（交的是城乡居民医保），要在外地住下来：到子女那里养老、照看孙辈都算。',
          then: { question: 'stayLength' },
        },
        {
          id: 'work',
          label: '在外地上班',
          explanation: '单位派您去外地工作，或者您在外地找了工作。',
          then: { question: 'workLength' },
        },
        {
          id: 'study',
          label: '学生：在外地上学、实习，或放假、休学回老家',
          explanation: '在外地分校上学或实习；寒暑假、因病休学回到户口所在地。',
          then: {
            type: 'STATIONED_WORKER',
            why: '学生在外地分校上学、实习，或放假、休学回户口所在地，按常驻异地工作人员办理，不受半年的限制。',
            citations: [WORKER],
          },
        },
        {
          id: 'treatment',
          label: '专门去外地看病',
          explanation: '人在本地，打算去外地的医院看病、住院。',
          then: { question: 'referred' },
        },
        {
          id: 'sudden',
          label: '出门在外突然生病',
          explanation: '旅游、探亲、出差的路上，在外地突然病了或受伤了。',
          then: { question: 'admitted' },
        },
      ],
    },
    hukou: {
      id: 'hukou',
      text: '户口迁过去了吗？',
      help: '指户口本上的地址是不是已经改到您养老的地方。',
      answers: [
        {
          id: 'yes',
          label: '迁过去了',
          explanation: '户口已经落在养老的地方。',
          then: {
            type: 'RETIRED_RESETTLED',
            why: '退休后在外地定居，户口也迁过去了，属于异地安置退休人员。',
            citations: [RETIRED],
          },
        },
        {
          id: 'no',
          label: '没有迁',
          explanation: '户口还在原来的地方。',
          then: { question: 'stayLength' },
        },
      ],
    },
    stayLength: {
      id: 'stayLength',
      text: '要在外地住多久？',
      help: '算连续住在同一个地方的时间，已经住了的也算上。',
      answers: [
        {
          id: 'sixMonthsPlus',
          label: '半年或更久',
          explanation: '在同一个地方连续住满 6 个月以上。',
          then: {
            type: 'LONG_TERM_RESIDENT',
            why: '在外地同一个地方连续住半年以上，属于异地长期居住人员。',
            citations: [RESIDENT],
          },
        },
        {
          id: 'shorter',
          label: '不到半年',
          explanation: '住一段时间就回来。',
          then: toOtherTemporary('在外地住不到半年，不算长期居住；需要在外地看病的，办其他临时外出就医备案。'),
        },
      ],
    },
    workLength: {
      id: 'workLength',
      text: '要在外地连续工作多久？',
      answers: [
        {
          id: 'sixMonthsPlus',
          label: '半年或更久',
          explanation: '在外地连续工作 6 个月以上。',
          then: {
            type: 'STATIONED_WORKER',
            why: '在外地连续工作半年以上，属于常驻异地工作人员。',
            citations: [WORKER, cite('JS_2022', '第八条(三)')],
          },
        },
        {
          id: 'shorter',
          label: '不到半年',
          explanation: '短期出差或短期工作。',
          then: toOtherTemporary('在外地工作不到半年，不算常驻；需要在外地看病的，办其他临时外出就医备案。'),
        },
      ],
    },
    referred: {
      id: 'referred',
      text: '是医院让您转过去的吗？',
      help: '就是本地医院的医生开了转诊（转院）证明。',
      answers: [
        {
          id: 'yes',
          label: '是，医院开了转诊证明',
          explanation: '本地有转诊资格的医院同意并开了证明，让您去外地治疗。',
          then: {
            type: 'REFERRAL',
            why: '本地医院开了转诊证明让您去外地治疗，属于异地转诊人员。',
            citations: [REFERRAL, cite('JS_2022', '第八条(四)')],
          },
        },
        {
          id: 'no',
          label: '不是，我自己想去',
          explanation: '没有转诊证明，自己决定去外地的医院看病。',
          then: toOtherTemporary('没有转诊证明、自己去外地看病，属于其他临时外出就医人员，只要身份证明就能办。'),
        },
      ],
    },
    admitted: {
      id: 'admitted',
      text: '是不是突发急病、已经在外地住院了？',
      answers: [
        {
          id: 'yes',
          label: '是，急诊住院了',
          explanation: '突然病重或受伤，医院让马上住院，现在住着或刚住过。',
          then: { question: 'awayLength' },
        },
        {
          id: 'no',
          label: '没有住院',
          explanation: '只是看门诊，或者还没住院。',
          then: toOtherTemporary('没有急诊住院，不算急诊；在外地看病要直接结算的，办其他临时外出就医备案。'),
        },
      ],
    },
    awayLength: {
      id: 'awayLength',
      text: '这次离开参保地（交医保的地方）多久了？',
      help: '从离家那天算到住院那天。',
      answers: [
        {
          id: 'upToThreeMonths',
          label: '不超过 3 个月',
          explanation: '出门旅游、探亲、出差，时间不长。',
          then: {
            type: 'EMERGENCY',
            why: '离家不超过 3 个月，在外地突发急病急诊住院，属于异地急诊人员。',
            citations: [EMERGENCY, EMERGENCY_YJ],
          },
        },
        {
          id: 'moreThanThreeMonths',
          label: '超过 3 个月',
          explanation: '已经在外地住了比较久。',
          // SPEC §9: an admission more than 3 months into a stay is not an emergency trip.
          then: { question: 'stayLength' },
        },
      ],
    },
  },
}
