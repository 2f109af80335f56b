import { Alert, App, Button, Card, Checkbox, Descriptions, Input, Modal, Radio, Space, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type { FilingType } from '@/domain/filing-types'
import { CORRECTABLE_FIELDS, CORRECTABLE_FIELD_LIST, fillsOnly, type CorrectableField, type FilingStatus } from '@/domain/filings'
import { requestableMaterials } from '@/domain/materials'
import { ASKED_WORDS, FILL_BY_DEADLINE, FILL_WORDS, whatWasAsked } from '@/domain/materials/what-was-asked'
import { REVIEW_DECISIONS, decisionNote, type ReviewDecisionCode } from '@/domain/review'
import { ApiError, api } from '../api'
import { chinaTime, noticesInWords, recipientsInWords, type CaseDecision, type CaseNotice, type Preview } from '../types'

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0)

/**
 * Approve; reject with reasons; or ask for everything missing at once (000 第五条 一次性告知) from
 * a checklist of the materials that belong to the filing's type (requestableMaterials: its proof,
 * identity, and the proxy's papers for a 代办 filing) plus free text for anything else, and the typed
 * fields the person is to correct themselves (外地住址, 联系电话, 备用电话: CORRECTABLE_FIELDS; a
 * trial: an address naming another city could only be asked for as a photo). The person's notification is previewed
 * before it is sent, and the decision carries the status the reviewer saw (a 409 names who
 * decided meanwhile). While waiting for material the panel says what was asked, when and by whom
 * (the case's last decision, `lastDecision`), and once sent its form starts empty with no decision
 * chosen: nothing looks still unsent. No decision is chosen when the panel opens either: 批准 is
 * a choice the reviewer makes, never one left standing.
 */
/** The 审核决定 choice that sends a filing back for what it lacks: materials, corrections or questions (补正). */
const REQUEST_CHOICE = '要求补正（补材料、改正、提问）'


/** The preview tables' label column: as wide as 备案编号, never wrapped. */
const PREVIEW_LABELS = { label: { width: 112, whiteSpace: 'nowrap' } } as const

