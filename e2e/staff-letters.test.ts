import type { BrowserContext, Page } from 'playwright-core'
import { e2eSuite, shot } from './harness'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacy'
import { Citizen, changeHandedOverPassword, chinaYesterday, staffCli, staffDesk, STAFF_PASSWORD } from './staff-seed'

/**
 * A user trial of the staff console's 授权委托书 (issue: four findings), in Chromium at a desk PC's
 * width: 不予通过 asks first, naming what follows; the letter sent again shows the refusal before it
 * (when, by whom, why) beside it; a 代办 filing's case says how the proxy was authorised — a letter
 * approved (when, by whom) or the 参保人's own 同意 on their phone (when).
 */

const suite = e2eSuite({}, { h5: false })
const pageErrors: string[] = []
let daughter: Citizen
let memberId = ''
let letterFiling = ''
let inviteFiling = ''

const desk = () => staffDesk(suite, pageErrors)

async function sendLetter(): Promise<void> {
  await daughter.call('POST', `/api/family-members/${memberId}/authorization`, {
    method: 'DOCUMENT',
    letterUploadId: await daughter.upload('AUTHORIZATION_LETTER'),
    idPhotoUploadId: await daughter.upload('ID_DOCUMENT'),
  })
}

/** An emergency filing for a family member, made by `proxy`: it waits for review. */
async function emergencyFor(proxy: Citizen, familyMemberId: string): Promise<string> {
  const admitted = chinaYesterday()
  const filing = await proxy.call<{ id: string }>('POST', '/api/filings', {
    type: 'EMERGENCY',
    subject: { familyMemberId },
    destination: { province: '440000', city: '441700' },
    startDate: admitted,
    contacts: { phone1: '13900000000', addressAtDestination: '阳江市江城区东风路 8 号' },
    materials: [await proxy.upload('ID_DOCUMENT'), await proxy.upload('EMERGENCY_DIAGNOSIS')],
    emergency: { admittedOn: admitted, leftOn: null, awayReason: 'TRAVEL', hospitalName: '阳江市人民医院', diagnosis: '急性阑尾炎', criteria: ['ACUTE_PAIN'] },
  })
  return filing.id
}

beforeAll(async () => {
  expect(await staffCli(suite, 'add', 'wangfang', '--name', '王芳', '--role', 'REVIEWER')).toContain('已新建审核员账号 wangfang（王芳）')
  daughter = await Citizen.login(suite.server.url, { name: '李梅', idNumber: '440300195501011236', phone: '13900000000', insuredRegion: '440300', insuranceType: 'EMPLOYEE' })
  const member = await daughter.call<{ id: string }>('POST', '/api/family-members', {
    name: '张建华', idNumber: '11010519491231002X', relation: 'PARENT', phone: '13912345678', insuredRegion: '440300', insuranceType: 'EMPLOYEE',
    privacyConsent: { version: PRIVACY_NOTICE_VERSION },
  })
  memberId = member.id
  await sendLetter()

  // Another family: the son invites his mother, who says 同意 on her own phone (after 实人认证).
  const son = await Citizen.login(suite.server.url, { name: '陈刚', idNumber: '320500197007073450', phone: '13700000000', insuredRegion: '440300', insuranceType: 'EMPLOYEE' })
  const mother = await son.call<{ id: string }>('POST', '/api/family-members', {
    name: '王秀兰', idNumber: '450200196005052347', relation: 'PARENT', phone: '13912340000', insuredRegion: '440300', insuranceType: 'RESIDENT',
    privacyConsent: { version: PRIVACY_NOTICE_VERSION },
  })
  const asked = await son.call<{ invitation: { token: string } }>('POST', `/api/family-members/${mother.id}/authorization`, { method: 'INVITATION' })
  const herself = await Citizen.login(suite.server.url, { name: '王秀兰', idNumber: '450200196005052347', phone: '13912340000', insuredRegion: '440300', insuranceType: 'RESIDENT' })
  await herself.call('POST', '/api/me/verification', { provider: 'DEV', verifyResult: 'dev:pass' })
  await herself.call('POST', `/api/invitations/${asked.invitation.token}/accept`)
  inviteFiling = await emergencyFor(son, mother.id)
})

