import { Alert, Button, Card, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { ApiError, api, setToken } from '../api'
import type { Staff } from '../types'

/** Username and password; the server's answer is shown as it is (the same for a wrong password and an unknown name). */
export function LoginPage({ onLogin }: { onLogin: (staff: Staff) => void }) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 120, background: '#f5f5f5', minHeight: '100vh' }}>
      <Card style={{ width: 420, height: 'fit-content' }}>
        <Typography.Title level={3}>异地就医备案 · 审核台</Typography.Title>
        <Typography.Paragraph type="secondary">请用自己的账号登录。连续输错 5 次，账号会锁定 15 分钟。</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form
          layout="vertical"
          onFinish={(values: { username: string; password: string }) => {
            setBusy(true)
            setError(null)
            api<{ token: string; staff: Staff }>('POST', '/api/staff/sessions', values)
              .then((r) => {
                setToken(r.token)
                onLogin(r.staff)
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
      </Card>
    </div>
  )
}
