import { Alert, Card, Col, Row, Select, Statistic, Table, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { FILING_TYPE_INFO, FILING_TYPE_LIST, type FilingType } from '@/domain/filing-types'
import { ApiError, api } from '../api'

interface Dashboard {
  from: string
  to: string
  days: Array<{ date: string; total: number; byType: Record<FilingType, number> }>
  reviews: { count: number; medianMinutes: number | null; p90Minutes: number | null; onTime: number }
  queue: { waiting: number; overdue: number }
}

/** '1 小时 25 分' from minutes. */
function duration(minutes: number | null): string {
  if (minutes === null) return '—'
  const h = Math.floor(minutes / 60)
  return h > 0 ? `${h} 小时 ${minutes % 60} 分` : `${minutes} 分`
}

/** 概况: filings per day and type, review time (median, 90th percentile), what is overdue now. */
export function DashboardPage() {
  const [days, setDays] = useState(14)
  const [data, setData] = useState<Dashboard | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    api<Dashboard>('GET', `/api/review/dashboard?days=${days}`)
      .then(setData)
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '读取失败'))
  }, [days])
  if (error) return <Alert type="error" showIcon title={error} />
  const max = Math.max(1, ...(data?.days.map((d) => d.total) ?? [1]))
  return (
    <>
      <Typography.Title level={3}>
        概况{' '}
        <Select aria-label="统计最近几天" value={days} onChange={setDays} options={[7, 14, 30, 90].map((d) => ({ value: d, label: `最近 ${d} 天` }))} style={{ width: 130 }} />
      </Typography.Title>
      <Row gutter={16} style={{ marginBottom: 24 }}>
        <Col span={6}><Card><Statistic title="待审核" value={data?.queue.waiting ?? '—'} suffix="件" /></Card></Col>
        <Col span={6}><Card><Statistic title="已超时" value={data?.queue.overdue ?? '—'} suffix="件" styles={{ content: { color: data && data.queue.overdue > 0 ? '#cf1322' : undefined } }} /></Card></Col>
        <Col span={6}><Card><Statistic title="审核用时 中位数" value={duration(data?.reviews.medianMinutes ?? null)} /></Card></Col>
        <Col span={6}><Card><Statistic title="审核用时 90% 在此之内" value={duration(data?.reviews.p90Minutes ?? null)} /></Card></Col>
      </Row>
      <Typography.Paragraph type="secondary">
        {data ? `${data.from} 至 ${data.to}：共审核 ${data.reviews.count} 次，其中 ${data.reviews.onTime} 次在 1 个工作日内办结。审核用时从备案进入审核算到作出决定。` : ''}
      </Typography.Paragraph>
      <Table
        rowKey="date"
        size="small"
        loading={!data}
        pagination={false}
        dataSource={data ? [...data.days].reverse() : []}
        columns={[
          { title: '日期', dataIndex: 'date' },
          ...FILING_TYPE_LIST.map((t) => ({ title: FILING_TYPE_INFO[t].officialName, key: t, render: (_: unknown, d: Dashboard['days'][number]) => d.byType[t] || '' })),
          { title: '合计', dataIndex: 'total' },
          {
            title: '图示',
            key: 'bar',
            width: 220,
            render: (_: unknown, d: Dashboard['days'][number]) => <div style={{ background: '#1677ff', height: 12, width: `${(d.total / max) * 200}px` }} />,
          },
        ]}
      />
    </>
  )
}