describe('staff console: 授权委托书 and how a proxy was authorised', () => {
  let reviewer: { context: BrowserContext; page: Page }

  afterAll(async () => {
    await reviewer?.context.close()
  })

  it('不予通过 asks first, naming who, what follows and the reasons; without a reason it says to write one', async () => {
    reviewer = await desk()
    const { page } = reviewer
    await page.goto(`${suite.server.url}/staff`)
    await page.getByLabel('用户名').fill('wangfang')
    await page.getByLabel('密码').fill(STAFF_PASSWORD)
    await page.getByRole('button', { name: '登录' }).click()
    await changeHandedOverPassword(page)
    await page.locator('.ant-table-tbody tr').filter({ hasText: '授权委托书' }).first().click()
    await page.getByText('委托人（参保的家人）').waitFor()
    // The first letter: nothing refused before it.
    expect(await page.getByTestId('earlier-refusals').count()).toBe(0)

    await page.getByRole('button', { name: '不予通过' }).click()
    await page.getByText('不予通过前，请先在上面写明原因').waitFor()
    expect(await page.getByTestId('authorization-reject-consequences').count()).toBe(0)

    await page.getByPlaceholder(/不予通过的原因/).fill('委托书没有委托人签名\n身份证照片看不清')
    await page.getByRole('button', { name: '不予通过' }).click()
    const consequences = page.getByTestId('authorization-reject-consequences')
    await consequences.waitFor()
    const said = await consequences.textContent()
    expect(said).toContain('不予通过后这份委托书不算数：代办人 李梅 不能替 张建华（代办人的父母）办理异地就医备案。')
    expect(said).toContain('李梅 会在小程序里看到下面的原因，要请 张建华 重新签一份授权委托书，重新上传后再审核。')
    expect(said).toContain('原因：委托书没有委托人签名；身份证照片看不清')
    await shot(page, 'letter-reject-confirm')
    // 再看看 decides nothing.
    await page.getByRole('button', { name: '再看看' }).click()
    await consequences.waitFor({ state: 'hidden' })
    expect(await page.getByText('待审核', { exact: true }).count()).toBeGreaterThan(0)

    await page.getByRole('button', { name: '不予通过' }).click()
    await page.getByRole('button', { name: '确认不予通过' }).click()
    await page.getByText('未通过', { exact: true }).waitFor()
  })

  it('the letter sent again shows the refusal before it — when, by whom, why — beside it', async () => {
    const { page } = reviewer
    await sendLetter()
    await page.getByRole('button', { name: '← 返回待审核' }).click()
    await page.getByText(/^待审核（\d+ 件/).waitFor()
    // The queue marks it as sent again, as its page does.
    expect(await page.getByTestId('queue-resubmitted').textContent()).toBe('第 2 次提交（之前退回 1 次）')
    await page.locator('.ant-table-tbody tr').filter({ hasText: '授权委托书' }).first().click()
    const earlier = page.getByTestId('earlier-refusals')
    await earlier.waitFor()
    expect(await page.getByTestId('resubmitted').textContent()).toBe('第 2 次提交（之前退回 1 次）')
    expect(await earlier.locator('.ant-card-head-title').first().textContent()).toBe('之前退回过 1 份（同一代办人为 张建华 交的）')
    const refusal = await page.getByTestId('earlier-refusal').textContent()
    expect(refusal).toMatch(/第 1 份：\d{4}-\d{2}-\d{2} \d{2}:\d{2} 提交，\d{4}-\d{2}-\d{2} \d{2}:\d{2} 审核员 王芳 退回/)
    expect(refusal).toContain('委托书没有委托人签名')
    expect(refusal).toContain('身份证照片看不清')
    // The refused letter itself, to compare with the new one.
    await earlier.getByTestId('material-AUTHORIZATION_LETTER').locator('img').waitFor()
    expect(pageErrors).toEqual([])
    await shot(page, 'letter-resubmitted')

    await page.getByRole('button', { name: '通过', exact: true }).click()
    await page.getByRole('button', { name: '确认通过' }).click()
    await page.getByText('已通过（授权生效）').waitFor()
  })

  it('a 代办 filing’s case says how the proxy was authorised: the letter approved (when, by whom), or the 参保人’s own 同意', async () => {
    const { page } = reviewer
    letterFiling = await emergencyFor(daughter, memberId)
    await page.goto(`${suite.server.url}/staff#/filing/${letterFiling}`)
    const card = page.getByTestId('proxy-authorization')
    await card.waitFor()
    expect(await card.textContent()).toMatch(/代办授权：授权委托书已审核通过代办人 李\* 上传的授权委托书 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 由审核员 王芳 审核通过。/)
    await shot(page, 'filing-proxy-letter')
    // Unmasked on request: the 参保人's ID and the proxy's own, to check against 代办人的有效身份证件.
    await page.getByRole('button', { name: '显示完整信息' }).click()
    await page.getByText('已显示完整信息（已记录）').waitFor()
    expect(await page.getByTestId('id-number').textContent()).toBe('11010519491231002X')
    expect(await page.getByTestId('filer-id-number').textContent()).toBe('440300195501011236')
    // It leads to the letter.
    await card.getByTestId('open-letter').click()
    await page.getByText('已通过（授权生效）').waitFor()

    await page.goto(`${suite.server.url}/staff#/filing/${inviteFiling}`)
    await page.getByText('代办授权：参保人本人在自己的手机上同意').waitFor()
    expect(await page.getByTestId('proxy-authorization').textContent()).toMatch(/参保人 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 用自己的账号（本人实人认证过）同意了代办人 陈\* 的邀请，同意由其代办。/)
    expect(pageErrors).toEqual([])
    await shot(page, 'filing-proxy-invitation')
  })

  it('显示完整信息 names the proxy in full on every panel, and puts her ID number beside the photo of her ID she was asked for', async () => {
    const { page } = reviewer
    // The daughter's emergency filing for her father (the test before: one stay, one filing).
    const filing = letterFiling
    // The reviewer asks for the proxy's own ID (as the decision panel does), with the console's session.
    const token = await page.evaluate(() => sessionStorage.getItem('staff-token'))
    const asked = await fetch(`${suite.server.url}/api/review/filings/${filing}/decision`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'REQUEST_MATERIALS', missingItems: ['代办人的有效身份证件'] }),
    })
    expect(asked.status).toBe(200)
    await daughter.call('POST', `/api/filings/${filing}/materials`, { materials: [await daughter.upload('ID_DOCUMENT')] })

    await page.goto(`${suite.server.url}/staff#/filing/${filing}`)
    const proxyIdCard = page.locator('[data-testid^="material-proxy-id-"]')
    await proxyIdCard.waitFor()
    expect(await proxyIdCard.textContent()).toBe('代办人实名信息里的身份证号：点“参保人”右上角的“显示完整信息”后显示，对照照片核对')
    expect(await page.getByTestId('proxy-authorization').textContent()).toContain('代办人 李* 上传的授权委托书')
    expect(await page.getByTestId('filer-verification').textContent()).toContain('代办人 李*的实人认证')
    expect(await page.getByTestId('timeline').textContent()).toContain('代办人 李*提交')
    // 实人认证's own photos, apart from the ID she sent as a material (a trial read a contradiction).
    expect(await page.getByTestId('filer-verification').textContent()).toContain('没有做实人认证（没有刷脸，也没有上传实人认证用的身份证照片）。代办人已经按要求补交了自己的身份证件')
    // 深圳's own emergency standard is not collected: the 江西 list is named as a reference (a trial).
    expect(await page.getByTestId('emergency').textContent()).toContain('赣人社发〔2017〕57号 附件5 急诊审核标准参考范围；参保地的标准本系统未收录，按这份参考')

    await page.getByRole('button', { name: '显示完整信息' }).click()
    await page.getByText('已显示完整信息（已记录）').waitFor()
    expect(await proxyIdCard.textContent()).toBe('代办人实名信息里的身份证号：440300195501011236')
    expect(await page.getByTestId('filer-id-number').textContent()).toBe('440300195501011236')
    expect(await page.getByTestId('proxy-authorization').textContent()).toContain('代办人 李梅 上传的授权委托书')
    const verification = await page.getByTestId('filer-verification').textContent()
    expect(verification).toContain('代办人 李梅的实人认证')
    expect(verification).toContain('请对照它核对是不是代办人 李梅 本人在办理。')
    const timeline = await page.getByTestId('timeline').textContent()
    expect(timeline).toContain('代办人 李梅提交')
    expect(timeline).toContain('代办人 李梅补交材料，回到审核中')
    expect(timeline).not.toContain('李*')
    expect(pageErrors).toEqual([])
    await shot(page, 'filing-proxy-revealed')
  })
})
