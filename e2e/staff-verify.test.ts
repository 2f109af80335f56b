import { chinaDay, followTestClock } from './clock'
import type { Page } from 'playwright-core'
import { e2eSuite, shot, zoomedIn } from './harness'
import { DESK, Citizen, STAFF_PASSWORD, changeHandedOverPassword, staffCli } from './staff-seed'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'

/**
 * 实人认证 in the staff console: two people upload their three ID photos (as H5 sends them,
 * POST /api/uploads then POST /api/me/verification); a reviewer opens 实人认证, sees the photos
 * large, approves one (after a confirmation that names the person and what follows), and refuses
 * the other with a reason the person then reads. A second account then asks for the approved ID
 * number: the confirmation says the first account loses it. Before that, a filing 陈玉珍 made
 * unverified (it waits for review) shows her 实人认证 待核对 by its decision panel, with the way there;
 * approving her 实人认证 approves that filing with it, as the confirmation says.
 */

const suite = e2eSuite({}, { h5: false })
const pageErrors: string[] = []

async function sendPhotos(profile: Record<string, string>): Promise<Citizen> {
  const citizen = await Citizen.login(suite.server.url, profile)
  await citizen.call('POST', '/api/me/verification', {
    provider: 'STAFF',
    idFrontUploadId: await citizen.upload('ID_CARD_FRONT'),
    idBackUploadId: await citizen.upload('ID_CARD_BACK'),
    holdingUploadId: await citizen.upload('ID_CARD_HOLDING'),
  })
  return citizen
}

const CHEN = { name: '陈玉珍', idNumber: '110101199003071233', phone: '13612345678', insuredRegion: '450200', insuranceType: 'EMPLOYEE' }

async function verificationOf(citizen: Citizen): Promise<{ status: string; reason: string | null }> {
  const me = await citizen.call<{ verification: { status: string; reason: string | null } }>('GET', '/api/me')
  return me.verification
}

