import { Alert, Button, Card, Col, Descriptions, List, Row, Space, Spin, Tag, Timeline, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { emptyFields, fillsOnly, validityText, type CorrectableField, type FilingStatus } from '@/domain/filings'
import { chinaToday } from '@/domain/time/china-date'
import { REVIEW_DECISIONS, emergencyInWords, proxyIdentitySupplied, timeLeft } from '@/domain/review'
import { RELEASE_REVIEWER } from '@/domain/verification'
import { EMERGENCY_CRITERIA_CITATIONS } from '@/domain/emergency'
import { askedWords, whatWasAsked } from '@/domain/materials/what-was-asked'
import { citationScopeFor } from '@/domain/citation'
import { ApiError, api } from '../api'
import { go, useNow } from '../route'
import { chinaTime, noticesInWords, type CaseDecision, type FilingCase, type RevealedPerson } from '../types'
import { DecisionPanel } from './decision-panel'
import { FilerVerificationCard } from './filer-verification'
import { ProxyAuthorizationCard } from './proxy-authorization'
import { Materials } from './materials'
import { OtherFilings } from './other-filings'
import { PersonDetails } from './person'

/** Where the list of emergencies comes from, as the label names it (a trial read the seed file's number, 000 附件5). */
const CRITERIA_SOURCE = EMERGENCY_CRITERIA_CITATIONS.map((c) => `${c.doc} ${c.article}`).join('；')

/** The decisions in words (the domain's), 批准 said as the 进度 says it. */
const DECIDED: Record<CaseDecision['decision'], string> = { ...REVIEW_DECISIONS, APPROVE: '审核通过' }

/**
 * 审核时限 once a filing no longer waits for a reviewer: what was decided, when, by whom, and whether
 * within the deadline (`endsAt`, an ISO instant) of the round it closed; the deadline of a round
 * starts again when the person sends what was asked for (receivedAtOf, the latest 审核中).
 */
function closedText(status: FilingStatus, statusLabel: string, last: CaseDecision | null, endsAt: string, filedEmpty: readonly CorrectableField[]): string {
  if (!last) return `现在是“${statusLabel}”，不在审核中。`
  // The release on the filer's 实人认证 is decided by the system, not a reviewer (release.ts).
  const by = last.reviewerId === RELEASE_REVIEWER.id ? '系统办结，办理人的实人认证已通过' : `审核员 ${last.reviewerName ?? ''}`.trim()
  // A request of questions only put a question to the person (as the 审核决定 panel says it).
  const asked = last.decision === 'REQUEST_MATERIALS' ? whatWasAsked({ missingItems: last.missingItems, corrections: last.corrections }) : null
  const askedOnly = asked === 'QUESTION'
  // Only fields the filing left empty, still waiting: 填写, as the 审核决定 panel says it.
  const fillOnly = status === 'NEEDS_MATERIALS' && asked === 'CORRECTION' && fillsOnly(last.corrections, filedEmpty)
  const when = `${chinaTime(last.decidedAt)} ${asked ? askedWords(asked, fillOnly).reviewerAsked : DECIDED[last.decision]}（${by}）`
  const onTime = Date.parse(last.decidedAt) <= Date.parse(endsAt) ? '，在时限内' : '，超过了时限'
  if (status === 'NEEDS_MATERIALS') {
    if (askedOnly) return `${when}${onTime}。等申请人回答；回答后回到审核中，重新计时。`
    // Typed fields only: nothing to 补交 (a trial).
    if (fillOnly) return `${when}${onTime}。等申请人填写；填好后回到审核中，重新计时。`
    return asked === 'CORRECTION' ? `${when}${onTime}。等申请人改正；改正后回到审核中，重新计时。` : `${when}${onTime}。等申请人补交；补交后回到审核中，重新计时。`
  }
  return `${when}${onTime}，已办结（${statusLabel}）。`
}

/**
 * A line of the staff 进度 with the proxy named in full once revealed: the server names them
 * `代办人 <masked name>` (server/src/filings/staff-timeline.ts), and that is what is replaced.
 */
export function revealedProxy(line: string, masked: string, full: RevealedPerson | null): string {
  return full?.filerName ? line.replaceAll(`代办人 ${masked}`, `代办人 ${full.filerName}`) : line
}

/** One filing: the person (masked until asked), the emergency in words, deadlines, materials, 依据, timeline, decision. */
export function FilingPage({ id }: { id: string }) {
  const [data, setData] = useState<FilingCase | null>(null)
  const [error, setError] = useState<string | null>(null)
  // 显示完整信息 (audited): the 参保人's and the proxy's details, for every panel of the page.
  const [full, setFull] = useState<RevealedPerson | null>(null)
  const now = useNow()
  const load = useCallback(() => {
    api<FilingCase>('GET', `/api/review/filings/${id}/case`)
      .then(setData)
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '读取失败'))
  }, [id])
  useEffect(load, [load])

  if (error) return <Alert type="error" showIcon title={error} />
  if (!data) return <Spin />
  const f = data.filing
  // The 代办人's own ID, sent when it was asked for: named as such, and the 实人认证 card says so.
  const proxyIds = proxyIdentitySupplied({ type: f.type, decisions: data.decisions, materials: f.materials, newMaterialIds: data.newMaterialIds })
  const e = f.emergency ? emergencyInWords(f.emergency) : null
  const left = timeLeft(Date.parse(data.reviewDeadline.endsAt), now)
  const waiting = f.status === 'UNDER_REVIEW'
  // The proxy as the page names them: masked, or in full once revealed (a trial: the panels kept 张*).
  const filerName = full?.filerName ?? data.filerNameMasked

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space>
        <Button onClick={() => go('queue')}>← 返回待审核</Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {f.typeName} · {f.number}
        </Typography.Title>
        <Tag color={waiting ? 'processing' : 'default'} data-testid="status">{f.statusLabel}</Tag>
      </Space>
      <Row gutter={24}>
        <Col span={15}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <PersonDetails
              filingId={f.id}
              masked={{
                name: f.subject.name,
                idNumber: f.subject.idNumberMasked,
                phone1: f.contacts.phone1,
                phone2: f.contacts.phone2,
                relation: f.subject.relationLabel,
                filer: data.filerNameMasked,
                filedBySelf: f.filedBySelf,
              }}
              full={full}
              onReveal={setFull}
            />
            <Descriptions title="备案内容" bordered size="small" column={2}>
              <Descriptions.Item label="参保地">{data.insuredRegionName}</Descriptions.Item>
              <Descriptions.Item label="险种">
                <span data-testid="insurance-type">{data.insuranceTypeName ?? '未记录'}</span>
              </Descriptions.Item>
              <Descriptions.Item label="备案地（就医地）">{f.destination.name}</Descriptions.Item>
              <Descriptions.Item label="开始日期">{f.startDate}</Descriptions.Item>
              {/* Before approval, as the person reads it: from the approval day (an approval writes it again). */}
              <Descriptions.Item label="有效期">
                <span data-testid="validity">{validityText(f, chinaToday(now))}</span>
              </Descriptions.Item>
              {f.commitment ? (
                <Descriptions.Item label="个人承诺书" span={2}>
                  {f.commitment.signedBy
                    ? `${f.commitment.signedBy.line}（代签人身份证 ${f.commitment.signedBy.idNumberMasked}；参保人 ${f.subject.name}）`
                    : `${f.commitment.signedName} 本人签名`}
                  ，{chinaTime(f.commitment.signedAt)}
                </Descriptions.Item>
              ) : null}
              <Descriptions.Item label="提交时间">{chinaTime(f.createdAt)}</Descriptions.Item>
              <Descriptions.Item label="外地住址（就医地联系地址）" span={2}>{f.contacts.addressAtDestination || '—'}</Descriptions.Item>
            </Descriptions>
            {f.emergency && e && (
              <Descriptions title="急诊情况" bordered size="small" column={2} data-testid="emergency">
                <Descriptions.Item label="入院日期">{f.emergency.admittedOn}</Descriptions.Item>
                <Descriptions.Item label="外出原因">{e.awayReason}</Descriptions.Item>
                <Descriptions.Item label="医院">{f.emergency.hospitalName}</Descriptions.Item>
                <Descriptions.Item label="诊断">{f.emergency.diagnosis}</Descriptions.Item>
                <Descriptions.Item
                  label={`属于哪种急诊（${CRITERIA_SOURCE}${citationScopeFor(EMERGENCY_CRITERIA_CITATIONS, f.insuredRegion) === 'DEFAULT' ? '；参保地的标准本系统未收录，按这份参考' : ''}）`}
                  span={2}
                >
                  {e.criteria.join('；')}
                </Descriptions.Item>
                <Descriptions.Item label="离开参保地">{f.emergency.leftOn ?? '未填'}</Descriptions.Item>
                <Descriptions.Item label="出院">{f.emergency.dischargedOn ?? '还在住院'}</Descriptions.Item>
                <Descriptions.Item label="参保地的急诊备案时限">{e.mode}，{e.deadline}</Descriptions.Item>
                <Descriptions.Item label="是否在时限内提交">
                  {data.window && <Tag color={data.window.within ? 'green' : 'red'}>{data.window.text}</Tag>}
                </Descriptions.Item>
              </Descriptions>
            )}
            {data.corrections.length > 0 && (
              <Descriptions
                // Fields the filing left empty were filled in, not corrected (a trial).
                title={data.corrections.every((c) => !c.from) ? '申请人按要求填写的内容' : data.corrections.some((c) => !c.from) ? '申请人按要求改正、填写的内容' : '申请人按要求改正的内容'}
                bordered
                size="small"
                column={1}
                data-testid="corrections"
              >
                {data.corrections.map((c, i) => (
                  <Descriptions.Item key={`${c.field}-${i}`} label={`${c.label}（${chinaTime(c.at)}）`}>
                    {c.unchanged ? (
                      <span>未改动：{c.to ?? '（空）'}</span>
                    ) : (
                      <span>
                        <Typography.Text delete type="secondary">{c.from ?? '（空）'}</Typography.Text>
                        {' → '}
                        <Typography.Text strong>{c.to ?? '（空）'}</Typography.Text>
                      </span>
                    )}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            )}
            <OtherFilings filings={data.otherFilings} />
            {data.questions.length > 0 ? (
              <Card title={`审核员的问题和${f.filedBySelf ? '申请人' : '代办人'}的回答`} size="small" data-testid="questions">
                <List
                  size="small"
                  dataSource={data.questions}
                  renderItem={(q, i) => (
                    <List.Item key={`${i}-${q.askedAt}`} data-testid="question">
                      <div>
                        <div>
                          <b>问：</b>
                          {q.question}
                          <Typography.Text type="secondary">（{chinaTime(q.askedAt)}）</Typography.Text>
                        </div>
                        <div>
                          <b>答：</b>
                          {q.answer !== null ? (
                            <>
                              {q.answer}
                              {q.answeredAt ? <Typography.Text type="secondary">（{chinaTime(q.answeredAt)}）</Typography.Text> : null}
                            </>
                          ) : (
                            <Typography.Text type="secondary">{q.answeredAt ? '交回时没有写回答' : '还没有回答'}</Typography.Text>
                          )}
                        </div>
                      </div>
                    </List.Item>
                  )}
                />
              </Card>
            ) : null}
            <Card title="材料" size="small" extra={data.newMaterialIds.length > 0 ? '“新补交”：上次要求补充材料之后交来的' : undefined}>
              <Materials
                materials={f.materials}
                fresh={data.newMaterialIds}
                proxyIdentity={proxyIds}
                proxyIdNumber={f.filedBySelf ? undefined : full ? (full.filerIdNumber ?? '代办人还没有填实名信息') : null}
              />
            </Card>
          </Space>
        </Col>
        <Col span={9}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Card title="审核时限" size="small">
              {waiting ? (
                <Typography.Paragraph>
                  {chinaTime(data.receivedAt)} 收到，应在 <b>{data.reviewDeadline.deadline} 24:00</b> 前办结（{data.reviewDeadline.workingDays} 个工作日）
                  {data.reviewDeadline.provisional ? '（该年放假安排未公布，暂按周末计算）' : ''}。
                </Typography.Paragraph>
              ) : (
                // Not waiting for a reviewer: what became of it, not a deadline that no longer runs.
                <Typography.Paragraph data-testid="review-closed">{closedText(f.status, f.statusLabel, data.decisions.at(-1) ?? null, data.reviewDeadline.endsAt, emptyFields(f.contacts))}</Typography.Paragraph>
              )}
              {/* After a decision, whom it reached (the 补充材料 request's box says it while that waits). */}
              {!waiting && f.status !== 'NEEDS_MATERIALS' && data.decisions.length > 0 ? (
                <Typography.Paragraph data-testid="closed-notices">
                  {noticesInWords(data.notices).map((line) => (
                    <div key={line}>{line}</div>
                  ))}
                </Typography.Paragraph>
              ) : null}
              {waiting && <Tag color={left.overdue ? 'red' : 'green'} data-testid="time-left">{left.text}</Tag>}
            </Card>
            {data.proxyAuthorization ? <ProxyAuthorizationCard a={data.proxyAuthorization} proxy={filerName} /> : null}
            {waiting || f.status === 'NEEDS_MATERIALS' ? <FilerVerificationCard v={data.filerVerification} filingId={f.id} proxyIdentitySent={proxyIds.length > 0} name={full?.filerName ?? undefined} /> : null}
            <DecisionPanel
              filingId={f.id}
              type={f.type}
              byProxy={!f.filedBySelf}
              status={f.status}
              lastDecision={data.decisions.at(-1) ?? null}
              notices={data.notices}
              answerBy={f.emergency?.deadline ?? null}
              verificationPending={data.filerVerification.status === 'PENDING'}
              filedEmpty={emptyFields(f.contacts)}
              onDecided={load}
            />
            <Card title="进度" size="small" data-testid="timeline">
              {/* In staff terms (who did what); the person's own wording is on their phone. */}
              <Timeline
                items={data.timeline.map((t) => ({
                  color: t.action.startsWith('审核') ? 'blue' : 'gray',
                  children: (
                    <>
                      <div>
                        {chinaTime(t.at)} {revealedProxy(t.action, data.filerNameMasked, full)}
                      </div>
                      {t.detail && <Typography.Text type="secondary">{revealedProxy(t.detail, data.filerNameMasked, full)}</Typography.Text>}
                    </>
                  ),
                }))}
              />
            </Card>
            <Card title="适用的规定（依据）" size="small" data-testid="basis">
              {/* National rules and this 参保地's own only: a 武汉 case never cites a 江苏 or 阳江 document. */}
              <Typography.Paragraph type="secondary">
                按参保地 {data.insuredRegionName} 的规定
                {data.basis.regional ? `（${data.basis.profileName}）` : '：本地规定未收录，按国家规定和本系统的统一做法'}。
              </Typography.Paragraph>
              <List
                size="small"
                dataSource={data.basis.lines}
                renderItem={(l) => (
                  <List.Item>
                    <Space direction="vertical" size={2}>
                      <span>
                        <b>{l.topic}</b>
                        {l.scope === 'DEFAULT' ? <Tag style={{ marginLeft: 8 }}>本地规定未收录</Tag> : null}
                      </span>
                      <Typography.Text type="secondary">{l.text}</Typography.Text>
                      <span>{l.citations.map((c) => `${c.doc} ${c.article}`).join('；')}</span>
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  )
}
