import { cite, type Citation } from '@/domain/citation'

/**
 * Texts a person signs. They are versioned: a filing stores the version it was signed with,
 * and a wording change means a new version, never an edit of an old one.
 */
export interface SignedText {
  version: string
  title: string
  text: string
  citations: readonly Citation[]
}

export interface CommitmentText extends SignedText {
  /** Months the filing cannot be changed or cancelled (a profile setting, SPEC §5). */
  lockMonths: number
}

/** The text in force: '2026-12' words the commitment per filing type (issue 12: a student declares study). */
export const COMMITMENT_VERSION = '2026-12'

/** Every version ever signed: a 变更 carries the signed commitment over as it was. */
export const SIGNED_COMMITMENT_VERSIONS: readonly string[] = ['2026-01', COMMITMENT_VERSION]

/**
 * 长期异地居住人员个人承诺书 in plain words (SPEC §2, §5), following 002 附件1 and the applicant's
 * commitment on 004 表8: who may use it, no commitment for multi-place filing, the change/cancel
 * lock, truthfulness, consent to information-sharing checks, and the consequences of a false statement.
 * @param lockMonths the profile's lock period; 6 in 002 第十条 and 004 表8 温馨提示6
 */
export function commitmentText(lockMonths = 6): CommitmentText {
  if (!Number.isInteger(lockMonths) || lockMonths < 1) throw new RangeError(`lockMonths must be a positive integer: ${lockMonths}`)
  const text = [
    '告知事项',
    '1. 异地安置退休人员、异地长期居住人员、常驻异地工作人员（合称“长期异地居住人员”），是指在外地居住、生活或工作 6 个月以上的人。',
    '2. 备案成功后，可以在备案地所有开通异地就医结算的医院和定点药店看病、买药，直接结算。',
    '3. 在几个地方同时备案（多地备案）的，不能用承诺书，必须交居住、工作等证明材料。',
    `4. 用承诺书备案的，满 ${lockMonths} 个月后才能申请变更或取消备案。`,
    '',
    '承诺事项',
    '我确实因为工作或居住需要到外地，但现在拿不出在外地居住或工作的证明材料，我用个人信用担保，申请办理异地就医备案。',
    '',
    '本人承诺',
    '（一）上面的告知事项和承诺事项我都看过、同意，我符合办理的条件；',
    '（二）我填写和提供的信息都是真实的，我同意医保部门通过信息共享查询核对；',
    '（三）如有不实，我愿意承担相关法律责任和失信后果，包括被记入信用记录、暂停医疗费用联网结算等；',
    '（四）我知道基本医疗保险的相关政策，在外地看病时会遵守相关规定；',
    '（五）以上承诺是我本人的真实意思。',
  ].join('\n')
  return {
    version: COMMITMENT_VERSION,
    title: '长期异地居住人员个人承诺书',
    text,
    lockMonths,
    citations: [
      cite('JS_2022', '附件1 长期异地居住人员个人承诺书'),
      cite('JS_2022', '第十条'),
      cite('JS_2022', '第十一条'),
      cite('JX_2023', '表8 申请人承诺'),
      cite('JX_2023', '表8 温馨提示6'),
    ],
  }
}

/** The 个人承诺书 with the 6-month lock of 002 第十条 and 004 表8 温馨提示6. */
export const COMMITMENT_TEXT: CommitmentText = commitmentText(6)

/** 申请人承诺 on every filing, in plain words (004 表8; SPEC §2). */
export const APPLICANT_DECLARATION: SignedText = {
  version: '2026-01',
  title: '申请人承诺',
  text:
    '我申请异地就医备案所填写的信息都正确、真实、有效，我愿意接受医保部门通过信息共享查询核对。' +
    '如果因为信息有误产生法律责任和经济损失，都由我本人承担。',
  citations: [cite('JX_2023', '表8 申请人承诺')],
}

/** The filing types that may rest on a commitment (002 第十条; FILING_TYPE_INFO.commitmentAllowed). */
export type CommitmentFilingType = 'RETIRED_RESETTLED' | 'LONG_TERM_RESIDENT' | 'STATIONED_WORKER'

