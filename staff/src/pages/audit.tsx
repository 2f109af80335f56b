import { Alert, Button, DatePicker, Form, Input, Select, Table, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useEffect, useState } from 'react'
import { ApiError, api, blobUrl } from '../api'
import { chinaTime, type AuditEntry } from '../types'

const ACTIONS: Record<string, string> = {
  LOGIN_SUCCEEDED: '登录成功', LOGIN_FAILED: '登录失败', LOGIN_LOCKED: '登录被锁定', LOGOUT: '退出登录',
  VIEW_PERSON: '查看完整个人信息', VIEW_MATERIAL: '查看材料', DECIDE_FILING: '审核备案', DECIDE_AUTHORIZATION: '审核授权委托书', DECIDE_VERIFICATION: '核对实人认证',
  ACCOUNT_CREATED: '新建账号', ACCOUNT_DISABLED: '停用账号', ACCOUNT_ENABLED: '启用账号', ACCOUNT_PASSWORD_RESET: '重置密码', PASSWORD_CHANGED: '修改自己的密码', AUDIT_EXPORTED: '导出审计日志',
}

interface Filter {
  action?: string
  actor?: string
  range?: [Dayjs, Dayjs]
}

function params(f: Filter): URLSearchParams {
  const p = new URLSearchParams()
  if (f.action) p.set('action', f.action)
  if (f.actor?.trim()) p.set('actor', f.actor.trim())
  if (f.range) {
    p.set('from', f.range[0].format('YYYY-MM-DD'))
    p.set('to', f.range[1].format('YYYY-MM-DD'))
  }
  return p
}

/** 审计日志 (admins): who did what to whose data, when, from where; CSV export (itself logged). */
export function AuditPage() {
  const [rows, setRows] = useState<AuditEntry[] | null>(null)
  const [filter, setFilter] = useState<Filter>({})
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    api<{ entries: AuditEntry[] }>('GET', `/api/staff/audit?${params(filter).toString()}`)
      .then((r) => setRows(r.entries))
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '读取失败'))
  }, [filter])
  const exportCsv = () => {
    blobUrl(`/api/staff/audit/export?${params(filter).toString()}`)
      .then(({ url }) => {
        const a = document.createElement('a')
        a.href = url
        a.download = 'audit.csv'
        a.click()
        setTimeout(() => URL.revokeObjectURL(url), 10_000)
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '导出失败'))
  }
  return (
    <>
      <Typography.Title level={3}>审计日志</Typography.Title>
      <Typography.Paragraph type="secondary">只增不改：应用里没有修改或删除日志的功能，数据库触发器也拒绝修改和删除。最新的在前。</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} />}
      <Form layout="inline" onFinish={(f: Filter) => setFilter(f)} style={{ marginBottom: 16 }}>
        <Form.Item name="action"><Select allowClear aria-label="操作" placeholder="操作" style={{ width: 180 }} options={Object.entries(ACTIONS).map(([value, label]) => ({ value, label }))} /></Form.Item>
        <Form.Item name="actor"><Input allowClear aria-label="操作人用户名" placeholder="操作人用户名" /></Form.Item>
        <Form.Item name="range"><DatePicker.RangePicker aria-label="时间范围" /></Form.Item>
        <Button type="primary" htmlType="submit">筛选</Button>
        <Button style={{ marginLeft: 8 }} onClick={exportCsv}>导出 CSV</Button>
      </Form>
      <Table<AuditEntry>
        rowKey="seq"
        size="small"
        pagination={{ pageSize: 50, showTotal: (total) => `共 ${total} 条` }}
        loading={rows === null && !error}
        dataSource={rows ?? []}
        columns={[
          { title: '序号', dataIndex: 'seq', width: 70 },
          { title: '时间', dataIndex: 'at', render: chinaTime, width: 150 },
          { title: '操作人', key: 'actor', render: (_: unknown, r) => `${r.actor.name}${r.actor.role ? `（${r.actor.role === 'ADMIN' ? '管理员' : '审核员'}）` : ''}` },
          { title: '操作', dataIndex: 'actionLabel' },
          { title: '对象', key: 'subject', render: (_: unknown, r) => r.subject?.label ?? r.subject?.id ?? '—' },
          { title: '详情', key: 'detail', render: (_: unknown, r) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{JSON.stringify(r.detail)}</Typography.Text> },
          { title: 'IP', dataIndex: 'ip', width: 120 },
        ]}
      />
    </>
  )
}
