import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { ApiError, api } from '../api'
import { chinaTime, type Account, type Staff } from '../types'

/** 账号管理 (admins): create, disable, enable, reset a password; each change is in the audit log. */
export function AccountsPage({ me }: { me: Staff }) {
  const { message } = App.useApp()
  const [accounts, setAccounts] = useState<Account[] | null>(null)
  const [creating, setCreating] = useState(false)
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [form] = Form.useForm()
  const load = useCallback(() => {
    api<{ accounts: Account[] }>('GET', '/api/staff/accounts')
      .then((r) => setAccounts(r.accounts))
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '读取失败'))
  }, [])
  useEffect(load, [load])

  const act = (account: Account, action: 'disable' | 'enable' | 'reset-password') => {
    api<Account | { account: Account; password: string }>('POST', `/api/staff/accounts/${account.id}/${action}`)
      .then((r) => {
        if ('password' in r) setShown({ username: account.username, password: r.password })
        else void message.success(action === 'disable' ? `已停用 ${account.username}，其登录立即失效` : `已启用 ${account.username}`)
        load()
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '操作失败'))
  }

  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>账号管理</Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>新建账号</Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Table<Account>
        rowKey="id"
        loading={accounts === null}
        dataSource={accounts ?? []}
        pagination={false}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', dataIndex: 'roleLabel' },
          { title: '状态', dataIndex: 'statusLabel', render: (s: string, a) => (
              <>
                <Tag color={a.status === 'ACTIVE' ? 'green' : 'default'}>{s}</Tag>
                {a.mustChangePassword && <Tag color="orange">待本人改密码</Tag>}
              </>
            ),
          },
          { title: '建立时间', dataIndex: 'createdAt', render: chinaTime },
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, a) => (
              <Space>
                {a.status === 'ACTIVE' ? (
                  <Popconfirm title={`停用 ${a.username}？停用后其登录立即失效`} okText="停用" cancelText="取消" onConfirm={() => act(a, 'disable')} disabled={a.id === me.id}>
                    <Button danger size="small" disabled={a.id === me.id} data-testid={`disable-${a.username}`}>停用</Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" onClick={() => act(a, 'enable')}>启用</Button>
                )}
                <Popconfirm title={`给 ${a.username} 生成新的临时密码？`} okText="重置" cancelText="取消" onConfirm={() => act(a, 'reset-password')}>
                  <Button size="small">重置密码</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={creating}
        title="新建账号"
        okText="建立"
        cancelText="取消"
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ role: 'REVIEWER' }}
          onFinish={(values: { username: string; displayName: string; role: string }) => {
            api<{ account: Account; password: string }>('POST', '/api/staff/accounts', values)
              .then((r) => {
                setCreating(false)
                form.resetFields()
                setShown({ username: r.account.username, password: r.password })
                load()
              })
              .catch((e: unknown) => {
                if (e instanceof ApiError && Object.keys(e.fields).length > 0) {
                  form.setFields(Object.entries(e.fields).map(([name, msg]) => ({ name, errors: [msg] })))
                } else setError(e instanceof ApiError ? e.message : '建立失败')
              })
          }}
        >
          <Form.Item label="用户名（登录用，小写字母开头）" name="username" rules={[{ required: true, message: '请填写用户名' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="姓名（审核记录里显示）" name="displayName" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="角色" name="role">
            <Select options={[{ value: 'REVIEWER', label: '审核员' }, { value: 'ADMIN', label: '管理员' }]} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={shown !== null} title="临时密码（只显示这一次）" footer={<Button type="primary" onClick={() => setShown(null)}>我已记下</Button>} onCancel={() => setShown(null)}>
        <Typography.Paragraph>请当面交给 {shown?.username}，不要通过聊天工具发送：</Typography.Paragraph>
        <Typography.Title level={3} copyable data-testid="temp-password">{shown?.password}</Typography.Title>
        <Typography.Paragraph>本人用它登录后，要先改成只有自己知道的新密码，才能开始使用审核台。</Typography.Paragraph>
      </Modal>
    </>
  )
}
