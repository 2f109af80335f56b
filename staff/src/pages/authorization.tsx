import { Alert, App, Button, Card, Col, Descriptions, Input, Popconfirm, Row, Space, Spin, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import type { EarlierRefusal } from '@/domain/family'
import { INSURANCE_TYPES } from '@/domain/validation/profile'
import { resolveInsuredRegion } from '@/domain/regions'
import { ApiError, api } from '../api'
import { go } from '../route'
import { chinaTime, type Authorization } from '../types'
import { Materials } from './materials'
import { RevealButton } from './person'

interface Revealed {
  member: { name: string; idNumber: string; phone: string }
  proxy: { name: string; idNumber: string; phone: string } | null
}

const STATUS: Record<string, string> = { PENDING_REVIEW: '待审核', ACTIVE: '已通过（授权生效）', REJECTED: '未通过', REVOKED: '已撤销' }

/**
 * A signed 授权委托书 (001 申请材料; 004 备注2): the letter and the member's ID side by side, then approve or reject with reasons.
 * The checks cite only national rules and the member's 参保地's own documents (the server's `checklist`).
 */
export function AuthorizationPage({ id }: { id: string }) {
  const { message } = App.useApp()
  const [a, setA] = useState<Authorization | null>(null)
  const [full, setFull] = useState<Revealed | null>(null)
  const [reasons, setReasons] = useState('')
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    // The queue lists pending letters; a decided one is found among its status's list (REVOKED: approved, then withdrawn).
    Promise.all(['PENDING_REVIEW', 'ACTIVE', 'REJECTED', 'REVOKED'].map((s) => api<{ authorizations: Authorization[] }>('GET', `/api/review/authorizations?status=${s}`)))
      .then((lists) => {
        const found = lists.flatMap((l) => l.authorizations).find((x) => x.id === id)
        if (found) setA(found)
        else setError('没有找到这份授权委托书，请回到待审核刷新')
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '读取失败'))
  }, [id])
  useEffect(load, [load])

  const reasonList = reasons.split('\n').map((r) => r.trim()).filter(Boolean)
  const decide = (decision: 'APPROVE' | 'REJECT') => {
    const list = reasonList
    api('POST', `/api/review/authorizations/${id}/decision`, { decision, ...(list.length > 0 ? { reasons: list } : {}) })
      .then(() => {
        void message.success(decision === 'APPROVE' ? '已通过，授权生效' : '已退回，家人会看到原因')
        load()
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? `${e.message}${Object.values(e.fields).length ? '：' + Object.values(e.fields).join('；') : ''}` : '出错了'))
  }

  if (!a) return error ? <Alert type="error" showIcon title={error} /> : <Spin />
  const materials = [
    ...(a.letterUploadId ? [{ id: a.letterUploadId, kind: 'JPEG' as const, purpose: 'AUTHORIZATION_LETTER' as const }] : []),
    ...(a.idPhotoUploadId ? [{ id: a.idPhotoUploadId, kind: 'JPEG' as const, purpose: 'ID_DOCUMENT' as const }] : []),
  ]
  const memberName = full ? full.member.name : a.member.name
  const proxyName = full?.proxy ? full.proxy.name : a.proxy.name
  const refusals = a.earlierRefusals
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space>
        <Button onClick={() => go('queue')}>← 返回待审核</Button>
        <Typography.Title level={3} style={{ margin: 0 }}>授权委托书</Typography.Title>
        <Tag>{STATUS[a.status] ?? a.status}</Tag>
        {refusals.length > 0 && (
          <Tag color="orange" data-testid="resubmitted">
            第 {refusals.length + 1} 次提交（之前退回 {refusals.length} 次）
          </Tag>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <Descriptions
        bordered
        size="small"
        column={2}
        extra={full ? <Typography.Text type="warning">已显示完整信息（已记录）</Typography.Text> : <RevealButton<Revealed> path={`/api/review/authorizations/${id}/reveal`} onReveal={setFull} />}
      >
        <Descriptions.Item label="委托人（参保的家人）">{full ? full.member.name : a.member.name}</Descriptions.Item>
        <Descriptions.Item label="身份证号">{full ? full.member.idNumber : a.member.idNumberMasked}</Descriptions.Item>
        <Descriptions.Item label="与代办人的关系">代办人的{a.member.relationLabel}</Descriptions.Item>
        <Descriptions.Item label="参保地">{resolveInsuredRegion(a.member.insuredRegion)?.name ?? a.member.insuredRegion}（{INSURANCE_TYPES[a.member.insuranceType] ?? a.member.insuranceType}）</Descriptions.Item>
        <Descriptions.Item label="代办人">{full?.proxy ? full.proxy.name : a.proxy.name}</Descriptions.Item>
        <Descriptions.Item label="代办人身份证号">{full?.proxy ? full.proxy.idNumber : a.proxy.idNumberMasked}</Descriptions.Item>
        <Descriptions.Item label="提交时间">{chinaTime(a.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="审核">{a.decidedAt ? `${a.decidedByName ?? '审核人员'} 于 ${chinaTime(a.decidedAt)}` : '—'}</Descriptions.Item>
      </Descriptions>
      {refusals.length > 0 ? (
        // Beside the new letter, what was wrong with the earlier ones (a trial: a resubmitted letter showed none of it).
        <Row gutter={24}>
          <Col span={14}>
            <Card title="材料：这次交的授权委托书和家人身份证" size="small">
              <Materials materials={materials} />
            </Card>
          </Col>
          <Col span={10}>
            <EarlierRefusals refusals={refusals} member={memberName} />
          </Col>
        </Row>
      ) : (
        <Card title="材料：授权委托书和家人身份证" size="small">
          <Materials materials={materials} />
        </Card>
      )}
      {a.status === 'PENDING_REVIEW' && (
        <Card title="审核决定">
          <Typography.Paragraph data-testid="authorization-checklist">
            核对：{a.checklist.map((c) => `${c.check}（${c.basisText}）`).join('；')}。
          </Typography.Paragraph>
          <Input.TextArea rows={3} placeholder="不予通过的原因，一行一条（不予通过时必填），例如：委托书没有委托人签名" value={reasons} onChange={(e) => { setReasons(e.target.value); setError(null) }} />
          <Space style={{ marginTop: 12 }}>
            <Popconfirm
              title="确认通过这份授权委托书？"
              description={<ApproveConsequences member={memberName} relation={a.member.relationLabel} proxy={proxyName} />}
              okText="确认通过"
              cancelText="再看看"
              onConfirm={() => decide('APPROVE')}
            >
              <Button type="primary">通过</Button>
            </Popconfirm>
            {/* Refusing asks first too (a trial: one click refused a letter); with no reason written there is nothing to confirm yet. */}
            <Popconfirm
              title="确认不予通过这份授权委托书？"
              description={<RejectConsequences member={memberName} relation={a.member.relationLabel} proxy={proxyName} reasons={reasonList} />}
              okText="确认不予通过"
              okButtonProps={{ danger: true }}
              cancelText="再看看"
              disabled={reasonList.length === 0}
              onConfirm={() => decide('REJECT')}
            >
              <Button
                danger
                onClick={() => {
                  if (reasonList.length === 0) setError('不予通过前，请先在上面写明原因（一行一条）：代办人会按原因请家人重新准备授权委托书')
                }}
              >
                不予通过
              </Button>
            </Popconfirm>
          </Space>
        </Card>
      )}
    </Space>
  )
}

/**
 * What 通过 does, said before it is done (as 实人认证's 通过 asks first): the authorisation takes
 * effect at once, and the proxy may then file for the member without the member acting again.
 */
function ApproveConsequences({ member, relation, proxy }: { member: string; relation: string; proxy: string }) {
  return (
    <div style={{ maxWidth: 360 }} data-testid="authorization-approve-consequences">
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        通过后授权马上生效：代办人 {proxy} 就可以替 {member}（代办人的{relation}）办理异地就医备案，不用 {member} 本人再确认。
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 0 }}>请确认委托书有 {member} 的亲笔签名、身份证与委托人一致。</Typography.Paragraph>
    </div>
  )
}