/** Who is declaring what: the stay a person promises, in their own words, by type (002 第五条, 附件1). */
const DECLARATIONS: Record<CommitmentFilingType | 'STUDENT', { who: string; declaration: string }> = {
  RETIRED_RESETTLED: {
    who: '异地安置退休人员，是指退休后在外地定居、养老，并且户口迁到当地的人。',
    declaration: '我已经退休，在外地定居养老，但现在拿不出户口或居住的证明材料，我用个人信用担保，申请办理异地就医备案。',
  },
  LONG_TERM_RESIDENT: {
    who: '异地长期居住人员，是指在外地居住、生活 6 个月以上的人。',
    declaration: '我确实要在外地居住、生活 6 个月以上，但现在拿不出在外地居住的证明材料，我用个人信用担保，申请办理异地就医备案。',
  },
  STATIONED_WORKER: {
    who: '常驻异地工作人员，是指被单位派到外地、或在外地工作 6 个月以上的人。',
    declaration: '我确实因为工作要在外地连续工作 6 个月以上，但现在拿不出在外地工作的证明材料，我用个人信用担保，申请办理异地就医备案。',
  },
  STUDENT: {
    who: '在外地分校上学、实习，或放假、休学回户口所在地的学生，按常驻异地工作人员办理，不受 6 个月的限制。',
    declaration: '我是在校学生，确实因为在外地上学、实习，或放假、休学回户口所在地，需要在那里看病，但现在拿不出学籍或实习的证明材料，我用个人信用担保，申请办理异地就医备案。',
  },
}

/**
 * The 个人承诺书 for a filing type, in plain words: what the person declares matches the type
 * (a retiree declares settling, a worker 6 months of work, a student study — not a 6-month stay;
 * 002 第五条, 附件1; 003 第五条(三)). The rest follows 002 附件1 and 004 表8 as commitmentText.
 * @param options.student the person chose 学生 in the chooser (a STATIONED_WORKER filing)
 * @param options.lockMonths the profile's lock period (6 in 002 第十条)
 */
export function commitmentTextFor(
  type: CommitmentFilingType,
  options: { student?: boolean; lockMonths?: number } = {},
): CommitmentText {
  const lockMonths = options.lockMonths ?? 6
  const base = commitmentText(lockMonths)
  const words = DECLARATIONS[type === 'STATIONED_WORKER' && options.student ? 'STUDENT' : type]
  const lines = base.text.split('\n')
  lines[1] = `1. ${words.who}`
  lines[lines.indexOf('承诺事项') + 1] = words.declaration
  return {
    ...base,
    text: lines.join('\n'),
    citations: [...base.citations, ...(type === 'STATIONED_WORKER' && options.student ? [cite('YJ_2021', '第五条(三)')] : [])],
  }
}

/** What a person should know before signing a commitment, and what they can do instead. */
export interface CommitmentConsequence {
  /** The consequence in plain words (002 第十条; 004 表8 温馨提示6). */
  consequence: string
  /** The alternatives: proof documents; a temporary filing for a short stay. */
  alternatives: string[]
  citations: Citation[]
}

/**
 * Shown before anyone signs (issue 12 item 11): a commitment filing cannot be changed or cancelled
 * for `lockMonths` months (002 第十条), so someone going away for a short time (a student home for
 * the holidays) is better served by proof documents or a temporary filing (002 第八条(六)).
 */
export function commitmentConsequence(lockMonths = 6): CommitmentConsequence {
  return {
    consequence:
      `用承诺书办理的备案，满 ${lockMonths} 个月前不能变更，也不能取消。` +
      '确有客观原因的，只能联系参保地医保经办机构。',
    alternatives: [
      `有证明材料的（居住证、工作证明、学生证或实习证明等），上传证明就行，备案可以随时变更或取消。`,
      '只是短时间去外地（比如放假回家几周），可以办“其他临时外出就医”备案，只要身份证明，不用承诺书。',
    ],
    citations: [cite('JS_2022', '第十条'), cite('JX_2023', '表8 温馨提示6'), cite('JS_2022', '第八条(六)')],
  }
}
