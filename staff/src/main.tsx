import { App as AntApp, ConfigProvider, Layout, Menu, Button, Space, Typography, Spin } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import { useCallback, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { api, getToken, setToken, setUnauthorizedHandler } from './api'
import { useRoute, go } from './route'
import type { Staff } from './types'
import { ChangePasswordPage, LoginPage } from './pages/login'
import { QueuePage } from './pages/queue'
import { FilingPage } from './pages/filing'
import { AuthorizationPage } from './pages/authorization'
import { SearchPage } from './pages/search'
import { DashboardPage } from './pages/dashboard'
import { AccountsPage } from './pages/accounts'
import { AuditPage } from './pages/audit'
import { VerificationPage, VerificationsPage } from './pages/verifications'

// antd's default blue (#1677ff), its secondary grey (#8c8c8c) and its status tags fall short of
// 4.5:1 (WCAG AA, the e2e axe pass): the darker blue of the same palette and a darker grey.
// Hover and pressed go darker still (blue-8, blue-9): antd derives a lighter hover (#2e7ae6,
// 4.2:1), which is what a reviewer sees under the pointer right after clicking 查找.
const STAFF_THEME = {
  token: {
    fontSize: 15,
    colorPrimary: '#0958d9',
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    colorInfo: '#0958d9',
    colorWarning: '#ad4e00',
    colorError: '#cf1322',
    colorSuccess: '#237804',
    // A success box's ground and edge stay antd's green-1 and green-3: the darker seed derives murky
    // ones (a trial: 实人认证 已认证 looked dim, as if disabled, beside the decision box).
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    // Placeholders at 4.5:1 too (antd's #bfbfbf is 1.8:1).
    colorTextPlaceholder: '#707070',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    // Status tags (green, orange, gold) draw their 7th shade on their 1st: one step darker seeds.
    green: '#237804',
    orange: '#ad4e00',
    gold: '#ad8b00',
    // A reviewer who asked the system for less motion gets none: popovers, messages and tabs appear
    // in place (WCAG 2.3.3). The e2e desk asks for it too, so a click never lands on a
    // 确认通过 still zooming into place (a CI run: the click hit the popover beside the button).
    motion: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  },
}

/** The staff console: log in, then the queue, a filing's page, 实人认证 photos, search, dashboard, and (admins) accounts and the audit log. */
function Console() {
  const [staff, setStaff] = useState<Staff | null>(null)
  // Signed in with a password an admin set: only 修改密码 until it is changed (the server enforces it too).
  const [mustChangePassword, setMustChangePassword] = useState(false)
  const [checking, setChecking] = useState(getToken() !== null)
  const route = useRoute()
  // 实人认证 waiting for 人工核对, counted again on every move in the console (a decision lowers it).
  const [pendingVerifications, setPendingVerifications] = useState<number | null>(null)

  const logout = useCallback(() => {
    setToken(null)
    setStaff(null)
    setMustChangePassword(false)
  }, [])

  useEffect(() => {
    setUnauthorizedHandler(logout)
    if (getToken() === null) return
    api<{ staff: Staff; mustChangePassword: boolean }>('GET', '/api/staff/me')
      .then((me) => {
        setMustChangePassword(me.mustChangePassword)
        setStaff(me.staff)
      })
      .catch(() => logout())
      .finally(() => setChecking(false))
  }, [logout])

  useEffect(() => {
    if (!staff || mustChangePassword) return
    api<{ verifications: unknown[] }>('GET', '/api/review/verifications')
      .then((r) => setPendingVerifications(r.verifications.length))
      .catch(() => setPendingVerifications(null))
  }, [staff, mustChangePassword, route])

  if (checking) return <Spin style={{ margin: 80 }} />
  if (!staff) {
    return (
      <LoginPage
        onLogin={(s, mustChange) => {
          setMustChangePassword(mustChange)
          setStaff(s)
        }}
      />
    )
  }
  if (mustChangePassword) {
    return (
      <ChangePasswordPage
        staff={staff}
        onChanged={() => setMustChangePassword(false)}
        onLogout={() => {
          void api('DELETE', '/api/staff/sessions/current').finally(logout)
        }}
      />
    )
  }

  const items = [
    { key: 'queue', label: '待审核' },
    { key: 'verifications', label: pendingVerifications ? `实人认证（${pendingVerifications}）` : '实人认证' },
    { key: 'search', label: '查找备案' },
    { key: 'dashboard', label: '概况' },
    ...(staff.role === 'ADMIN' ? [{ key: 'accounts', label: '账号管理' }, { key: 'audit', label: '审计日志' }] : []),
  ]
  let page
  switch (route.name) {
    case 'filing':
      page = <FilingPage id={route.id} />
      break
    case 'authorization':
      page = <AuthorizationPage id={route.id} />
      break
    case 'verifications':
      page = <VerificationsPage />
      break
    case 'verification':
      page = <VerificationPage id={route.id} fromFiling={route.fromFiling} />
      break
    case 'search':
      page = <SearchPage />
      break
    case 'dashboard':
      page = <DashboardPage />
      break
    case 'accounts':
      page = staff.role === 'ADMIN' ? <AccountsPage me={staff} /> : <QueuePage />
      break
    case 'audit':
      page = staff.role === 'ADMIN' ? <AuditPage /> : <QueuePage />
      break
    default:
      page = <QueuePage />
  }
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          异地就医备案 · 审核台
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[route.name === 'filing' || route.name === 'authorization' ? 'queue' : route.name === 'verification' ? 'verifications' : route.name]}
          items={items}
          onClick={(e) => go(e.key)}
          style={{ flex: 1 }}
        />
        <Space>
          <Typography.Text style={{ color: '#fff' }} data-testid="who">
            {staff.displayName}（{staff.role === 'ADMIN' ? '管理员' : '审核员'}）
          </Typography.Text>
          <Button
            onClick={() => {
              void api('DELETE', '/api/staff/sessions/current').finally(logout)
            }}
          >
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>{page}</Layout.Content>
    </Layout>
  )
}

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <ConfigProvider locale={zhCN} theme={STAFF_THEME} button={{ autoInsertSpace: false }}>
      {/* Messages (密码已修改, 已通过 …) just below the 64-px header: at antd's default 8 px they lay
          over the menu, and a pointer resting on one keeps it open, so the menu could not be clicked. */}
      <AntApp message={{ top: 72 }}>
        <Console />
      </AntApp>
    </ConfigProvider>,
  )
}