it('a reviewer checks the photos in 实人认证: approves one, refuses one with a reason', async () => {
  expect(await staffCli(suite, 'add', 'wangfang', '--name', '王芳', '--role', 'REVIEWER')).toContain('已新建审核员账号')
  const chen = await sendPhotos(CHEN)
  const LI = { name: '李梅', idNumber: '440300195501011236', phone: '13900000000', insuredRegion: '450200', insuranceType: 'EMPLOYEE' }
  // Her son asks her to authorise him for her emergency stay (admitted yesterday): her 同意 waits on
  // this check, and the list says so with the stay's 补办 deadline (a trial: only 核对期限 was said).
  const son = await Citizen.login(suite.server.url, { name: '王强', idNumber: '440300198001011233', phone: '13700000000', insuredRegion: '440300', insuranceType: 'EMPLOYEE' })
  const mum = await son.call<{ id: string }>('POST', '/api/family-members', {
    name: LI.name, idNumber: LI.idNumber, relation: 'PARENT', phone: LI.phone, insuredRegion: LI.insuredRegion, insuranceType: LI.insuranceType,
    privacyConsent: { version: PRIVACY_NOTICE_VERSION },
  })
  await son.call('POST', `/api/family-members/${mum.id}/authorization`, { method: 'INVITATION', emergencyAdmittedOn: chinaDay(-1) })
  const li = await sendPhotos(LI)
  expect((await verificationOf(chen)).status).toBe('PENDING')
  // Unverified, her self-service filing waits for review (initialFilingStatus).
  const filing = await chen.call<{ id: string; number: string; status: string }>('POST', '/api/filings', {
    type: 'OTHER_TEMPORARY',
    subject: { self: true },
    destination: { province: '440000', city: '441700' },
    startDate: chinaDay(),
    endDate: chinaDay(364),
    contacts: { phone1: CHEN.phone, addressAtDestination: '阳江市江城区东风路 8 号' },
    materials: [await chen.upload('ID_DOCUMENT')],
  })
  expect(filing.status).toBe('UNDER_REVIEW')

  const context = await suite.browser.newContext(DESK)
  await followTestClock(context)
  const page: Page = await context.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.goto(`${suite.server.url}/staff`)
  await page.getByLabel('用户名').fill('wangfang')
  await page.getByLabel('密码').fill(STAFF_PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await changeHandedOverPassword(page)

  // The queue already says her filing waits on her 实人认证 (a trial: only the case page said so).
  const row = page.locator('.ant-table-tbody tr', { hasText: filing.number })
  await row.waitFor()
  expect(await row.getByTestId('queue-verifying').textContent()).toBe('实人认证待核对')
  await shot(page, 'queue-verifying')

  // Her filing: 先核对实人认证 by the decision panel; 批准 only once the reviewer says identity was
  // checked another way; the link opens her request.
  await page.goto(`${suite.server.url}/staff/#/filing/${filing.id}`)
  const standing = page.getByTestId('filer-verification')
  await standing.waitFor()
  expect(await standing.textContent()).toContain('申请人 陈*珍（本人办理）的实人认证：待核对')
  expect(await standing.textContent()).toContain('先核对实人认证')
  await page.getByTestId('decision-panel').getByText('批准', { exact: true }).click()
  const approve = page.getByRole('button', { name: '预览通知并批准' })
  expect(await approve.isDisabled()).toBe(true)
  await page.getByRole('checkbox', { name: /我已用别的办法核对了是本人在办理/ }).check()
  expect(await approve.isDisabled()).toBe(false)
  await shot(page, 'filing-verification-pending')
  await page.getByTestId('open-verification').click()
  await page.getByTestId('verify-name').waitFor()
  expect(await page.getByTestId('verify-name').textContent()).toBe('陈玉珍')
  // Opened from her filing, it leads back there (a trial: deciding it landed on the list).
  await page.getByRole('button', { name: '← 返回备案' }).click()
  await page.getByTestId('filer-verification').waitFor()
  expect(page.url()).toContain(`#/filing/${filing.id}`)

  // The menu counts what waits; the list shows no one in full.
  await page.getByRole('menuitem', { name: '实人认证（2）' }).click()
  await page.getByText('待人工核对（2 件）').waitFor()
  const rows = page.locator('.ant-table-tbody tr')
  // 李梅's 同意 holds up her stay's 补办: first, though she came second (a trial: the urgent one stood second).
  expect(await rows.nth(0).textContent()).toContain('李*')
  expect(await rows.nth(0).getByTestId('verification-stay').textContent()).toMatch(/^急诊补办 \d{4}-\d{2}-\d{2} 24:00截止（\d{2}-\d{2} 入院），同意代办要等这次核对$/)
  const chenRow = rows.filter({ hasText: '陈*珍' })
  expect(await rows.nth(1).textContent()).toContain('陈*珍')
  expect(await chenRow.textContent()).toContain('1101**********1233')
  expect(await chenRow.getByTestId('verification-stay').count()).toBe(0)
  // By when: one working day after it came, with the time left.
  expect(await page.locator('.ant-table-thead').textContent()).toContain('核对期限')
  expect(await chenRow.textContent()).toMatch(/\d{4}-\d{2}-\d{2} 24:00(（暂按周末计算）)?(还剩|已超时)/)
  expect(await page.locator('.ant-table-tbody').textContent()).not.toContain('110101199003071233')
  await shot(page, 'verifications')

  // One request: the 实名信息 and the three photos, large, with zoom and rotate.
  await chenRow.click()
  await page.getByTestId('verify-name').waitFor()
  expect(await page.getByTestId('verify-name').textContent()).toBe('陈玉珍')
  expect(await page.getByTestId('verify-id-number').textContent()).toBe('110101199003071233')
  for (const purpose of ['ID_CARD_FRONT', 'ID_CARD_BACK', 'ID_CARD_HOLDING']) await page.getByTestId(`material-${purpose}`).locator('img').waitFor()
  await shot(page, 'verification')
  await page.getByTestId('material-ID_CARD_HOLDING').click()
  await page.locator('.ant-image-preview-img').waitFor()
  await page.locator('.ant-image-preview-actions-action-rotateRight').click()
  await page.locator('.ant-image-preview-actions-action-zoomIn').click()
  expect(await page.locator('.ant-image-preview-img').getAttribute('style')).toContain('rotate(90deg)')
  await shot(page, 'verification-photo-zoom-rotate')
  await page.locator('.ant-image-preview-close').click()
  await page.locator('.ant-image-preview-img').waitFor({ state: 'hidden' })

  // 通过 asks first, naming the person and what follows; 再看看 leaves it undecided.
  await page.getByRole('button', { name: '通过', exact: true }).click()
  const consequences = page.getByTestId('approve-consequences')
  await consequences.waitFor()
  expect(await page.locator('.ant-popconfirm').textContent()).toContain('确认 陈玉珍 通过实人认证？')
  expect(await consequences.textContent()).toContain('通过后，陈玉珍 就是“已认证”：以后自己办的备案，提交后马上生效')
  expect(await consequences.textContent()).not.toContain('另一个账号')
  // Her filing waits only on this: approving it approves the filing too, and the reviewer is told.
  expect(await page.getByTestId('approve-releases').textContent()).toBe(`陈玉珍 已提交、只等实人认证的 1 份备案（${filing.number}）会随之办结（备案成功）。`)
  await shot(page, 'verification-approve-confirm')
  await page.getByRole('button', { name: '再看看' }).click()
  await consequences.waitFor({ state: 'hidden' })
  expect((await verificationOf(chen)).status).toBe('PENDING')

  // 确认通过: back to the list, one left; the person is verified.
  // (Its confirmation open again before 确认通过: the first one's closing may still be under way.)
  await page.getByRole('button', { name: '通过', exact: true }).click()
  await consequences.waitFor()
  await zoomedIn(page.locator('.ant-popconfirm'))
  await page.getByRole('button', { name: '确认通过' }).click()
  await page.getByText('待人工核对（1 件）').waitFor()
  await page.getByRole('menuitem', { name: '实人认证（1）' }).waitFor()
  expect((await verificationOf(chen)).status).toBe('VERIFIED')
  expect((await chen.call<{ status: string }>('GET', `/api/filings/${filing.id}`)).status).toBe('APPROVED')

  // 不通过 needs a reason; the person reads it.
  await page.locator('.ant-table-tbody tr').nth(0).click()
  await page.getByTestId('verify-name').waitFor()
  // Her stay waits on this check: the request says so first.
  expect(await page.getByTestId('verification-stay-alert').textContent()).toMatch(/^请尽快核对：急诊补办 .+，同意代办要等这次核对。家人替此人办急诊备案，此人同意以前提交不了。$/)
  await page.getByRole('button', { name: '不通过', exact: true }).click()
  await page.getByText('请写明原因，告诉申请人下一步怎么做').waitFor()
  await shot(page, 'verification-reason-required')
  const reason = '手持照片里看不清身份证上的字，请在光线好的地方重新拍一张再提交'
  await page.getByLabel('不通过的原因和下一步').fill(reason)
  await page.getByRole('button', { name: '不通过', exact: true }).click()
  await page.getByText('没有待核对的实人认证').waitFor()
  await shot(page, 'verifications-empty')
  expect(await verificationOf(li)).toMatchObject({ status: 'REJECTED', reason })

  // A second account sends photos for 陈玉珍's ID number: the confirmation says the verified
  // account loses it; once confirmed, it does.
  const chenAgain = await sendPhotos(CHEN)
  await page.reload()
  await page.locator('.ant-table-tbody tr').nth(0).click()
  await page.getByTestId('verify-name').waitFor()
  await page.getByRole('button', { name: '通过', exact: true }).click()
  await consequences.waitFor()
  expect(await consequences.textContent()).toMatch(/这个身份证号已由另一个账号于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 认证。通过后改由 陈玉珍 使用，那个账号不能再用这个身份证号备案。/)
  await shot(page, 'verification-approve-confirm-conflict')
  await page.getByRole('button', { name: '确认通过' }).click()
  await page.getByText('没有待核对的实人认证').waitFor()
  expect((await verificationOf(chenAgain)).status).toBe('VERIFIED')
  expect((await verificationOf(chen)).status).toBe('UNVERIFIED')

  // The filing released by her 实人认证 says the system closed it (by the decision's reviewer id).
  await page.goto(`${suite.server.url}/staff/#/filing/${filing.id}`)
  await page.getByTestId('review-closed').waitFor()
  expect(await page.getByTestId('review-closed').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 审核通过（系统办结，办理人的实人认证已通过），在时限内，已办结（备案成功）。$/)
  expect(pageErrors).toEqual([])
  await context.close()
})