export function DecisionPanel(props: {
  filingId: string
  type: FilingType
  /** Filed by a proxy (代办): the checklist adds the proxy's papers and says whose ID is meant. */
  byProxy: boolean
  status: FilingStatus
  lastDecision: CaseDecision | null
  /** Who the last decision went to and whether its WeChat message reached each (the case's `notices`). */
  notices: readonly CaseNotice[]
  /**
   * The day by whose 24:00 the person is to answer a send-back ('2026-12-11': an emergency
   * filing's 补办截止, as their page says 请在 … 前改好), or null: said in the box once sent (a
   * trial: the console never said by when).
   */
  answerBy?: string | null
  /** The filing account's 实人认证 waits for 人工核对 (the case's filerVerification). */
  verificationPending?: boolean
  /**
   * Correctable fields the filing left empty (an emergency filing's 外地住址): their checkbox says
   * 备案时没有填 (a trial: the console asked to 改正 a field the person was never asked for).
   */
  filedEmpty?: readonly CorrectableField[]
  onDecided: () => void
}) {
  const { message } = App.useApp()
  // No decision chosen until the reviewer picks one (a trial: a case that came back opened with
  // 批准 already chosen, one click from approving what had not been looked at again).
  const [decision, setDecision] = useState<ReviewDecisionCode | null>(null)
  const [checked, setChecked] = useState<string[]>([])
  const [fix, setFix] = useState<CorrectableField[]>([])
  const [extra, setExtra] = useState('')
  const [reasons, setReasons] = useState('')
  const [preview, setPreview] = useState<Preview | null>(null)
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null)
  const [busy, setBusy] = useState(false)
  // 批准 while the filer's 实人认证 is 待核对 needs an explicit confirmation rather than being
  // disabled: the reviewer is expected to check the photos first (the card above links there), but
  // an emergency filing's one-working-day deadline must not wait on another queue, and the filing
  // carries its own 身份证件 to check against. Ticking it says the identity was checked another way.
  const [identityChecked, setIdentityChecked] = useState(false)
  const mustConfirmIdentity = props.verificationPending === true && decision === 'APPROVE'

  // The labels are what the person is sent (missingItems).
  const options = useMemo(() => requestableMaterials(props.type, { byProxy: props.byProxy }).map((m) => ({ value: m.label, label: m.label })), [props.type, props.byProxy])
  // 备案时没有这一项, as the person's page says it: an emergency filing's form has no 外地住址 (a
  // trial: 备案时没有填 blamed the applicant for a field she was never asked).
  const fixOptions = CORRECTABLE_FIELD_LIST.map((f) => ({ value: f, label: `${CORRECTABLE_FIELDS[f]}${props.filedEmpty?.includes(f) ? '（备案时没有这一项）' : ''}` }))

  const body = (decision: ReviewDecisionCode) => ({
    decision,
    reasons: lines(reasons),
    missingItems: decision === 'APPROVE' ? [] : [...checked, ...lines(extra)],
    ...(decision === 'REQUEST_MATERIALS' && fix.length > 0 ? { corrections: CORRECTABLE_FIELD_LIST.filter((f) => fix.includes(f)) } : {}),
  })

  // The choice before anything is ticked covers all three kinds of request (行政许可法 第三十二条's
  // 补正: what is missing, what is wrong, and questions), not materials alone (a trial: a request of
  // corrections only was chosen under 要求补充材料).
  // A request that only asks questions is 提问, not 要求补充材料 (a trial: the preview said 待回答问题
  // under a button that said 要求补充材料); one that only asks corrections is 请本人改正 (a trial:
  // 确认要求补充材料并发送 over a message that asked for nothing to photograph).
  const verb = (d: ReviewDecisionCode) => {
    if (d !== 'REQUEST_MATERIALS') return REVIEW_DECISIONS[d]
    // Nothing ticked or written yet: the choice's own word (a trial read 要求补充材料 on the
    // button before anything was asked, then 请本人填写 once a field was ticked).
    if (checked.length === 0 && fix.length === 0 && lines(extra).length === 0) return '要求补正'
    const asked = whatWasAsked({ missingItems: [...checked, ...lines(extra)], corrections: fix })
    // Only fields the filing left empty: 填写, as the person's card says it.
    const fixWord = fillsOnly(fix, props.filedEmpty) ? '填写' : '改正'
    if (asked === 'QUESTION') return '提问'
    if (asked === 'CORRECTION') return `请本人${fixWord}`
    // Materials and fields both (a trial: 要求补充材料 on a request that also asked for the 外地住址).
    return asked === 'MATERIALS' && fix.length > 0 ? `${REVIEW_DECISIONS[d]}、${fixWord}` : REVIEW_DECISIONS[d]
  }

  const fail = (e: unknown) => {
    if (e instanceof ApiError) setError({ message: e.message, fields: e.fields })
    else setError({ message: '出错了，请稍后再试', fields: {} })
  }

  const open = () => {
    if (decision === null) return
    setError(null)
    setBusy(true)
    api<Preview>('POST', `/api/review/filings/${props.filingId}/preview`, body(decision))
      .then(setPreview)
      .catch(fail)
      .finally(() => setBusy(false))
  }

  const send = () => {
    if (decision === null) return
    const sending = body(decision)
    const sent = verb(decision)
    setBusy(true)
    api('POST', `/api/review/filings/${props.filingId}/decision`, { ...sending, expectedStatus: props.status })
      .then(() => {
        setPreview(null)
        // Whom it reached is said by the case right below (its notices), not here: a trial read
        // 已通知 2 人 in this toast while no WeChat message had gone to anyone.
        void message.success(`已${sent}`)
        setDecision(null)
        setChecked([])
        setFix([])
        setExtra('')
        setReasons('')
        setIdentityChecked(false)
        props.onDecided()
      })
      .catch((e: unknown) => {
        setPreview(null)
        fail(e)
      })
      .finally(() => setBusy(false))
  }

  if (props.status !== 'UNDER_REVIEW' && props.status !== 'NEEDS_MATERIALS') return null
  const sent = props.lastDecision?.decision === 'REQUEST_MATERIALS' ? props.lastDecision : null
  // A request of questions only was a question put to the person, not materials asked for (a trial
  // read 要求补充材料 and 等本人补交材料 after 确认提问并发送).
  const asked = sent === null ? null : whatWasAsked({ missingItems: sent.missingItems, corrections: sent.corrections })
  const askedOnly = asked === 'QUESTION'
  // Typed fields only: nothing to 补交 (a trial).
  const fixOnly = asked === 'CORRECTION'
  // Only fields the filing left empty: 填写, as the buttons said it (a trial: 确认请本人填写并发送,
  // then 请本人改正填写的内容).
  const fillOnly = fixOnly && sent !== null && fillsOnly(sent.corrections, props.filedEmpty)
  return (
    <Card title="审核决定" data-testid="decision-panel">
      {props.status === 'NEEDS_MATERIALS' && sent && (
        <Alert
          style={{ marginBottom: 16 }}
          type="success"
          showIcon
          data-testid="decision-sent"
          title={`已于 ${chinaTime(sent.decidedAt)} ${fillOnly ? FILL_WORDS.reviewerAsked : asked ? ASKED_WORDS[asked].reviewerAsked : ''}${sent.reviewerName ? `（审核员 ${sent.reviewerName}）` : ''}`}
          // The words the person was sent (decisionNote), items and the comment apart.
          description={
            <>
              {sent.missingItems.length + sent.reasons.length + sent.corrections.length > 0 ? (
                <div>{decisionNote('REQUEST_MATERIALS', sent.reasons, sent.missingItems, sent.corrections, props.filedEmpty)}</div>
              ) : null}
              {/* Whom it reached (a trial: 已通知本人 was said whether or not a WeChat message went). */}
              <div data-testid="decision-notices">
                {noticesInWords(props.notices).map((line) => (
                  <div key={line}>{line}</div>
                ))}
              </div>
              {props.answerBy && asked ? (
                <div data-testid="decision-sent-by">{`本人要在 ${props.answerBy} 24:00 前${fillOnly ? FILL_BY_DEADLINE : ASKED_WORDS[asked].byDeadline}（急诊补办截止）`}</div>
              ) : null}
            </>
          }
        />
      )}
      {props.status === 'NEEDS_MATERIALS' && (
        <Typography.Paragraph>
          {askedOnly
            ? '正在等本人回答问题。回答后备案回到“审核中”，那时再批准；也可以现在选“不予通过”。'
            : fillOnly
              ? '正在等本人填写备案时没有填的内容。填好后备案回到“审核中”，那时再批准；也可以现在选“不予通过”。'
            : fixOnly
              ? '正在等本人改正填写的内容。改正后备案回到“审核中”，那时再批准；也可以现在选“不予通过”。'
              : `正在等本人补交材料${sent && sent.corrections.length > 0 ? '、改正填写的内容' : ''}。补交后备案回到“审核中”，那时再批准；也可以现在选“不予通过”。`}
        </Typography.Paragraph>
      )}
      <Radio.Group value={decision} onChange={(e) => setDecision(e.target.value as ReviewDecisionCode)} optionType="button" buttonStyle="solid">
        <Radio.Button value="APPROVE" disabled={props.status !== 'UNDER_REVIEW'}>批准</Radio.Button>
        <Radio.Button value="REQUEST_MATERIALS" disabled={props.status !== 'UNDER_REVIEW'}>{REQUEST_CHOICE}</Radio.Button>
        <Radio.Button value="REJECT">不予通过</Radio.Button>
      </Radio.Group>
      {decision === null && props.status === 'UNDER_REVIEW' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }} data-testid="decision-choose">
          看完材料后，选一个审核决定。
        </Typography.Paragraph>
      )}
      <div style={{ marginTop: 16 }}>
        {decision === 'REQUEST_MATERIALS' && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text strong>还缺哪些材料？一次全部勾选（一次性告知）：</Typography.Text>
            <Checkbox.Group options={options} value={checked} onChange={(v) => setChecked(v)} />
            {/* A field the filing left empty is to 填写, not 改正 (a trial read 请申请人改正 above 外地住址（备案时没有填）). */}
            <Typography.Text strong id="corrections-label">
              {(props.filedEmpty?.length ?? 0) > 0 ? '请申请人改正或填写（本人或代办人在手机上改好、填好再提交，不用拍照）：' : '请申请人改正（本人或代办人在手机上改好再提交，不用拍照）：'}
            </Typography.Text>
            <Checkbox.Group
              aria-labelledby="corrections-label"
              data-testid="corrections-asked"
              options={fixOptions}
              value={fix}
              onChange={(v) => setFix(v)}
            />
            <Typography.Text>其他（不在上面的，或要申请人说明的）：</Typography.Text>
            {/* A line that names no material is answered by the person's 说明 or a photo (unansweredRequest). */}
            <Input.TextArea
              rows={3}
              placeholder="一行一项，例如：入院记录要有医院公章；请说明这次是在哪里、怎么受的伤（没写材料名的，申请人可以写说明回答，不用拍照）"
              value={extra}
              onChange={(e) => setExtra(e.target.value)}
            />
          </Space>
        )}
        {mustConfirmIdentity && (
          <Space direction="vertical" data-testid="identity-confirm">
            <Typography.Text type="warning" strong>先核对实人认证：{props.byProxy ? '代办人' : '申请人'}的身份证照片还在等人工核对。</Typography.Text>
            {/* A 代办 filing's materials hold the 参保人's ID, not the proxy's (a trial: 对照材料里的身份证件 could not be done). */}
            <Checkbox checked={identityChecked} onChange={(e) => setIdentityChecked(e.target.checked)}>
              {props.byProxy
                ? '我已用别的办法核对了是代办人本人在办理（例如对照材料里代办人的身份证件；材料里没有的，先选“要求补正”请代办人补交），现在批准'
                : '我已用别的办法核对了是本人在办理（例如对照材料里的身份证件），现在批准'}
            </Checkbox>
          </Space>
        )}
        {decision !== null && decision !== 'APPROVE' && (
          <Typography.Text style={{ display: 'block', marginTop: 12 }}>
            {decision === 'REJECT' ? '不予通过的原因（必填，本人会看到）：' : '审核意见（可不填，本人会看到，写在要补、要改的内容后面）：'}
          </Typography.Text>
        )}
        {decision !== null && decision !== 'APPROVE' && (
          <Input.TextArea
            aria-label={decision === 'REJECT' ? '不予通过的原因' : '审核意见'}
            style={{ marginTop: 4 }}
            rows={3}
            placeholder={decision === 'REJECT' ? '不予通过的原因，一行一条（必填），例如：离开参保地已超过 3 个月' : '说明（可不填），一行一条'}
            value={reasons}
            onChange={(e) => setReasons(e.target.value)}
          />
        )}
      </div>
      {error && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          title={error.message}
          description={Object.values(error.fields).join('；') || undefined}
          data-testid="decision-error"
        />
      )}
      {decision !== null && (
        <Button type="primary" style={{ marginTop: 16 }} onClick={open} loading={busy} disabled={mustConfirmIdentity && !identityChecked}>
          预览通知并{verb(decision)}
        </Button>
      )}
      <Modal
        open={preview !== null}
        title="发送前预览：本人会收到的通知"
        okText={decision === null ? '确认并发送' : `确认${verb(decision)}并发送`}
        cancelText="返回修改"
        onOk={send}
        confirmLoading={busy}
        onCancel={() => setPreview(null)}
        width={640}
      >
        {preview && (
          <>
            <Typography.Paragraph data-testid="preview-recipients">{recipientsInWords(preview)}。</Typography.Paragraph>
            {/* Sent only to those who allowed it in the mini-program; H5 users read the app's lines below. */}
            {/* One label width for both tables: the second's two-character labels wrapped one character a line (a trial: 状/态). */}
            <Descriptions title={`微信订阅消息 · ${preview.wechat.title}`} extra="在小程序里同意了接收的才会收到" bordered column={1} size="small" styles={PREVIEW_LABELS}>
              {preview.wechat.fields.map((f) => (
                <Descriptions.Item key={f.label} label={f.label}>{f.value}</Descriptions.Item>
              ))}
            </Descriptions>
            <Descriptions title="“我的备案”里显示（小程序和网页版都一样）" bordered column={1} size="small" style={{ marginTop: 16 }} styles={PREVIEW_LABELS}>
              <Descriptions.Item label="状态">{preview.app.statusLabel}</Descriptions.Item>
              <Descriptions.Item label="说明">{preview.app.note}</Descriptions.Item>
            </Descriptions>
          </>
        )}
      </Modal>
    </Card>
  )
}
