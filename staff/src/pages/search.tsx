import { Button, Cascader, Form, Input, Select, Table, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { FILING_TYPE_INFO, FILING_TYPE_LIST } from '@/domain/filing-types'
import { FILING_STATUSES, type FilingView } from '@/domain/filings'
import { listProvinces } from '@/domain/regions'
import { ApiError, api } from '../api'
import { go } from '../route'
import { chinaTime } from '../types'

const REGION_OPTIONS = listProvinces().map((p) => ({
  value: p.code.slice(0, 2),
  label: p.name,
  children: p.cities.map((c) => ({ value: c.code.slice(0, 4), label: c.name })),
}))

interface Query {
  q?: string
  status?: string
  type?: string
  region?: string[]
}

/** Search by filing number, ID tail (4–6) or name; filter by status, type and 参保地 (province or city). */
export function SearchPage() {
  const [rows, setRows] = useState<FilingView[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  // The page opens on the filings in review (the server's list without conditions); a trial read its
  // empty list as 没有找到 before anything was searched.
  const [searched, setSearched] = useState(false)
  const run = (values: Query, byReviewer = true) => {
    setSearched(byReviewer)
    const params = new URLSearchParams()
    if (values.q?.trim()) params.set('q', values.q.trim())
    if (values.status) params.set('status', values.status)
    if (values.type) params.set('type', values.type)
    const region = values.region?.[values.region.length - 1]
    if (region) params.set('insuredRegion', region)
    setError(null)
    api<{ filings: FilingView[] }>('GET', `/api/review/filings?${params.toString()}`)
      .then((r) => setRows([...r.filings].reverse()))
      .catch((e: unknown) => setError(e instanceof ApiError ? `${e.message}${Object.values(e.fields).length ? '：' + Object.values(e.fields).join('；') : ''}` : '查找失败'))
  }
  useEffect(() => run({}, false), [])
  return (
    <>
      <Typography.Title level={3}>查找备案</Typography.Title>
      <Form layout="inline" onFinish={run} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="q">
          <Input allowClear aria-label="备案编号、身份证号后 4–6 位或姓名" placeholder="备案编号、身份证号后 4–6 位或姓名" style={{ width: 300 }} />
        </Form.Item>
        <Form.Item name="status">
          <Select allowClear aria-label="状态" placeholder="状态" style={{ width: 140 }} options={Object.entries(FILING_STATUSES).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="type">
          <Select allowClear aria-label="备案类型" placeholder="备案类型" style={{ width: 200 }} options={FILING_TYPE_LIST.map((t) => ({ value: t, label: FILING_TYPE_INFO[t].officialName }))} />
        </Form.Item>
        <Form.Item name="region">
          <Cascader options={REGION_OPTIONS} changeOnSelect showSearch aria-label="参保地（省或市）" placeholder="参保地（省或市）" style={{ width: 240 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">查找</Button>
      </Form>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      {!searched && !error && (
        <Typography.Paragraph data-testid="search-initial">下面是审核中的备案。要找其他状态的，输入备案编号、身份证号后 4–6 位或姓名，或选状态，再点“查找”。</Typography.Paragraph>
      )}
      <Table<FilingView>
        rowKey="id"
        loading={rows === null && !error}
        dataSource={rows ?? []}
        locale={{ emptyText: searched ? '没有找到符合条件的备案' : '现在没有审核中的备案' }}
        onRow={(r) => ({ onClick: () => go(`filing/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: '备案编号', dataIndex: 'number' },
          { title: '类型', dataIndex: 'typeName' },
          { title: '参保人', key: 'name', render: (_: unknown, r) => `${r.subject.name}（${r.subject.idNumberMasked}）` },
          { title: '备案地', key: 'dest', render: (_: unknown, r) => r.destination.name },
          { title: '状态', dataIndex: 'statusLabel', render: (s: string) => <Tag>{s}</Tag> },
          { title: '提交时间', dataIndex: 'createdAt', render: chinaTime },
        ]}
      />
    </>
  )
}
