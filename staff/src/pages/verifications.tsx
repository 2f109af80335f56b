import { Alert, App, Button, Card, Descriptions, Form, Input, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { maskIdNumber, maskName } from '@/domain/privacy/mask'
import { timeLeft } from '@/domain/review'
import { STAFF_VERIFICATION_STATES, type VerificationReviewView } from '@/domain/verification'
import { ApiError, api } from '../api'
import { go, useNow } from '../route'
import { chinaTime } from '../types'
import { Materials } from './materials'

/**
 * 实人认证: the people who uploaded their ID photos (H5, or a failed face check) wait here for
 * 人工核对 (GET/POST /api/review/verifications). Until decided, their filings do not take effect
 * and a family invitation cannot be accepted.
 */

const STATUS: Record<VerificationReviewView['status'], string> = STAFF_VERIFICATION_STATES

/** The photos are the person's own uploads: staff read them through /api/uploads/:id (each view logged). */
const UPLOAD_PATH = (id: string) => `/api/uploads/${id}`

/**
 * The emergency stay a family member's invitation waits with on this check (VerificationReviewView.stay), as
 * the list and the request say it: 急诊补办 2026-12-11 24:00 截止，家人同意要等这次核对 (a trial: the list
 * gave only the generic 核对期限 while a mother's check held up her 补办).
 */
function stayWords(stay: NonNullable<VerificationReviewView['stay']>): string {
  return `急诊补办${stay.deadline ? ` ${stay.deadline} 24:00` : '出院结算前'}截止（${stay.admittedOn.slice(5)} 入院），同意代办要等这次核对`
}

/**
 * The requests an emergency stay waits on first, the soonest 补办 deadline first (one due 出院结算前
 * after those with a day), then the rest as they came (a trial: the urgent one stood second).
 */
function urgentFirst(items: readonly VerificationReviewView[]): VerificationReviewView[] {
  const key = (v: VerificationReviewView) => (v.stay ? `0${v.stay.deadline ?? '9999-12-31'}` : '1')
  // Array.prototype.sort is stable: within a key, the server's order (oldest first) stays.
  return [...items].sort((a, b) => key(a).localeCompare(key(b)))
}

/** Pending requests: those an emergency stay waits on first, then oldest first. */
export function VerificationsPage() {
  const [items, setItems] = useState<VerificationReviewView[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const now = useNow()
  useEffect(() => {
    api<{ verifications: VerificationReviewView[] }>('GET', '/api/review/verifications')
      .then((r) => setItems(urgentFirst(r.verifications)))
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '读取失败'))
  }, [])
  return (
    <>
      <Typography.Title level={3}>实人认证 · 待人工核对（{items?.length ?? 0} 件）</Typography.Title>
      <Typography.Paragraph type="secondary">
        没法刷脸（H5）或刷脸没通过的人，上传了身份证正反面和手持身份证的照片。核对前，他们的备案不生效，也不能接受家人的代办邀请。急诊补办在等的排在最前，其余先到的在前。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<VerificationReviewView>
        rowKey="id"
        loading={items === null && !error}
        dataSource={items ?? []}
        pagination={false}
        // antd draws the empty text in its disabled grey (1.8:1): the secondary grey reads at 4.5:1.
        locale={{ emptyText: <Typography.Text type="secondary">没有待核对的实人认证</Typography.Text> }}
        onRow={(r) => ({ onClick: () => go(`verification/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: '姓名', dataIndex: 'name', render: (n: string, r) => (r.idNumber ? maskName(n) : n) },
          { title: '身份证号', dataIndex: 'idNumber', render: (n: string) => (n ? maskIdNumber(n) : '—') },
          { title: '提交时间', dataIndex: 'createdAt', render: chinaTime },
          {
            // The wait the person is told (一般 1 个工作日), counted in working days as a filing's is.
            title: '核对期限',
            key: 'deadline',
            render: (_: unknown, r) =>
              r.deadline ? (
                <>
                  <div>{`${r.deadline.deadline} 24:00${r.deadline.provisional ? '（暂按周末计算）' : ''}`}</div>
                  {(() => {
                    const left = timeLeft(Date.parse(r.deadline.endsAt), now)
                    return left.overdue ? <Tag color="red">{left.text}</Tag> : <Tag color={left.minutes < 240 ? 'orange' : 'green'}>{left.text}</Tag>
                  })()}
                  {r.stay ? (
                    <div>
                      <Tag color="red" data-testid="verification-stay">
                        {stayWords(r.stay)}
                      </Tag>
                    </div>
                  ) : null}
                </>
              ) : (
                '—'
              ),
          },
          // Named headers (a trial: two empty ones; a screen reader reads a column by its header).
          { title: '提醒', key: 'conflict', render: (_: unknown, r) => (r.conflict ? <Tag color="orange">此身份证号已由另一账号认证</Tag> : '—') },
          {
            title: '操作',
            key: 'open',
            render: (_: unknown, r) => (
              <Button type="link" onClick={() => go(`verification/${r.id}`)}>
                打开
              </Button>
            ),
          },
        ]}
      />
    </>
  )
}

/** One request: the three photos large (zoom, rotate in the preview), the 实名信息 typed, then 通过 or 不通过 with a reason. */
export function VerificationPage({ id, fromFiling }: { id: string; fromFiling?: string }) {
  // Opened from a filing's page: decided, or left, it goes back there (a trial: approving it from
  // the filing landed on the list, and the reviewer had to find the filing again).
  const back = fromFiling ? `filing/${fromFiling}` : 'verifications'
  const { message } = App.useApp()
  const [v, setV] = useState<VerificationReviewView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [form] = Form.useForm<{ reason: string }>()
  const load = useCallback(() => {
    api<VerificationReviewView>('GET', `/api/review/verifications/${id}`)
      .then(setV)
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '读取失败'))
  }, [id])
  useEffect(load, [load])

  const decide = (decision: 'APPROVE' | 'REJECT', reason?: string) => {
    setSending(true)
    setError(null)
    api<VerificationReviewView>('POST', `/api/review/verifications/${id}/decision`, { decision, ...(reason ? { reason } : {}) })
      .then((decided) => {
        // The filings named in the confirmation were approved with it (server: verification/release.ts).
        const released = v && v.releases.length > 0 ? `，${v.releases.length} 份备案已随之办结` : ''
        void message.success(decision === 'APPROVE' ? `已通过：${decided.name} 现在是已认证${released}` : '已退回，申请人会看到原因')
        go(back)
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '出错了'))
      .finally(() => setSending(false))
  }

  if (!v) return error ? <Alert type="error" showIcon title={error} /> : <Spin />
  const photos = [
    { id: v.photos.idFrontUploadId, kind: 'JPEG' as const, purpose: 'ID_CARD_FRONT' as const },
    { id: v.photos.idBackUploadId, kind: 'JPEG' as const, purpose: 'ID_CARD_BACK' as const },
    { id: v.photos.holdingUploadId, kind: 'JPEG' as const, purpose: 'ID_CARD_HOLDING' as const },
  ]
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space>
        <Button onClick={() => go(back)}>{fromFiling ? '← 返回备案' : '← 返回实人认证'}</Button>
        <Typography.Title level={3} style={{ margin: 0 }}>实人认证 · 人工核对</Typography.Title>
        <Tag>{STATUS[v.status]}</Tag>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      {v.stay && (
        <Alert type="error" showIcon data-testid="verification-stay-alert" title={`请尽快核对：${stayWords(v.stay)}。家人替此人办急诊备案，此人同意以前提交不了。`} />
      )}
      {v.conflict && (
        <Alert
          type="warning"
          showIcon
          title={`这个身份证号已由另一个账号于 ${chinaTime(v.conflict.verifiedAt)} 认证。通过后由本申请人取代它，那个账号不能再用这个身份证号备案。`}
        />
      )}
      <Descriptions bordered size="small" column={2} title="申请人填写的实名信息（与照片核对）">
        <Descriptions.Item label="姓名">
          <span data-testid="verify-name">{v.name}</span>
        </Descriptions.Item>
        <Descriptions.Item label="身份证号">
          <span data-testid="verify-id-number">{v.idNumber || '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label="提交时间">{chinaTime(v.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="核对">{v.decidedAt ? `${STATUS[v.status]}，${chinaTime(v.decidedAt)}` : '—'}</Descriptions.Item>
        {v.reason && <Descriptions.Item label="不通过的原因" span={2}>{v.reason}</Descriptions.Item>}
      </Descriptions>
      <Card title="照片：点一下放大，预览里可以旋转、缩放" size="small">
        <Materials materials={photos} path={UPLOAD_PATH} width={380} />
      </Card>
      {v.status === 'PENDING' && (
        <Card title="核对决定">
          <Typography.Paragraph>
            核对：三张照片清楚；人像面的姓名、号码与上面填写的一致；国徽面在有效期内；手持照片里的人与身份证照片是同一人。
          </Typography.Paragraph>
          <Form form={form} layout="vertical" onFinish={(values) => decide('REJECT', values.reason.trim())} requiredMark={false}>
            <Form.Item
              name="reason"
              label="不通过的原因和下一步（不通过时必填，申请人会看到）"
              rules={[{ required: true, whitespace: true, message: '请写明原因，告诉申请人下一步怎么做' }, { max: 200, message: '最多 200 字' }]}
            >
              <Input.TextArea rows={3} maxLength={200} showCount placeholder="例如：手持照片里看不清身份证上的字，请在光线好的地方重新拍一张再提交" />
            </Form.Item>
            <Space>
              <Popconfirm
                title={`确认 ${v.name} 通过实人认证？`}
                description={<ApproveConsequences v={v} />}
                okText="确认通过"
                cancelText="再看看"
                onConfirm={() => decide('APPROVE')}
              >
                <Button type="primary" loading={sending}>
                  通过
                </Button>
              </Popconfirm>
              <Button danger htmlType="submit" loading={sending}>
                不通过
              </Button>
            </Space>
          </Form>
        </Card>
      )}
    </Space>
  )
}

/**
 * What 通过 does, said before it is done (the confirmation of 通过): the person becomes 已认证, so
 * the 备案 they file themselves take effect at once (initialFilingStatus) and they can accept a
 * family invitation; with a conflict, the other account loses the ID number.
 */
function ApproveConsequences({ v }: { v: VerificationReviewView }) {
  return (
    <div style={{ maxWidth: 360 }} data-testid="approve-consequences">
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        通过后，{v.name} 就是“已认证”：以后自己办的备案，提交后马上生效；也可以接受家人的代办邀请。
      </Typography.Paragraph>
      {v.releases.length > 0 && (
        <Typography.Paragraph strong style={{ marginBottom: 4 }} data-testid="approve-releases">
          {v.name} 已提交、只等实人认证的 {v.releases.length} 份备案（{v.releases.join('、')}）会随之办结（备案成功）。
        </Typography.Paragraph>
      )}
      {v.conflict && (
        <Typography.Paragraph type="danger" style={{ marginBottom: 4 }}>
          这个身份证号已由另一个账号于 {chinaTime(v.conflict.verifiedAt)} 认证。通过后改由 {v.name} 使用，那个账号不能再用这个身份证号备案。
        </Typography.Paragraph>
      )}
      <Typography.Paragraph style={{ marginBottom: 0 }}>请确认照片已核对无误。</Typography.Paragraph>
    </div>
  )
}
