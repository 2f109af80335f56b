import { Alert, App, Button, Card, Form, Input, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { ApiError, api, setToken } from '../api'
import type { Staff } from '../types'

function CenteredCard({ children }: { children: ReactNode }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 120, background: '#f5f5f5', minHeight: '100vh' }}>
      <Card style={{ width: 420, height: 'fit-content' }}>{children}</Card>
    </div>
  )
}

/**
 * Username and password; the server's answer is shown as it is (the same for a wrong password and an unknown name).
 * `mustChangePassword`: the password was set by an admin; the console shows ChangePasswordPage next.
 */
export function LoginPage({ onLogin }: { onLogin: (staff: Staff, mustChangePassword: boolean) => void }) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  return (
    <CenteredCard>
      <Typography.Title level={3}>异地就医备案 · 审核台</Typography.Title>
      <Typography.Paragraph type="secondary">请用自己的账号登录。连续输错 5 次，账号会锁定 15 分钟。</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
      <Form
        layout="vertical"
        onFinish={(values: { username: string; password: string }) => {
          setBusy(true)
          setError(null)
          api<{ token: string; staff: Staff; mustChangePassword: boolean }>('POST', '/api/staff/sessions', values)
            .then((r) => {
              setToken(r.token)
              onLogin(r.staff, r.mustChangePassword)
            })
            .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '登录失败，请稍后再试'))
            .finally(() => setBusy(false))
        }}
      >
        <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请填写用户名' }]}>
          <Input autoComplete="username" size="large" />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: '请填写密码' }]}>
          <Input.Password autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={busy}>
          登录
        </Button>
      </Form>
    </CenteredCard>
  )
}

interface ChangePasswordValues {
  oldPassword: string
  newPassword: string
  repeat: string
}

/**
 * 修改密码, right after signing in with a password an admin set (新建账号, 重置密码): the server
 * refuses everything else until it is changed (403 STAFF_PASSWORD_CHANGE_REQUIRED). Its field
 * errors (a wrong old password, a weak new one) are shown on the fields.
 */
export function ChangePasswordPage({ staff, onChanged, onLogout }: { staff: Staff; onChanged: () => void; onLogout: () => void }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<ChangePasswordValues>()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  return (
    <CenteredCard>
      <Typography.Title level={3}>修改密码</Typography.Title>
      <Typography.Paragraph>
        {staff.displayName}，您刚才登录用的是临时密码（新建账号或重置密码时给您的）。请先换成只有自己知道的新密码，然后就可以开始使用审核台。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="change-password-error" />}
      <Form<ChangePasswordValues>
        form={form}
        layout="vertical"
        onFinish={({ oldPassword, newPassword }) => {
          setBusy(true)
          setError(null)
          api('POST', '/api/staff/me/password', { oldPassword, newPassword })
            .then(() => {
              void message.success('密码已修改，请记住新密码')
              onChanged()
            })
            .catch((e: unknown) => {
              if (e instanceof ApiError && Object.keys(e.fields).length > 0) {
                form.setFields(Object.entries(e.fields).map(([name, msg]) => ({ name: name as keyof ChangePasswordValues, errors: [msg] })))
              } else setError(e instanceof ApiError ? e.message : '修改失败，请稍后再试')
            })
            .finally(() => setBusy(false))
        }}
      >
        <Form.Item label="原密码（刚才登录用的临时密码）" name="oldPassword" rules={[{ required: true, message: '请填写原密码' }]}>
          <Input.Password autoComplete="current-password" size="large" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra="至少 10 位，要同时有字母和数字"
          rules={[{ required: true, message: '请填写新密码' }]}
        >
          <Input.Password autoComplete="new-password" size="large" />
        </Form.Item>
        <Form.Item
          label="再输一次新密码"
          name="repeat"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再输一次新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一样，请重新输入')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={busy}>
          确认修改
        </Button>
        <Button type="link" block style={{ marginTop: 8 }} onClick={onLogout}>
          退出登录
        </Button>
      </Form>
    </CenteredCard>
  )
}