/**
 * What 不予通过 does, said before it is done: the letter does not count, the proxy cannot file for
 * the member, reads the reasons in the app, and must bring a new letter signed by the member.
 */
function RejectConsequences({ member, relation, proxy, reasons }: { member: string; relation: string; proxy: string; reasons: readonly string[] }) {
  return (
    <div style={{ maxWidth: 380 }} data-testid="authorization-reject-consequences">
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        不予通过后这份委托书不算数：代办人 {proxy} 不能替 {member}（代办人的{relation}）办理异地就医备案。
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {proxy} 会在小程序里看到下面的原因，要请 {member} 重新签一份授权委托书，重新上传后再审核。
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        原因：{reasons.join('；')}
      </Typography.Paragraph>
    </div>
  )
}

/** The letters refused before this one (the view's earlierRefusals), oldest first: when, by whom, why, and the letter itself. */
function EarlierRefusals({ refusals, member }: { refusals: readonly EarlierRefusal[]; member: string }) {
  return (
    <Card
      title={`之前退回过 ${refusals.length} 份（同一代办人为 ${member} 交的）`}
      size="small"
      data-testid="earlier-refusals"
      styles={{ header: { background: '#fff7e6' } }}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {refusals.map((r, i) => (
          <div key={r.id} data-testid="earlier-refusal">
            <Typography.Text strong>
              第 {i + 1} 份：{chinaTime(r.createdAt)} 提交，
              {r.decidedAt ? `${chinaTime(r.decidedAt)} ` : ''}
              {r.decidedByName ? `审核员 ${r.decidedByName} ` : ''}退回
            </Typography.Text>
            <ul style={{ margin: '4px 0 8px', paddingLeft: 20 }}>
              {r.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            {r.letterUploadId && <Materials materials={[{ id: r.letterUploadId, kind: 'JPEG', purpose: 'AUTHORIZATION_LETTER' }]} width={160} />}
          </div>
        ))}
        <Typography.Text type="secondary">请对照上次退回的原因，看这次交的委托书改好了没有。</Typography.Text>
      </Space>
    </Card>
  )
}
