import { cite, type Citation } from '../citation'

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

export const COMMITMENT_VERSION = '2026-01'

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
