import type { BrowserContext, Page } from 'playwright-core'
import { e2eSuite, shot, zoomedIn } from './harness'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import { Citizen, OWN_PASSWORD, STAFF_PASSWORD, changeHandedOverPassword, chinaYesterday, makePdf, staffCli, staffDesk } from './staff-seed'

/**
 * The agency's day in the staff console (issue 14), in Chromium at a desk PC's width: a reviewer
 * logs in with the password an admin handed over and must change it first, works the queue (an
 * emergency filing: unmask the person, look at a material, ask for more material, approve when it
 * comes, tagged 新补交; a 授权委托书: approve), searches and reads the dashboard;
 * an admin disables the reviewer, who is refused at once, and reads the audit log.
 */

const suite = e2eSuite({}, { h5: false })
let filingNumber = ''
let filingId = ''
let applicant: Citizen
const pageErrors: string[] = []

const desk = () => staffDesk(suite, pageErrors)

async function logIn(page: Page, username: string, password = STAFF_PASSWORD) {
  await page.goto(`${suite.server.url}/staff`)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
}

beforeAll(async () => {
  expect(await staffCli(suite, 'add', 'admin', '--name', '赵管理', '--role', 'ADMIN')).toContain('已新建管理员账号 admin（赵管理）')
  expect(await staffCli(suite, 'add', 'wangfang', '--name', '王芳', '--role', 'REVIEWER')).toContain('已新建审核员账号 wangfang（王芳）')

  const admitted = chinaYesterday()
  applicant = await Citizen.login(suite.server.url, { name: '张三', idNumber: '110101199003071233', phone: '13812345678', insuredRegion: '450200', insuranceType: 'EMPLOYEE' })
  const filing = await applicant.call<{ id: string; number: string }>('POST', '/api/filings', {
    type: 'EMERGENCY',
    subject: { self: true },
    destination: { province: '440000', city: '441700' },
    startDate: admitted,
    contacts: { phone1: '13812345678', addressAtDestination: '阳江市江城区东风路 8 号' },
    // The ID's two sides, as the app sends them: two uploads of one material, the side not said.
    materials: [await applicant.upload('ID_DOCUMENT'), await applicant.upload('ID_DOCUMENT'), await applicant.upload('EMERGENCY_DIAGNOSIS')],
    emergency: { admittedOn: admitted, leftOn: null, awayReason: 'TRAVEL', hospitalName: '阳江市人民医院', diagnosis: '急性阑尾炎', criteria: ['ACUTE_PAIN', 'VITAL_SIGNS'] },
  })
  filingNumber = filing.number
  filingId = filing.id

  const daughter = await Citizen.login(suite.server.url, { name: '李梅', idNumber: '440300195501011236', phone: '13900000000', insuredRegion: '440300', insuranceType: 'EMPLOYEE' })
  const member = await daughter.call<{ id: string }>('POST', '/api/family-members', {
    name: '张建华', idNumber: '11010519491231002X', relation: 'PARENT', phone: '13912345678', insuredRegion: '440300', insuranceType: 'EMPLOYEE',
    privacyConsent: { version: PRIVACY_NOTICE_VERSION },
  })
  await daughter.call('POST', `/api/family-members/${member.id}/authorization`, {
    method: 'DOCUMENT',
    letterUploadId: await daughter.upload('AUTHORIZATION_LETTER'),
    idPhotoUploadId: await daughter.upload('ID_DOCUMENT'),
  })
})

