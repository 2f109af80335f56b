import { Alert, App, Button, Card, Descriptions, Input, Popconfirm, Space, Spin, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
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
    // The queue lists pending letters; a decided one is found among its status's list.
    Promise.all(['PENDING_REVIEW', 'ACTIVE', 'REJECTED'].map((s) => api<{ authorizations: Authorization[] }>('GET', `/api/review/authorizations?status=${s}`)))
      .then((lists) => {
        const found = lists.flatMap((l) => l.authorizations).find((x) => x.id === id)
        if (found) setA(found)
        else setError('没有找到这份授权委托书，请回到待审核刷新')
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '读取失败'))
  }, [id])
  useEffect(load, [load])

  const decide = (decision: 'APPROVE' | 'REJECT') => {
    const list = reasons.split('\n').map((r) => r.trim()).filter(Boolean)
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
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space>
        <Button onClick={() => go('queue')}>← 返回待审核</Button>
        <Typography.Title level={3} style={{ margin: 0 }}>授权委托书</Typography.Title>
        <Tag>{STATUS[a.status] ?? a.status}</Tag>
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
      <Card title="材料：授权委托书和家人身份证" size="small">
        <Materials materials={materials} />
      </Card>
      {a.status === 'PENDING_REVIEW' && (
        <Card title="审核决定">
          <Typography.Paragraph data-testid="authorization-checklist">
            核对：{a.checklist.map((c) => `${c.check}（${c.basisText}）`).join('；')}。
          </Typography.Paragraph>
          <Input.TextArea rows={3} placeholder="不予通过的原因，一行一条（不予通过时必填），例如：委托书没有委托人签名" value={reasons} onChange={(e) => setReasons(e.target.value)} />
          <Space style={{ marginTop: 12 }}>
            <Popconfirm
              title="确认通过这份授权委托书？"
              description={<ApproveConsequences member={full ? full.member.name : a.member.name} relation={a.member.relationLabel} proxy={full?.proxy ? full.proxy.name : a.proxy.name} />}
              okText="确认通过"
              cancelText="再看看"
              onConfirm={() => decide('APPROVE')}
            >
              <Button type="primary">通过</Button>
            </Popconfirm>
            <Button danger onClick={() => decide('REJECT')}>不予通过</Button>
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