describe('staff console', () => {
  let reviewer: { context: BrowserContext; page: Page }

  it('a reviewer logs in (a wrong password first), changes the handed-over password (a weak one first) and sees the queue with its deadlines', async () => {
    reviewer = await desk()
    const { page } = reviewer
    await logIn(page, 'wangfang', 'wrong-password-1')
    await page.getByTestId('login-error').waitFor()
    expect(await page.getByTestId('login-error').textContent()).toContain('用户名或密码不对')
    await shot(page, 'login-refused')
    await logIn(page, 'wangfang')
    // 修改密码 comes first; the server's own rules answer on the field.
    await page.getByRole('heading', { name: '修改密码' }).waitFor()
    expect(await page.getByRole('menuitem', { name: '待审核' }).count()).toBe(0)
    await page.getByLabel('原密码（刚才登录用的临时密码）').fill(STAFF_PASSWORD)
    await page.getByLabel('新密码', { exact: true }).fill('lettersonlypassword')
    await page.getByLabel('再输一次新密码').fill('lettersonlypassword')
    await page.getByRole('button', { name: '确认修改' }).click()
    await page.getByText('密码要同时有字母和数字，请换一个').waitFor()
    await shot(page, 'change-password-refused')
    await changeHandedOverPassword(page)
    await page.getByText('待审核（2 件').waitFor()
    const rows = page.locator('.ant-table-tbody tr')
    expect(await rows.count()).toBe(2)
    expect(await rows.nth(0).textContent()).toContain(filingNumber)
    expect(await rows.nth(0).textContent()).toContain('异地急诊（抢救）人员')
    expect(await rows.nth(0).textContent()).toMatch(/还剩 (\d+ 天 )?\d+ 小时/)
    expect(await rows.nth(1).textContent()).toContain('授权委托书')
    expect(await rows.nth(1).textContent()).toContain('张*华（父母）')
    await shot(page, 'queue')
  })

  it('opens the filing: masked person, emergency in words, deadlines, materials with zoom and rotate, 依据', async () => {
    const { page } = reviewer
    await page.locator('.ant-table-tbody tr').nth(0).click()
    await page.getByTestId('emergency').waitFor()
    expect(await page.getByTestId('id-number').textContent()).toBe('1101**********1233')
    expect(await page.getByTestId('phone').textContent()).toBe('138****5678')
    // Filed from an account with no 实人认证 (an emergency filing waits for review anyway).
    expect(await page.getByTestId('filer-verification').textContent()).toContain('申请人 张*（本人办理）的实人认证：未提交')
    const emergency = await page.getByTestId('emergency').textContent()
    expect(emergency).toContain('突然剧烈疼痛（头痛、胸痛、急腹症（肚子突然剧痛）等）；高烧，或呼吸、血压、心跳明显异常')
    expect(emergency).toContain('旅游')
    expect(emergency).toContain('在截止日')
    // Before the decision the validity reads as the person reads it: from the approval.
    expect(await page.getByTestId('validity').textContent()).toMatch(/^审核通过后生效：当次住院有效/)
    // The form's 险种 (004 表8) beside the 参保地, as the person's 实名信息 gave it.
    expect(await page.getByTestId('insurance-type').textContent()).toBe('职工医保')
    // The review time limit in words, as the 参保地 (广西) sets it.
    expect(await page.getByText(/前办结（1 个工作日）/).count()).toBe(1)
    // Insured in 柳州 (450200): the 5-working-day window is Guangxi's own (桂人社发〔2017〕6号); the
    // 柳江区 guide's review time is 柳江区's, not 柳州's, so it is not cited as theirs.
    expect(await page.getByText('桂人社发〔2017〕6号 第九条(三)1').count()).toBeGreaterThan(0)
    expect(await page.getByText('柳江区异地急诊人员备案服务指南', { exact: false }).count()).toBe(0)
    await page.getByTestId('material-ID_DOCUMENT').first().locator('img').waitFor()
    // Two photos of the ID: numbered, not guessed as 正面/反面; the single diagnosis is not.
    expect(await page.getByTestId('material-card-ID_DOCUMENT').locator('.ant-card-head-title').allTextContents()).toEqual([
      '有效身份证件（第 1 张）照片',
      '有效身份证件（第 2 张）照片',
    ])
    expect(await page.getByTestId('material-card-EMERGENCY_DIAGNOSIS').locator('.ant-card-head-title').textContent()).toBe('急诊诊断证明照片')
    await shot(page, 'filing-masked')

    await page.getByRole('button', { name: '显示完整信息' }).click()
    await page.getByText('已显示完整信息（已记录）').waitFor()
    expect(await page.getByTestId('id-number').textContent()).toBe('110101199003071233')
    expect(await page.getByTestId('phone').textContent()).toBe('13812345678')
    await shot(page, 'filing-unmasked')

    await page.getByTestId('material-ID_DOCUMENT').first().click()
    await page.locator('.ant-image-preview-img').waitFor()
    // antd's preview toolbar: rotate and zoom.
    await page.locator('.ant-image-preview-actions-action-rotateRight').click()
    await page.locator('.ant-image-preview-actions-action-zoomIn').click()
    expect(await page.locator('.ant-image-preview-img').getAttribute('style')).toContain('rotate(90deg)')
    await shot(page, 'material-zoom-rotate')
    await page.locator('.ant-image-preview-close').click()
    await page.locator('.ant-image-preview-img').waitFor({ state: 'hidden' })
  })

  it('asks for more material with the checklist and free text, previewing the person’s message first', async () => {
    const { page } = reviewer
    // Nothing chosen until the reviewer picks (a trial found 批准 chosen already).
    expect(await page.getByRole('button', { name: /^预览通知并/ }).count()).toBe(0)
    await page.getByText('要求补正（补材料、改正、提问）', { exact: true }).click()
    // Nothing asked yet: the button names the choice, not 要求补充材料 (a trial).
    await page.getByRole('button', { name: '预览通知并要求补正' }).waitFor()
    // The checklist is the emergency filing's own: its proof and identity, nothing of another type.
    const offered = await page.getByTestId('decision-panel').getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.closest('label')?.textContent ?? ''))
    // Then the typed fields the person may be asked to correct (请申请人改正).
    expect(offered).toEqual(['急诊诊断证明', '门诊（急诊）病历', '入院记录', '有效身份证件', '社会保障卡', '外地住址', '联系电话', '备用电话（备案时没有这一项）'])
    // Only a field never filled: the button says 填写 (a trial: 改正 for what was never asked for).
    await page.getByRole('checkbox', { name: '备用电话' }).check()
    await page.getByRole('button', { name: '预览通知并请本人填写' }).waitFor()
    await page.getByRole('checkbox', { name: '联系电话', exact: true }).check()
    await page.getByRole('button', { name: '预览通知并请本人改正' }).waitFor()
    await page.getByRole('checkbox', { name: '联系电话', exact: true }).uncheck()
    // A material beside a field: the button names both (a trial: 要求补充材料 alone).
    await page.getByRole('checkbox', { name: '入院记录' }).check()
    await page.getByRole('button', { name: '预览通知并要求补充材料、填写' }).waitFor()
    await page.getByRole('checkbox', { name: '备用电话' }).uncheck()
    await page.getByRole('checkbox', { name: '门诊（急诊）病历' }).check()
    // Sent in the checklist's order, whatever the order of the ticks.
    await page.getByPlaceholder(/一行一项/).fill('诊断证明要有医院公章')
    // The comment box says what it is (a trial: its text read as part of the last item).
    await page.getByRole('textbox', { name: '审核意见' }).fill('照片请拍清楚')
    await page.getByRole('button', { name: '预览通知并要求补充材料' }).click()
    const modal = page.getByRole('dialog')
    await modal.getByText('微信订阅消息 · 审核结果通知').waitFor()
    expect(await modal.textContent()).toContain('请补充 3 项：门诊（急诊）病历；入院记录；诊断证明要有医院公章。审核意见：照片请拍清楚')
    // Says the WeChat message reaches only who allowed it, and the app's words are H5's too.
    expect(await modal.textContent()).toContain('在小程序里同意了接收的才会收到')
    expect(await modal.textContent()).toContain('“我的备案”里显示（小程序和网页版都一样）')
    // Filed for herself: she alone is notified.
    // The person never allowed the WeChat result message here (H5): said, so the reviewer may phone.
    expect(await modal.getByTestId('preview-recipients').textContent()).toBe('通知 1 人：申请人本人（没有订阅微信消息，只能在小程序里看到）。')
    await shot(page, 'request-materials-preview')
    await modal.getByRole('button', { name: '确认要求补充材料并发送' }).click()
    await page.getByTestId('status').getByText('待补充材料').waitFor()
    // The confirmation says it was done; whom it reached is the panel's to say (below).
    await page.locator('.ant-message').getByText('已要求补充材料', { exact: true }).waitFor()
    // The panel says it was sent, and when; its form starts empty, with nothing to send again.
    const sent = page.getByTestId('decision-sent')
    await sent.waitFor()
    expect(await sent.textContent()).toMatch(/已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 要求补充材料（审核员 王芳）/)
    expect(await sent.textContent()).toContain('请补充 3 项：门诊（急诊）病历；入院记录；诊断证明要有医院公章。审核意见：照片请拍清楚')
    // Whom it reached: no WeChat message to one who never allowed it (H5), so the reviewer may phone.
    expect(await sent.getByTestId('decision-notices').textContent()).toBe(
      '申请人本人打开小程序就能看到（我的备案、首页）。微信消息：申请人本人没有订阅，不发。没有人会收到微信消息，本人不打开小程序就不知道。事情急的，请点上面的“显示完整信息”看联系电话，打电话告诉本人。',
    )
    expect(await page.getByRole('checkbox', { name: '入院记录' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /^预览通知并/ }).count()).toBe(0)
    // 审核时限 no longer runs: it says what was done, and that the clock starts again on 补交.
    expect(await page.getByTestId('review-closed').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 要求补充材料（审核员 王芳），在时限内。等申请人补交；补交后回到审核中，重新计时。$/)
    await shot(page, 'request-materials-sent')
  })

  it('approves once the material has come; the 进度 says who did what, in staff terms', async () => {
    const { page } = reviewer
    const pdf = await applicant.upload('ADMISSION_RECORD', makePdf(), 'application/pdf')
    // Everything the request named, "诊断证明要有医院公章" included (a new photo of it): less is refused.
    const named = [pdf, await applicant.upload('OUTPATIENT_RECORD'), await applicant.upload('EMERGENCY_DIAGNOSIS')]
    await applicant.call('POST', `/api/filings/${filingId}/materials`, { materials: named })
    await page.getByRole('button', { name: '← 返回待审核' }).click()
    // The number in the queue's table: one CI run clicked while the filing's own heading (which
    // names the number too) was still on the page, and Playwright refused the two matches.
    await page.getByText(/^待审核（\d+ 件/).waitFor()
    await page.locator('.ant-table-tbody').getByText(filingNumber).click()
    await page.getByTestId('status').getByText('审核中').waitFor()
    await page.locator('iframe[title="入院记录"]').waitFor()
    // What came after the request is tagged 新补交; what came with the filing is not.
    expect(await page.getByTestId('material-fresh').count()).toBe(3)
    for (const purpose of ['ADMISSION_RECORD', 'OUTPATIENT_RECORD', 'EMERGENCY_DIAGNOSIS']) {
      expect(await page.getByTestId(`material-card-${purpose}`).getByTestId('material-fresh').textContent()).toBe('新补交')
    }
    expect(await page.getByTestId('material-card-ID_DOCUMENT').getByTestId('material-fresh').count()).toBe(0)
    await shot(page, 'filing-with-pdf')
    // Came back: no decision is chosen for the reviewer (a trial found 批准 chosen already).
    expect(await page.getByRole('button', { name: /^预览通知并/ }).count()).toBe(0)
    expect(await page.getByTestId('decision-choose').textContent()).toBe('看完材料后，选一个审核决定。')
    await page.getByTestId('decision-panel').getByText('批准', { exact: true }).click()
    await page.getByRole('button', { name: '预览通知并批准' }).click()
    const preview = page.getByRole('dialog').filter({ hasText: '审核通过，备案成功' })
    await preview.waitFor()
    // Sent once the preview has zoomed in: a click during the zoom is lost (zoomedIn).
    await zoomedIn(preview)
    await preview.getByRole('button', { name: '确认批准并发送' }).click()
    await page.getByTestId('status').getByText('备案成功').waitFor()
    // 进度 in staff terms: who did what, and what was said with it (not the person's "您…" notes).
    const timeline = page.getByTestId('timeline')
    await timeline.getByText('审核员 王芳 审核通过').waitFor()
    const steps = (await timeline.locator('li').allTextContents()).map((t) => t.replace(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} /, ''))
    expect(steps).toEqual([
      '申请人提交',
      '系统转人工审核（急诊备案须人工审核）',
      '审核员 王芳 要求补材料要补：门诊（急诊）病历；入院记录；诊断证明要有医院公章；说明：照片请拍清楚',
      '申请人补交材料，回到审核中',
      '审核员 王芳 审核通过',
    ])
    expect(await page.getByTestId('review-closed').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 审核通过（审核员 王芳），在时限内，已办结（备案成功）。$/)
    // And whom the approval reached.
    expect(await page.getByTestId('closed-notices').textContent()).toBe(
      '申请人本人打开小程序就能看到（我的备案、首页）。微信消息：申请人本人没有订阅，不发。没有人会收到微信消息，本人不打开小程序就不知道。事情急的，请点上面的“显示完整信息”看联系电话，打电话告诉本人。',
    )
    expect(await page.getByTestId('time-left').count()).toBe(0)
    await shot(page, 'approved')
  })

  it('approves the 授权委托书, then searches and reads the dashboard', async () => {
    const { page } = reviewer
    await page.getByRole('button', { name: '← 返回待审核' }).click()
    await page.getByText('待审核（1 件').waitFor()
    await page.locator('.ant-table-tbody tr').first().click()
    await page.getByText('委托人（参保的家人）').waitFor()
    expect(pageErrors).toEqual([])
    await shot(page, 'letter')
    // 通过 asks first, naming who may then file for whom.
    await page.getByRole('button', { name: '通过', exact: true }).click()
    const consequences = page.getByTestId('authorization-approve-consequences')
    await consequences.waitFor()
    expect(await consequences.textContent()).toContain('通过后授权马上生效：代办人 李梅 就可以替 张建华（代办人的父母）办理异地就医备案')
    await shot(page, 'letter-approve-confirm')
    await page.getByRole('button', { name: '确认通过' }).click()
    await page.getByText('已通过（授权生效）').waitFor()

    await page.getByRole('menuitem', { name: '查找备案' }).click()
    // Before any search, the list says what it is (a trial read an empty one as 没有找到).
    expect(await page.getByTestId('search-initial').textContent()).toContain('下面是审核中的备案')
    await page.getByPlaceholder('备案编号、身份证号后 4–6 位或姓名').fill('1233')
    await page.getByRole('button', { name: '查找' }).click()
    await page.locator('.ant-table-tbody').getByText(filingNumber).waitFor()
    expect(await page.getByTestId('search-initial').count()).toBe(0)
    await shot(page, 'search')

    await page.getByRole('menuitem', { name: '概况' }).click()
    await page.getByText('审核用时 中位数').waitFor()
    await page.getByText(/共审核 2 次/).waitFor()
    await shot(page, 'dashboard')
  })

  it('an admin disables the reviewer, who is refused at once; the audit log shows every view and decision', async () => {
    const admin = await desk()
    await logIn(admin.page, 'admin')
    await changeHandedOverPassword(admin.page)
    await admin.page.getByRole('menuitem', { name: '账号管理' }).click()
    // The page, then its list (a failure says which of the two never came).
    await admin.page.getByRole('heading', { name: '账号管理' }).waitFor()
    await admin.page.getByRole('row', { name: /wangfang/ }).waitFor()
    await admin.page.getByTestId('disable-wangfang').click()
    await shot(admin.page, 'accounts-disable-confirm')
    await admin.page.getByRole('button', { name: '停用', exact: true }).last().click()
    await admin.page.getByText('已停用 wangfang，其登录立即失效').waitFor()
    await shot(admin.page, 'accounts')

    // The reviewer's next step is refused and the console goes back to the login page.
    await reviewer.page.getByRole('menuitem', { name: '待审核' }).click()
    await reviewer.page.getByRole('button', { name: '登录' }).waitFor()
    await logIn(reviewer.page, 'wangfang', OWN_PASSWORD)
    await reviewer.page.getByText('这个账号已停用，不能登录；如有疑问请找管理员').waitFor()
    await shot(reviewer.page, 'disabled-refused')

    await admin.page.getByRole('menuitem', { name: '审计日志' }).click()
    await admin.page.getByText('只增不改').waitFor()
    await admin.page.locator('.ant-table-tbody tr').nth(5).waitFor()
    const log = await admin.page.locator('.ant-table-tbody').textContent()
    for (const action of ['查看完整个人信息', '查看材料', '审核备案', '审核授权委托书', '停用账号', '登录失败', '登录成功', '新建账号', '修改自己的密码']) {
      expect(log).toContain(action)
    }
    expect(log).toContain(`${filingNumber} 张* 1101**********1233`)
    await shot(admin.page, 'audit-log')
    await admin.context.close()
    await reviewer.context.close()
  })
})
