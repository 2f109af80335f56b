import type { Page } from 'playwright-core'
import { idCheckChar } from '@/domain/validation/id-number'
import { PRIVACY_CONSENT, agreeToPrivacy, apiInPage, elderMode, fileTemporaryInPage, newUser, pageStill, pickYangjiang, uploadInPage, waitForSession } from './app-helpers'
import { chinaDay } from './clock'
import { withSequence } from './fixtures'
import { e2eSuite, fill, phoneContext, shot, textBox, zoomedIn } from './harness'
import { OWN_PASSWORD, STAFF_PASSWORD, changeHandedOverPassword, chinaYesterday, staffCli, staffDesk } from './staff-seed'

// A user trial (people over 70, a daughter filing on her phone): 异地安置 picked directly said
// nothing of the 户口; a draft left half-way showed only on 我要备案; "阳江市江城区" was taken as an
// address. A person insured in 南昌 (360100: 户籍迁入 required, 004) files to 阳江.
const ID = '36010219500315002' + idCheckChar('36010219500315002')
const PROFILE = { name: '刘淑芬', idNumber: ID, phone: '13912345670', insuredRegion: '360100', insuranceType: 'RESIDENT' }

const suite = e2eSuite()
let people = 0
const ownProfile = () => ({ ...PROFILE, idNumber: withSequence(ID, (people += 1) * 2) })

describe('the trial’s findings, as a person meets them', () => {
  it('异地安置 picked directly with the 户口 not moved → told, 改办异地长期居住人员; an address without a street is sent back; the draft waits on the home page', async () => {
    const { context, page } = await newUser(suite, ownProfile())
    await page.locator('#entry-file').click()
    await page.locator('#subject-self').waitFor()
    await page.locator('#mode-direct').click()
    await page.locator('#type-RETIRED_RESETTLED').click()
    await page.locator('#direct-hukou').waitFor()
    expect(await page.locator('#choose-type').textContent()).toBe('请先回答户口迁没迁')
    await page.locator('#direct-hukou-no').click()
    await page.locator('#resettle-advice').waitFor()
    expect(await page.locator('#resettle-advice').textContent()).toContain('户口没迁，您办不了异地安置')
    expect(await page.locator('#resettle-advice').textContent()).toContain('户籍也迁入定居地')
    expect(await page.locator('#choose-type').textContent()).toBe('改办异地长期居住人员')
    await page.locator('#resettle-advice').scrollIntoViewIfNeeded()
    await shot(page, 'direct-retired-hukou-not-moved')
    await elderMode(page, true)
    // The page keeps the draft, not the choice on it: choose again in 长辈模式.
    await page.locator('#mode-direct').click()
    await page.locator('#type-RETIRED_RESETTLED').click()
    await page.locator('#direct-hukou-no').click()
    await page.locator('#resettle-advice').scrollIntoViewIfNeeded()
    await shot(page, 'direct-retired-hukou-not-moved-elder')
    await page.locator('#choose-type').click()

    // The form: an address with no road or number is sent back, saying what to add.
    await page.locator('#region-picker-trigger').waitFor()
    await pickYangjiang(page)
    await fill(page, 'addressAtDestination', '阳江市江城区')
    await page.locator('#form-next').scrollIntoViewIfNeeded()
    await page.locator('#form-next').click()
    await page.locator('#error-addressAtDestination').waitFor()
    expect(await page.locator('#error-addressAtDestination').textContent()).toContain('例如：人民路 8 号 3 栋 501')
    await page.locator('#error-addressAtDestination').scrollIntoViewIfNeeded()
    await shot(page, 'address-without-street-elder')
    await fill(page, 'addressAtDestination', '阳江市江城区东风路 8 号 3 栋 201')
    await page.locator('#form-next').click()
    await page.locator('#materials-next').waitFor()

    // Home: the unfinished filing, with whose it is, the type and the step.
    await page.goto(suite.server.url)
    await page.locator('#draft-card-self').waitFor()
    const card = await page.locator('#draft-card-self').textContent()
    expect(card).toContain('还没填完的备案')
    expect(card).toContain('您上次为自己办「异地长期居住人员」备案，填到了“上传材料”')
    await shot(page, 'home-unfinished-draft-elder')
    await elderMode(page, false)
    await page.locator('#draft-card-self').waitFor()
    await shot(page, 'home-unfinished-draft')
    await page.locator('#draft-continue-self').click()
    await page.locator('#materials-next').waitFor()

    // Back home: 不填了，删掉 asks first; 确定删掉 removes it, and 我要备案 starts afresh.
    await page.goto(suite.server.url)
    await page.locator('#draft-discard-self').click()
    await page.locator('#draft-confirm-self').waitFor()
    await shot(page, 'home-discard-confirm')
    await page.locator('#draft-discard-no-self').click()
    await page.locator('#draft-continue-self').waitFor()
    await page.locator('#draft-discard-self').click()
    await page.locator('#draft-discard-yes-self').click()
    await page.locator('#draft-card-self').waitFor({ state: 'detached' })
    await page.locator('#entry-file').click()
    await page.locator('#subject-self').waitFor()
    expect(await page.locator('#resume-draft').count()).toBe(0)
    await context.close()
  })

  // A later trial: 继续填写 on the home page skipped 我要备案's warning that the same filing exists.
  it('a draft left half-way, then the same type filed to the same place: the home card says it would be a duplicate and opens that filing (normal and 长辈模式)', async () => {
    const { context, page } = await newUser(suite, ownProfile())
    await page.locator('#entry-file').click()
    await page.locator('#subject-self').waitFor()
    await page.locator('#mode-direct').click()
    await page.locator('#type-OTHER_TEMPORARY').click()
    await page.locator('#choose-type').click()
    await page.locator('#region-picker-trigger').waitFor()
    await pickYangjiang(page)
    // Meanwhile the same type to 阳江 is filed (another phone, or the API as the app sends it).
    const filed = await fileTemporaryInPage(page, PROFILE.phone)

    await page.goto(suite.server.url)
    await page.locator('#draft-open-existing-self').waitFor()
    const card = (await page.locator('#draft-card-self').textContent())!
    expect(card).toContain('上次填的不用再提交')
    expect(card).toContain('上次填的「其他临时外出就医人员」和您已有的备案重复了，不用再提交；要改地方或日期，请打开已有的备案办理变更。')
    expect(await page.locator('#draft-existing-self').textContent()).toContain(`备案号 ${filed.number}`)
    expect(await page.locator('#draft-continue-self').count()).toBe(0)
    await shot(page, 'home-draft-duplicate')
    await elderMode(page, true)
    await page.locator('#draft-open-existing-self').waitFor()
    expect(await page.locator('#draft-continue-self').count()).toBe(0)
    await shot(page, 'home-draft-duplicate-elder')
    await page.locator('#draft-open-existing-self').click()
    await page.waitForFunction((n) => document.querySelector('#detail-number')?.textContent?.includes(n), filed.number)
    await elderMode(page, false)
    await context.close()
  })

  it('a first visit, with nothing kept, shows no card', async () => {
    const context = await suite.browser.newContext()
    const page = await context.newPage()
    await page.goto(suite.server.url)
    await page.locator('#entry-file').waitFor()
    expect(await page.locator('#home-waiting').count()).toBe(0)
    await context.close()
  })
})

// A user trial: the reviewer saw an address at the 就医地 naming another city and could only ask
// for a photo. Now the request asks to correct it (请申请人改正 外地住址), the person corrects it
// on the 补充材料 page (checked as the server checks it), and the reviewer approves.
/**
 * A person insured in 柳州 (Guangxi's 5-working-day window) files an emergency admitted in 阳江
 * yesterday, through the API in their page; answers the page and the filing (under review).
 */
/** 进度查询 for the filing `number`, as anyone may look it up: its number and the ID's last 6 digits. */
async function lookUpStatus(page: Page, number: string, idNumber: string): Promise<void> {
  await page.goto(`${suite.server.url}/packages/status/pages/lookup/index?number=${number}`)
  await fill(page, 'idTail', idNumber.slice(-6))
  await page.locator('#status-search').click()
}

/**
 * The home page's card for the filing `filingId` sent back, in normal mode then 长辈模式 (left on):
 * it says each of `says` and not `never`; a screenshot of each, `<name>` and `<name>-elder`.
 */
async function homeCardSays(page: Page, filingId: string, says: string[], never: string, name: string): Promise<void> {
  for (const elder of [false, true]) {
    await elderMode(page, elder)
    await page.goto(suite.server.url)
    const card = page.locator(`#waiting-MATERIALS-${filingId}`)
    await card.waitFor()
    const words = await card.textContent()
    for (const w of says) expect(words).toContain(w)
    expect(words).not.toContain(never)
    await card.scrollIntoViewIfNeeded()
    await shot(page, elder ? `${name}-elder` : name)
  }
}

async function emergencyUnderReview(address: string, diagnosis: string, criteria: string[]) {
  const profile = { ...ownProfile(), insuredRegion: '450200' }
  const { page } = await newUser(suite, profile, { verified: false })
  const admitted = chinaYesterday()
  const filed = await apiInPage<{ id: string; number: string; status: string }>(page, 'POST', '/api/filings', {
    type: 'EMERGENCY',
    subject: { self: true },
    destination: { province: '440000', city: '441700' },
    startDate: admitted,
    contacts: { phone1: PROFILE.phone, addressAtDestination: address },
    materials: [await uploadInPage(page, 'ID_DOCUMENT'), await uploadInPage(page, 'EMERGENCY_DIAGNOSIS')],
    emergency: { admittedOn: admitted, leftOn: null, awayReason: 'TRAVEL', hospitalName: '阳江市人民医院', diagnosis, criteria },
  })
  expect(filed.status).toBe(201)
  expect(filed.body.status).toBe('UNDER_REVIEW')
  return { page, filed: filed.body, idNumber: profile.idNumber }
}

/** A new reviewer (staff CLI) signs in to the console, sets her own password and opens the filing numbered `number`. */
async function reviewerOn(username: string, name: string, number: string, pageErrors: string[]) {
  expect(await staffCli(suite, 'add', username, '--name', name, '--role', 'REVIEWER')).toContain(`已新建审核员账号 ${username}（${name}）`)
  const { page: desk } = await staffDesk(suite, pageErrors)
  await desk.goto(`${suite.server.url}/staff`)
  await desk.getByLabel('用户名').fill(username)
  await desk.getByLabel('密码').fill(STAFF_PASSWORD)
  await desk.getByRole('button', { name: '登录' }).click()
  await changeHandedOverPassword(desk)
  await desk.locator('.ant-table-tbody').getByText(number).click()
  await desk.getByTestId('status').getByText('审核中').waitFor()
  return desk
}

describe('a reviewer asks for the address and the phone to be corrected, the person corrects the address, keeps the phone, the reviewer approves', () => {
  const WRONG = '广州市天河区体育西路 8 号'
  const RIGHT = '阳江市江城区东风路 8 号 3 栋 201'
  const pageErrors: string[] = []

  it('ticks 外地住址 and 联系电话, the person corrects one and is asked about the other in the H5 app (normal and 长辈模式), approved with old → new and 未改动 in the case', async () => {
    // The address in 广州.
    const { page, filed, idNumber } = await emergencyUnderReview(WRONG, '急性阑尾炎', ['ACUTE_PAIN'])
    // The reviewer: 要求补充材料 with 外地住址 and 联系电话 ticked under 请申请人改正, no photo asked.
    const desk = await reviewerOn('wangfang', '王芳', filed.number, pageErrors)
    await desk.getByText('要求补正（补材料、改正、提问）', { exact: true }).click()
    await desk.getByRole('checkbox', { name: '外地住址' }).check()
    await desk.getByRole('checkbox', { name: '联系电话', exact: true }).check()
    // A field the filing left empty says so (a trial: the console asked to 改正 what was never filled).
    expect(await desk.getByTestId('corrections-asked').textContent()).toBe('外地住址联系电话备用电话（备案时没有这一项）')
    await desk.getByRole('textbox', { name: '审核意见' }).fill('住址写的是广州市，备案地是阳江市，请写在阳江住的地方')
    await shot(desk, 'staff-correction-ticked')
    // Named for what it asks, not 要求补充材料 (a trial).
    await desk.getByRole('button', { name: '预览通知并请本人改正' }).click()
    const modal = desk.getByRole('dialog')
    await modal.getByText('微信订阅消息 · 审核结果通知').waitFor()
    expect(await modal.textContent()).toContain('请改正 2 项：外地住址；联系电话。审核意见：住址写的是广州市，备案地是阳江市，请写在阳江住的地方')
    await zoomedIn(modal)
    await modal.getByRole('button', { name: '确认请本人改正并发送' }).click()
    // Corrections only: named for them, not 待补充材料 (a trial).
    await desk.getByTestId('status').getByText('待改正填写的内容').waitFor()
    expect(await desk.getByTestId('decision-sent').textContent()).toContain('请改正 2 项：外地住址；联系电话')
    // The console names it for what it asked too, not 要求补充材料 (a trial).
    expect(await desk.getByTestId('decision-sent').textContent()).toMatch(/已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 请本人改正填写的内容（审核员 王芳）/)
    expect(await desk.getByTestId('timeline').textContent()).toContain('审核员 王芳 请申请人改正填写的内容')
    // By when, as the person's page says it (a trial: the console never said).
    expect(await desk.getByTestId('decision-sent-by').textContent()).toMatch(/^本人要在 \d{4}-\d{2}-\d{2} 24:00 前改好（急诊补办截止）$/)
    expect(await desk.getByTestId('review-closed').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 请本人改正填写的内容（审核员 王芳），在时限内。等申请人改正；改正后回到审核中，重新计时。$/)
    expect(await desk.getByTestId('decision-panel').textContent()).toContain('正在等本人改正填写的内容。改正后备案回到“审核中”')
    expect(await desk.getByTestId('timeline').textContent()).toContain('请申请人改正：外地住址')
    await shot(desk, 'staff-correction-sent')

    // The person, on the 备案结果 page opened again: what was asked, and 去改正 to the filing's
    // page (there the address is filled with what they typed); nothing to photograph, so not 补充材料.
    await page.goto(`${suite.server.url}/packages/filing/pages/result/index?id=${filed.id}`)
    await page.locator('#result-answer').waitFor()
    expect(await page.locator('#result-banner').textContent()).toContain('要改正填写的内容')
    expect(await page.locator('#missing-items').textContent()).toBe('1. 改正外地住址（不用拍照）2. 改正联系电话（不用拍照）')
    expect(await page.locator('#needs-reasons').textContent()).toBe('审核意见：住址写的是广州市，备案地是阳江市，请写在阳江住的地方')
    expect(await page.locator('#result-answer').textContent()).toBe('去改正')
    await page.locator('#result-answer').click()
    await page.waitForURL(/\/packages\/mine\/pages\/detail\/index\?id=/)
    await page.locator('#corrections').waitFor()
    expect(await page.locator('#missing-items').textContent()).toContain('1. 改正外地住址（不用拍照，在下面改）2. 改正联系电话（不用拍照，在下面改）')
    // Two fields asked: the reviewer's words once, above them, not under each (a trial).
    expect(await page.locator('#needs-reasons').textContent()).toBe('审核意见：住址写的是广州市，备案地是阳江市，请写在阳江住的地方')
    expect(await page.locator('#corrections').textContent()).not.toContain('住址写的是广州市')
    expect(await page.locator('#field-correction-phone1').textContent()).not.toContain('工作人员说')
    expect(await textBox(page, 'addressAtDestination').inputValue()).toBe(WRONG)
    expect(await page.locator('#asked-materials').count()).toBe(0)
    await page.locator('#corrections').scrollIntoViewIfNeeded()
    await shot(page, 'correction-asked')

    // A family member looking it up by number (no login, 长辈模式) learns what is asked and by when,
    // the day her own page gives.
    const deadline = (await page.locator('#needs-deadline').textContent())!
    expect(deadline).toMatch(/^请在 \d{4} 年 \d{1,2} 月 \d{1,2} 日 24:00 前改好$/)
    const family = await (await phoneContext(suite.browser)).newPage()
    await family.goto(`${suite.server.url}/packages/status/pages/lookup/index?number=${filed.number}`)
    await elderMode(family, true)
    await fill(family, 'idTail', idNumber.slice(-6))
    await family.locator('#status-search').click()
    await family.locator('#status-asked-by').waitFor()
    expect(await family.locator('#status-asked-by').textContent()).toBe(deadline)
    expect(await family.locator('#status-missing').textContent()).toContain('· 改正外地住址· 改正联系电话')
    await family.locator('#status-missing').scrollIntoViewIfNeeded()
    await shot(family, 'status-asked-by-elder')
    await family.context().close()

    await elderMode(page, true)
    await page.locator('#corrections').waitFor()
    // Still in 广州: the same check as the server's, on the field.
    await fill(page, 'addressAtDestination', '广州市天河区体育西路 9 号')
    await page.locator('#submit-materials').click()
    await page.locator('#error-correction-addressAtDestination').waitFor()
    expect(await page.locator('#error-correction-addressAtDestination').textContent()).toContain('和备案地（广东省阳江市）不一致')
    await page.locator('#corrections').scrollIntoViewIfNeeded()
    await shot(page, 'correction-refused-elder')
    // The address corrected, the phone left as filed: said once, with the reviewer's words.
    await fill(page, 'addressAtDestination', RIGHT)
    await page.locator('#submit-materials').click()
    await page.locator('#corrections-unchanged').waitFor()
    expect(await page.locator('#corrections-unchanged').textContent()).toBe(
      // Two fields were asked: the reviewer's words (about the address) stay above, not under the phone.
      '您还没有改联系电话，框里还是备案时填的。请对照上面工作人员说的改好再点“提交改正的内容”；如果您核对过，确实不用改，再点一次“提交改正的内容”。',
    )
    expect(await page.locator('#corrections-unchanged').getAttribute('role')).toBe('alert')
    await page.locator('#corrections-unchanged').scrollIntoViewIfNeeded()
    await shot(page, 'correction-unchanged-elder')
    // The number is right: the second tap sends it as it is.
    await page.locator('#submit-materials').click()
    await page.locator('#materials-sent').waitFor()
    expect(await page.locator('#detail-status').textContent()).toContain('审核中')
    // Her 办理进度 says what she did: corrected (one field changed), not 已补充材料 (a trial).
    await page.locator('#detail-timeline', { hasText: '已改正填写的内容' }).waitFor()
    expect(await page.locator('#detail-timeline').textContent()).not.toContain('已补充材料')
    await shot(page, 'correction-sent-elder')

    // The reviewer sees old → new, in the case and its 进度, and approves.
    await desk.reload()
    await desk.getByTestId('status').getByText('审核中').waitFor()
    const corrected = await desk.getByTestId('corrections').textContent()
    expect(corrected).toContain('外地住址')
    expect(corrected).toContain(`${WRONG} → ${RIGHT}`)
    // The phone kept as filed (masked on the desk, as every phone there).
    expect(corrected).toContain(`联系电话（`)
    expect(corrected).toContain(`未改动：${PROFILE.phone.slice(0, 3)}****${PROFILE.phone.slice(-4)}`)
    expect(await desk.getByTestId('timeline').textContent()).toContain(`改正外地住址：“${WRONG}” → “${RIGHT}”`)
    expect(await desk.getByTestId('timeline').textContent()).toContain('申请人改正了填写的内容，回到审核中')
    await shot(desk, 'staff-correction-answered')
    await desk.getByTestId('decision-panel').getByText('批准', { exact: true }).click()
    await desk.getByRole('button', { name: '预览通知并批准' }).click()
    const approve = desk.getByRole('dialog').filter({ hasText: '审核通过，备案成功' })
    await approve.waitFor()
    await zoomedIn(approve)
    await approve.getByRole('button', { name: '确认批准并发送' }).click()
    await desk.getByTestId('status').getByText('备案成功').waitFor()

    await elderMode(page, false)
    await page.locator('#detail-status').getByText('备案成功').waitFor()
    await shot(page, 'correction-approved')
    expect(pageErrors).toEqual([])
  })
})

// Two trials: the emergency form has no 外地住址, and a reviewer who needed it asked the person to
// 改正 what was never filled.
describe('a reviewer asks for the 外地住址 an emergency filing never had', () => {
  const pageErrors: string[] = []
  it('the console and the message say 填写, and so do the person’s pages and button', async () => {
    const { page, filed, idNumber } = await emergencyUnderReview('', '急性胆囊炎', ['ACUTE_PAIN'])
    const desk = await reviewerOn('zhaomin', '赵敏', filed.number, pageErrors)
    await desk.getByText('要求补正（补材料、改正、提问）', { exact: true }).click()
    expect(await desk.locator('#corrections-label').textContent()).toBe('请申请人改正或填写（本人或代办人在手机上改好、填好再提交，不用拍照）：')
    await desk.getByRole('checkbox', { name: '外地住址（备案时没有这一项）' }).check()
    await desk.getByRole('textbox', { name: '审核意见' }).fill('请写到门牌号。')
    await desk.getByRole('button', { name: '预览通知并请本人填写' }).click()
    const modal = desk.getByRole('dialog')
    await modal.getByText('微信订阅消息 · 审核结果通知').waitFor()
    expect(await modal.textContent()).toContain('请填写 1 项：外地住址。审核意见：请写到门牌号。')
    await modal.getByRole('button', { name: '确认请本人填写并发送' }).click()
    // 待填写, not 待改正, wherever the request is named (a trial: the card said 去改正, the page 填好).
    await desk.getByTestId('status').getByText('待填写缺少的内容').waitFor()
    expect(await desk.getByTestId('decision-sent').textContent()).toMatch(/已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 请本人填写备案时没有填的内容（审核员 赵敏）/)
    expect(await desk.getByTestId('decision-sent-by').textContent()).toMatch(/^本人要在 \d{4}-\d{2}-\d{2} 24:00 前填好（急诊补办截止）$/)
    expect(await desk.getByTestId('decision-panel').textContent()).toContain('正在等本人填写备案时没有填的内容。填好后备案回到“审核中”')
    expect(await desk.getByTestId('review-closed').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 请本人填写备案时没有填的内容（审核员 赵敏），在时限内。等申请人填写；填好后回到审核中，重新计时。$/)
    expect(await desk.getByTestId('timeline').textContent()).toContain('审核员 赵敏 请申请人填写备案时没有填的内容')
    expect(await desk.getByTestId('timeline').textContent()).not.toContain('改正')

    await homeCardSays(page, filed.id, ['要填写缺少的内容', '1 项要填写的内容（外地住址）', '去填写'], '改', 'fill-address-card')
    await elderMode(page, false)

    // 进度查询, as a family member reads it: 填写, as the request said it.
    await lookUpStatus(page, filed.number, idNumber)
    await page.locator('#status-missing').waitFor()
    expect(await page.locator('#status-missing-title').textContent()).toBe('还需要填写这些内容（不用拍照）：')
    expect(await page.locator('#status-missing').textContent()).toContain('填写外地住址')
    expect(await page.locator('#status-result').textContent()).toContain('待填写缺少的内容')
    expect(await page.locator('#status-result').textContent()).not.toContain('改')
    await shot(page, 'fill-address-status')

    await page.goto(`${suite.server.url}/packages/filing/pages/result/index?id=${filed.id}`)
    await page.locator('#result-answer').waitFor()
    expect(await page.locator('#missing-items').textContent()).toBe('1. 填写外地住址（备案时没有这一项，不用拍照）')
    expect(await page.locator('#result-banner').textContent()).toContain('要填写缺少的内容')
    expect(await page.locator('#result-banner').textContent()).toContain('待填写缺少的内容')
    expect(await page.locator('#result-answer').textContent()).toBe('去填写')
    expect(await page.locator('#result-asked-where').textContent()).toBe('点上面的“去填写”，在这条备案的页面里填好再提交，不用重新办备案。')
    await page.locator('#result-answer').click()
    await page.waitForURL(/\/packages\/mine\/pages\/detail\/index\?id=/)
    await page.locator('#corrections').waitFor()
    // The reviewer's full stop and the app's are one (a trial read 写到门牌号。。).
    expect(await page.locator('#field-correction-addressAtDestination').textContent()).toContain('工作人员说：请写到门牌号。写您在备案地住的地方')
    expect(await page.locator('#submit-materials').textContent()).toContain('提交填写的内容')
    expect(await page.locator('#needs-deadline').textContent()).toMatch(/^请在 .* 24:00 前填好$/)
    expect(await page.locator('#asked-card .asked-card__heading').textContent()).toBe('工作人员请您填写的')
    expect(await page.locator('#other-materials').count()).toBe(0)
    expect(await page.locator('#detail-status').textContent()).toContain('待填写缺少的内容')
    await shot(page, 'fill-address-asked')

    // Filled in and sent: 填写, in the confirmation, her 办理进度 and the console's 进度.
    await fill(page, 'addressAtDestination', '阳江市江城区东风路 8 号 3 栋 201')
    await page.locator('#submit-materials').click()
    await page.locator('#materials-sent').waitFor()
    expect(await page.locator('#materials-sent').textContent()).toContain('✓ 填写的内容已提交')
    await page.locator('#detail-timeline', { hasText: '已填写缺少的内容' }).waitFor()
    await desk.reload()
    await desk.getByTestId('timeline').getByText('申请人填写了备案时没有填的内容，回到审核中').waitFor()
    expect(await desk.getByTestId('timeline').textContent()).toContain('填写外地住址：（空） → “阳江市江城区东风路 8 号 3 栋 201”')
    expect(await desk.getByTestId('corrections').textContent()).toContain('申请人按要求填写的内容')
    expect(pageErrors).toEqual([])
  })
})

// A user trial: the reviewer asked, under 其他, for an explanation; the person had no field to answer
// it in, and the page wanted a photo.
describe('a request to explain (其他, no material named)', () => {
  const pageErrors: string[] = []
  it('the person answers the question in 您的回答 without a photo (长辈模式), and the reviewer reads it in the 进度', async () => {
    const { page, filed, idNumber } = await emergencyUnderReview('阳江市江城区东风路 8 号', '右胫骨骨折', ['TRAUMA'])
    const desk = await reviewerOn('lina', '李娜', filed.number, pageErrors)
    await desk.getByText('要求补正（补材料、改正、提问）', { exact: true }).click()
    await desk.getByPlaceholder(/一行一项/).fill('请说明这次是在哪里、怎么受的伤')
    // Only a question: the buttons say 提问 (a trial: they said 要求补充材料 above a preview of 待回答问题).
    await desk.getByRole('button', { name: '预览通知并提问' }).click()
    await desk.getByRole('dialog').getByRole('button', { name: '确认提问并发送' }).click()
    // A question only: the case's own status tag says so too, not 待补充材料.
    await desk.getByTestId('status').getByText('待回答审核员的问题').waitFor()
    // The panel says a question was sent and waits for the answer (a trial: 要求补充材料, 等本人补交材料).
    expect(await desk.getByTestId('decision-sent').textContent()).toMatch(/已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 向本人提问（审核员 李娜）/)
    expect(await desk.getByTestId('decision-panel').textContent()).toContain('正在等本人回答问题。回答后备案回到“审核中”')
    expect(await desk.getByTestId('decision-panel').textContent()).not.toContain('补交材料')
    expect(await desk.getByTestId('review-closed').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 向本人提问（审核员 李娜），在时限内。等申请人回答；回答后回到审核中，重新计时。$/)
    await shot(desk, 'staff-question-sent')

    // The 备案结果 page opened again (a trial: it read 已提交，等待审核 beside 待补充材料): the question,
    // and 去回答问题 to the filing's page, where it is answered.
    await page.goto(`${suite.server.url}/packages/filing/pages/result/index?id=${filed.id}`)
    await page.locator('#result-answer').waitFor()
    expect(await page.locator('#result-banner').textContent()).toContain('审核员有个问题要您回答')
    expect(await page.locator('#result-banner').textContent()).toContain('待回答审核员的问题')
    expect(await page.locator('#missing-items').textContent()).toContain('1. 请说明这次是在哪里、怎么受的伤')
    expect(await page.locator('body').textContent()).not.toContain('等待审核')
    await shot(page, 'result-question-asked')
    await page.locator('#result-answer').click()
    await page.waitForURL(/\/packages\/mine\/pages\/detail\/index\?id=/)
    await page.locator('#reply-note').waitFor()
    await elderMode(page, true)
    await page.locator('#reply-note').waitFor()
    expect(await page.locator('#missing-items').textContent()).toContain('1. 请说明这次是在哪里、怎么受的伤')
    // 回答 by the deadline, and the 办理进度 step in the same words (not 待补充材料 — 请补充 1 项).
    expect(await page.locator('#needs-deadline').textContent()).toMatch(/^请在 \d{4} 年 \d{1,2} 月 \d{1,2} 日 24:00 前回答$/)
    const steps = await page.locator('#detail-timeline').textContent()
    expect(steps).toContain('待回答审核员的问题')
    expect(steps).toContain('请回答审核员的问题：请说明这次是在哪里、怎么受的伤')
    expect(steps).not.toContain('请补充')
    // Only a question was asked: 待回答审核员的问题, and the box is 您的回答.
    expect(await page.locator('#detail-status').textContent()).toContain('待回答审核员的问题')
    expect(await page.locator('#reply-note-heading').textContent()).toBe('您的回答')
    expect(await page.locator('#reply-note-hint').textContent()).toContain('把您的回答写在这里，不用拍照。')
    await page.locator('#submit-materials').click()
    await page.locator('#add-materials-error').waitFor()
    expect(await page.locator('#add-materials-error').textContent()).toBe('请在“您的回答”里写好，再提交')
    await page.locator('taro-textarea-core[name="replyNote"] textarea').fill('在阳江海边礁石上滑倒，右腿骨折，当天送的急诊')
    await page.locator('#reply-note').scrollIntoViewIfNeeded()
    await shot(page, 'explain-reply-elder')
    await page.locator('#submit-materials').click()
    await page.locator('#materials-sent').waitFor()
    expect(await page.locator('#materials-sent').textContent()).toContain('✓ 回答已提交')
    expect(await page.locator('#detail-status').textContent()).toContain('审核中')
    await elderMode(page, false)

    await desk.reload()
    await desk.getByTestId('status').getByText('审核中').waitFor()
    expect(await desk.getByTestId('timeline').textContent()).toContain('申请人回答：在阳江海边礁石上滑倒，右腿骨折，当天送的急诊')
    expect(await desk.getByTestId('questions').textContent()).toContain('在阳江海边礁石上滑倒，右腿骨折，当天送的急诊')
    await shot(desk, 'explain-reply-staff')

    // The public lookup says the question was answered (a trial read 审核中 twice), without the
    // question's or the answer's words.
    await lookUpStatus(page, filed.number, idNumber)
    await page.locator('#status-result').waitFor()
    expect((await page.locator('.status__step-label').allTextContents()).slice(-2)).toEqual(['待回答审核员的问题', '已回答审核员的问题'])
    expect(await page.locator('#status-result').textContent()).not.toMatch(/受的伤|礁石/)
    await shot(page, 'status-question-answered')
    expect(pageErrors).toEqual([])
  })
})

// A user trial: a cancelled emergency filing's page still showed 补办截止 as if it ran, and offered no
// way to file that stay again. Insured in 南昌 (360100: 5 working days), admitted today in 阳江.
describe('a cancelled emergency filing', () => {
  /** Files this user's own emergency stay in 阳江 (admitted today) and cancels it; answers its id. */
  async function cancelledEmergency(page: Page, answers: { leftOn: string | null; awayReason: string; diagnosis: string; criteria: string[] }, reason: string) {
    const admittedOn = chinaDay(0)
    const filed = await apiInPage<{ id: string; status: string }>(page, 'POST', '/api/filings', {
      type: 'EMERGENCY',
      subject: { self: true },
      destination: { province: '440000', city: '441700' },
      startDate: admittedOn,
      contacts: { phone1: PROFILE.phone, addressAtDestination: '' },
      materials: [await uploadInPage(page, 'ID_DOCUMENT'), await uploadInPage(page, 'EMERGENCY_DIAGNOSIS')],
      emergency: { admittedOn, hospitalName: '阳江市人民医院', ...answers },
    })
    expect(filed.status).toBe(201)
    expect((await apiInPage(page, 'POST', `/api/filings/${filed.body.id}/cancel`, { reason })).status).toBe(200)
    return filed.body.id
  }

  it('says the stay can still be filed, with the working days left (normal and 长辈模式), and 重新办急诊备案 opens the flow for that admission, filled in', async () => {
    const { context, page } = await newUser(suite, ownProfile(), { verified: false })
    const id = await cancelledEmergency(page, { leftOn: null, awayReason: 'TRAVEL', diagnosis: '急性阑尾炎', criteria: ['ACUTE_PAIN'] }, '填错了')

    await page.goto(`${suite.server.url}/packages/mine/pages/detail/index?id=${id}`)
    await page.locator('#detail-refile-start').waitFor()
    expect(await page.locator('#detail-emergency-deadline').count()).toBe(0)
    expect(await page.locator('#detail-emergency').textContent()).not.toContain('补办截止')
    expect(await page.locator('#detail-refile-lead').textContent()).toContain('这条急诊备案已经取消')
    expect(await page.locator('#detail-refile-next').textContent()).toMatch(/^还可以重新办急诊备案：还剩 \d 个工作日(（含今天）)?，要在 \d{4} 年 \d{1,2} 月 \d{1,2} 日 24:00 前提交。$/)
    // The filing recorded no 离开参保地日期: the first page opens, and the line says what comes first there.
    expect(await page.locator('#detail-refile-hint').textContent()).toBe('入院日期、医院和诊断已经替您填好。点下面的按钮，先回答“离开参保地多久了”，再点下一步核对住院信息，拍一次材料就能提交。')
    await page.locator('#detail-refile').scrollIntoViewIfNeeded()
    await shot(page, 'cancelled-emergency-refile')
    await elderMode(page, true)
    await page.locator('#detail-refile-start').scrollIntoViewIfNeeded()
    await shot(page, 'cancelled-emergency-refile-elder')
    await pageStill(page)
    await page.locator('#detail-refile-start').click()

    // The emergency flow's first page, for the same admission: the day and the answers the filing recorded.
    await page.locator('#start-deadline').waitFor()
    expect(await page.locator('#check-admitted-on-today').getAttribute('class')).toContain('date-choice__quick-btn--on')
    expect(await page.locator('#admitted-YES').getAttribute('aria-checked')).toBe('true')
    expect(await page.locator('#criterion-ACUTE_PAIN').getAttribute('aria-checked')).toBe('true')
    expect(await page.locator('#reason-TRAVEL').getAttribute('aria-checked')).toBe('true')
    await shot(page, 'cancelled-emergency-refile-start-elder')
    await page.locator('#away-UP_TO_3_MONTHS').click()
    await pageStill(page)
    await page.locator('#start-next').click()
    await page.locator('#deadline').waitFor()
    expect(await page.locator('taro-input-core[name="hospitalName"] input').inputValue()).toBe('阳江市人民医院')
    expect(await page.locator('taro-input-core[name="diagnosis"] input').inputValue()).toBe('急性阑尾炎')
    await shot(page, 'cancelled-emergency-refile-details-elder')
    await elderMode(page, false)
    await context.close()
  })

  // A fresh user's trial: the line said the hospital and the diagnosis were filled in, and the
  // button opened the first page, where neither is. With the day she left recorded, every answer of
  // the first page is known: 重新办 opens on the hospital and the diagnosis.
  it('recorded with the day she left: 重新办急诊备案 opens 住院信息, the hospital and the diagnosis filled in (normal and 长辈模式)', async () => {
    const { context, page } = await newUser(suite, ownProfile(), { verified: false })
    const id = await cancelledEmergency(page, { leftOn: chinaDay(-5), awayReason: 'VISIT', diagnosis: '右胫骨骨折', criteria: ['TRAUMA'] }, '住院信息填错了，要重新办')

    await page.goto(`${suite.server.url}/packages/mine/pages/detail/index?id=${id}`)
    await page.locator('#detail-refile-start').waitFor()
    expect(await page.locator('#detail-refile-hint').textContent()).toBe('入院日期、医院和诊断已经替您填好。点下面的按钮，直接到住院信息，核对一下，再拍一次材料就能提交。')
    await elderMode(page, true)
    await page.locator('#detail-refile-start').scrollIntoViewIfNeeded()
    await shot(page, 'cancelled-emergency-refile-recorded-elder')
    await pageStill(page)
    await page.locator('#detail-refile-start').click()

    // 填住院信息, as the line said: the hospital and the diagnosis are on this page, step 2 of 4.
    await page.locator('taro-input-core[name="hospitalName"] input').waitFor()
    expect(page.url()).toContain('/packages/emergency/pages/details/index')
    expect(await page.locator('taro-input-core[name="hospitalName"] input').inputValue()).toBe('阳江市人民医院')
    expect(await page.locator('taro-input-core[name="diagnosis"] input').inputValue()).toBe('右胫骨骨折')
    expect(await page.locator('.flow-steps__step--current').textContent()).toContain('填信息')
    await shot(page, 'cancelled-emergency-refile-recorded-details-elder')
    await elderMode(page, false)
    await page.locator('taro-input-core[name="hospitalName"] input').waitFor()
    expect(await page.locator('taro-input-core[name="diagnosis"] input').inputValue()).toBe('右胫骨骨折')
    await shot(page, 'cancelled-emergency-refile-recorded-details')
    await context.close()
  })
})

// A fresh user's trial of 家人代办 (H5): a son asks his mother, 周桂芳 (insured in 柳州), to let him file
// for her. The link he sent is kept on his phone and offered again while she has not answered; an
// emergency stay he looked up for her before she was added leads on once she agrees.
const MUM_ID = '45020219510606002' + idCheckChar('45020219510606002')
const SON_ID = '44030219790909001' + idCheckChar('44030219790909001')
const MUM = { name: '周桂芳', idNumber: MUM_ID, phone: '13512340606', insuredRegion: '450200', insuranceType: 'RESIDENT' }
const SON = { name: '周建平', idNumber: SON_ID, phone: '13612340909', insuredRegion: '440300', insuranceType: 'EMPLOYEE' }
let sons = 0
let mothers = 0
/** Each test its own son and mother: one account may verify each ID number, one member each per account. */
const ownSon = () => ({ ...SON, idNumber: withSequence(SON_ID, (sons += 1) * 2) })
const ownMum = () => ({ ...MUM, idNumber: withSequence(MUM_ID, (mothers += 1) * 2) })

/** 添加家人's form (after its consent step), for a mother insured in 柳州; the 参保地 only when not filled in already. */
async function fillMother(page: Page, mum: typeof MUM, pickRegion: boolean) {
  await page.locator('#privacy-consent').waitFor()
  await agreeToPrivacy(page)
  await fill(page, 'name', mum.name)
  await fill(page, 'idNumber', mum.idNumber)
  await fill(page, 'phone', mum.phone)
  await page.locator('#relation-PARENT').click()
  if (pickRegion) {
    await page.locator('#region-picker-trigger').click()
    await page.locator('#region-450000').click()
    await page.locator('#region-450200').click()
  }
  await page.locator('#insurance-RESIDENT').click()
}

/** The 请家人授权 page on top shows the kept link `link` to send again, not 重新发送邀请. */
async function showsKeptLink(page: Page, link: string) {
  const shown = page.locator('#invitation-link:visible')
  await shown.waitFor()
  expect((await shown.textContent())!.trim()).toBe(link)
  expect(await page.locator('#invite:visible').count()).toBe(0)
  expect(await page.locator('#authorize-pending-invite:visible').count()).toBe(0)
}

/** The mother, on her own phone (实名信息 and 实人认证 done), opens the link and says 同意. */
/** The mother agrees on her own phone; `stay`: the invitation was sent for her emergency stay, read in 长辈模式 first (its words, a screenshot). */
async function motherAgrees(mum: typeof MUM, link: string, stay?: RegExp) {
  const { context, page } = await newUser(suite, mum)
  if (stay) {
    await page.goto(suite.server.url)
    await page.locator('#elder-toggle').click()
    await page.waitForFunction(() => document.querySelector('.page-root--elder') !== null)
    // Her home card says by when, before she opens it.
    const card = page.locator('[id^="waiting-INVITATION-"]')
    await card.waitFor()
    expect(await card.locator('.home__waiting-detail').textContent()).toContain('24:00 前办好')
  }
  await page.goto(link)
  if (stay) {
    await page.locator('#invitation-emergency').waitFor()
    expect(await page.locator('#invitation-emergency').textContent()).toMatch(stay)
    await shot(page, 'mother-invitation-for-stay-elder')
  }
  await page.locator('#accept-invitation').click()
  await page.locator('#invitation-accepted').waitFor()
  await context.close()
}

describe('家人代办: the invitation kept on the phone, and a stay looked up before she agreed', () => {
  it('the link sent from 请家人授权 is shown again from 把邀请再发给… after leaving, in a reopened app, after a reload and in 长辈模式', async () => {
    const mum = ownMum()
    const { context, page: son } = await newUser(suite, ownSon())
    await son.goto(suite.server.url)
    await son.locator('#entry-family').click()
    await son.locator('#family-add').click()
    await fillMother(son, mum, true)
    await son.locator('#family-submit').click()
    await son.locator('#invite').click()
    await son.locator('#invitation-link').waitFor()
    const link = (await son.locator('#invitation-link').textContent())!.trim()
    const memberId = new URL(son.url()).searchParams.get('id')!
    const again = son.locator(`#authorize-${memberId}:visible`)

    // 发好了，返回家人列表: the list offers the same link, and the page shows it.
    await son.locator('#invitation-done').click()
    await again.waitFor()
    expect(await again.textContent()).toBe('把邀请再发给周桂芳')
    await shot(son, 'kept-invitation-list')
    await again.click()
    await showsKeptLink(son, link)
    await shot(son, 'kept-invitation-shown')

    // The app closed and opened again (a new page on the same phone): from the home page's card.
    await son.close()
    const reopened = await context.newPage()
    await reopened.goto(suite.server.url)
    await reopened.locator(`#waiting-AWAITING_MEMBER-${memberId}`).click()
    const offered = reopened.locator(`#authorize-${memberId}:visible`)
    await offered.waitFor()
    expect(await offered.textContent()).toBe('把邀请再发给周桂芳')
    await offered.click()
    await showsKeptLink(reopened, link)
    // Reloaded on the page itself.
    await reopened.reload()
    await showsKeptLink(reopened, link)

    // 长辈模式: 家人代办 (谁可以替我办), then the way to his own family list at its foot.
    await reopened.goto(suite.server.url)
    await elderMode(reopened, true)
    await reopened.locator('#entry-family').click()
    await reopened.locator('#proxies-open-family').click()
    const elderOffered = reopened.locator(`#authorize-${memberId}:visible`)
    await elderOffered.waitFor()
    expect(await elderOffered.textContent()).toBe('把邀请再发给周桂芳')
    await elderOffered.click()
    await showsKeptLink(reopened, link)
    await shot(reopened, 'kept-invitation-shown-elder')
    await elderMode(reopened, false)

    // She has not answered, and the link he sends is the one she has: it still opens her 同意.
    await motherAgrees(mum, link)
    await context.close()
  })

  it('with his mother added, 在外地急诊住院了 asks 为谁 with nothing chosen; the questions come once he answers (normal and 长辈模式)', async () => {
    // A trial: a daughter rushing to file her father's stay found 为我自己 chosen on this page.
    const mum = ownMum()
    const { context, page } = await newUser(suite, ownSon())
    const member = await apiInPage<{ id: string }>(page, 'POST', '/api/family-members', {
      name: mum.name, idNumber: mum.idNumber, relation: 'PARENT', phone: mum.phone, insuredRegion: mum.insuredRegion, insuranceType: mum.insuranceType, ...PRIVACY_CONSENT,
    })
    expect(member.status).toBe(201)
    const memberId = member.body.id
    for (const elder of [false, true]) {
      await page.goto(suite.server.url)
      await elderMode(page, elder)
      await page.locator('#entry-emergency').click()
      await page.locator('#subject-ask').waitFor()
      expect(await page.locator('#subject-ask').textContent()).toBe('这次为谁办？请先点一个：为您自己，还是为家人。')
      // Nothing chosen, for the eye and for a screen reader; nothing to answer or press below yet.
      expect(await page.locator('.flow__choice--selected').count()).toBe(0)
      for (const id of ['#subject-self', `#subject-${memberId}`]) {
        expect(await page.locator(id).getAttribute('role')).toBe('radio')
        expect(await page.locator(id).getAttribute('aria-checked')).toBe('false')
      }
      for (const id of ['#deadline-check', '#question-admitted', '#start-next']) expect(await page.locator(id).count()).toBe(0)
      await shot(page, elder ? 'emergency-asks-whom-elder' : 'emergency-asks-whom')
    }
    // His mother: her 参保地 (柳州) counts the deadline, and the page looks things up for her until she agrees.
    await page.locator(`#subject-${memberId}`).click()
    await page.locator('#deadline-check').waitFor()
    expect(await page.locator(`#subject-${memberId}`).getAttribute('aria-checked')).toBe('true')
    expect(await page.locator('#subject-ask').count()).toBe(0)
    await page.locator('#check-admitted-on-today').click()
    await page.locator('#start-deadline').waitFor()
    await shot(page, 'emergency-asked-whom-mother-elder')
    await elderMode(page, false)
    await context.close()
  })

  it('a stay looked up before she was added (刚才查的是谁？ → 为家人查的): once she agrees, the home card says 接着办急诊备案 and opens the stay for her, answers kept', async () => {
    const mum = ownMum()
    const son = ownSon()
    // A fresh user: no 实名信息 yet. He looks up his mother's stay (her 参保地, admitted today).
    const context = await phoneContext(suite.browser)
    const page = await context.newPage()
    await page.goto(suite.server.url)
    await waitForSession(page)
    await page.locator('#entry-emergency').click()
    await page.locator('#check-admitted-on-today').click()
    await pageStill(page)
    await page.locator('#check-region-picker-trigger').click()
    await page.locator('#check-region-450000').click()
    await page.locator('#check-region-450200').click()
    await page.locator('#admitted-YES').click()
    await page.locator('#criterion-ACUTE_PAIN').click()
    await page.locator('#reason-TRAVEL').click()
    await page.locator('#away-UP_TO_3_MONTHS').click()
    await pageStill(page)
    await page.locator('#start-next').click()

    // His own 实名信息 (深圳), then back: whose stay was it? His mother's, not added yet.
    await page.locator('#privacy-consent').waitFor()
    await agreeToPrivacy(page)
    await fill(page, 'name', son.name)
    await fill(page, 'idNumber', son.idNumber)
    await fill(page, 'phone', son.phone)
    await page.locator('#region-picker-trigger').click()
    await page.locator('#region-440000').click()
    await page.locator('#region-440300').click()
    await page.getByText('职工医保', { exact: true }).click()
    await page.locator('#profile-save').click()
    await page.locator('#profile-back-to').click()
    await page.locator('#start-whose-add').click()
    // 柳州 is filled in from the page: the form asks the rest.
    await fillMother(page, mum, false)
    await page.locator('#family-submit').click()
    await page.locator('#invite').click()
    await page.locator('#invitation-link').waitFor()
    const link = (await page.locator('#invitation-link').textContent())!.trim()
    const memberId = new URL(page.url()).searchParams.get('id')!

    // 发好了，返回: the emergency page, now his mother's, her answers there, waiting for her 同意.
    await page.locator('#invitation-done').click()
    await page.locator(`#subject-${memberId}.flow__choice--selected`).waitFor()
    expect(await page.locator('#start-whose').count()).toBe(0)
    expect(await page.locator('#admitted-YES').getAttribute('aria-checked')).toBe('true')
    expect(await page.locator('#start-ask-consent').textContent()).toBe('看看给周桂芳的邀请')
    await shot(page, 'looked-up-stay-is-mothers')
    // His home card while she has not agreed: by when her stay must be filed, and the other way (a trial).
    await page.goto(suite.server.url)
    const awaiting = page.locator(`#waiting-AWAITING_MEMBER-${memberId}`)
    await awaiting.waitFor()
    expect(await awaiting.locator('.home__waiting-detail').textContent()).toMatch(/的急诊补办备案要在 \d{4} 年 \d{1,2} 月 \d{1,2} 日 24:00 前提交，同意前提交不了；等不及的话，可以改交一份签了字的授权委托书。$/)
    await shot(page, 'waiting-for-mother-with-deadline')
    // It leads back to her stay (a trial: it led to 家人代办): the answers kept, the way to her invitation.
    expect(await awaiting.locator('.home__waiting-action').textContent()).toBe('去看这次急诊补办 ›')
    await awaiting.click()
    await page.locator(`#subject-${memberId}.flow__choice--selected`).waitFor()
    expect(await page.locator('#admitted-YES').getAttribute('aria-checked')).toBe('true')
    expect(await page.locator('#start-ask-consent').textContent()).toBe('看看给周桂芳的邀请')

    // Sent for her stay: the invitation says it and by when (a trial: it said only how long the link was valid).
    await motherAgrees(mum, link, /^您的(儿子|女儿) \S+在替您补办急诊住院（\d{1,2} 月 \d{1,2} 日入院）的备案，要在 \d{4} 年 \d{1,2} 月 \d{1,2} 日 24:00 前办好：您同意了才能提交，请尽早同意。$/)

    // Home: the good news leads on to the stay he looked up, naming the admission day.
    await page.goto(suite.server.url)
    const news = page.locator(`#news-INVITATION_ACCEPTED-${memberId}`)
    await news.waitFor()
    expect(await news.locator('.home__waiting-title').textContent()).toBe('母亲周桂芳已同意让您代办')
    expect(await news.locator('.home__waiting-detail').textContent()).toMatch(/您替周桂芳查过的急诊住院（\d{1,2} 月 \d{1,2} 日入院）接着办就行，答过的都还在。/)
    expect(await news.locator('.home__waiting-action').textContent()).toBe('接着办急诊备案 ›')
    await shot(page, 'mother-agreed-go-on-with-stay')
    await news.click()
    // The emergency flow for her, not 我要备案's type chooser: the day and the answers as he gave them.
    await page.locator(`#subject-${memberId}.flow__choice--selected`).waitFor()
    expect(page.url()).toContain(`/packages/emergency/pages/start/index?member=${memberId}`)
    expect(await page.locator('#check-admitted-on-today').getAttribute('class')).toContain('date-choice__quick-btn--on')
    for (const id of ['#admitted-YES', '#criterion-ACUTE_PAIN', '#reason-TRAVEL', '#away-UP_TO_3_MONTHS']) {
      expect(await page.locator(id).getAttribute('aria-checked')).toBe('true')
    }
    expect(await page.locator('#start-next').textContent()).toBe('下一步：填住院信息')
    await shot(page, 'mother-agreed-stay-opened')
    await context.close()
  })
})

// A user trial: the reviewer only asked a question, and a 70-year-old was told to 补交材料. Now a
// question-only send-back says 审核员有个问题要您回答 on the home card (normal and 长辈模式), the
// filing page asks for 您的回答 and confirms ✓ 回答已提交; the console shows the question and the
// answer, and the queue says 已回答问题.
describe('a reviewer only asks a question: the app asks for an answer, not materials', () => {
  const QUESTION = '请说明这次是在哪里、怎么受的伤？'
  const ANSWER = '在阳江海边散步时摔倒，右腿受伤'
  const pageErrors: string[] = []

  it('home card and filing page (normal and 长辈模式), then the case card and the queue tag', async () => {
    const { page, filed } = await emergencyUnderReview('阳江市江城区东风路 8 号', '右腿骨折', ['ACUTE_PAIN'])
    const desk = await reviewerOn('lijing', '李静', filed.number, pageErrors)
    // The decision through the API with her own session (the console's form is e2e'd above).
    const session = await fetch(`${suite.server.url}/api/staff/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lijing', password: OWN_PASSWORD }),
    })
    const staffSession = ((await session.json()) as { token: string }).token
    const decided = await fetch(`${suite.server.url}/api/review/filings/${filed.id}/decision`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staffSession}` },
      body: JSON.stringify({ decision: 'REQUEST_MATERIALS', missingItems: [QUESTION] }),
    })
    expect(decided.status).toBe(200)

    await homeCardSays(page, filed.id, ['审核员有个问题要您回答', '去回答问题'], '补充材料', 'question-card')

    await page.goto(`${suite.server.url}/packages/mine/pages/detail/index?id=${filed.id}`)
    await page.locator('#reply-note').waitFor()
    expect(await page.locator('#detail-status').textContent()).toContain('待回答审核员的问题')
    expect(await page.locator('#reply-note-heading').textContent()).toBe('您的回答')
    expect(await page.locator('#missing-items').textContent()).toContain(QUESTION)
    await page.locator('taro-textarea-core[name="replyNote"] textarea').fill(ANSWER)
    await shot(page, 'question-answer-elder')
    await page.locator('#submit-materials').click()
    await page.locator('#materials-sent').waitFor()
    expect(await page.locator('#materials-sent').textContent()).toContain('✓ 回答已提交')
    await shot(page, 'question-answered-elder')

    await desk.goto(`${suite.server.url}/staff`)
    const row = desk.locator('.ant-table-tbody tr', { hasText: filed.number })
    await row.waitFor()
    expect(await row.getByTestId('queue-came-back').textContent()).toBe('已回答问题')
    // Two phrases to a screen reader, not one (a trial read 异地急诊（抢救）人员已改正).
    expect(await row.locator('td').first().textContent()).toMatch(/人员，已回答问题$/)
    await shot(desk, 'staff-queue-answered')
    await row.click()
    const questions = desk.getByTestId('questions')
    await questions.waitFor()
    expect(await questions.textContent()).toContain('审核员的问题和申请人的回答')
    expect(await questions.textContent()).toContain(QUESTION)
    expect(await questions.textContent()).toContain(ANSWER)
    expect(await desk.getByTestId('timeline').textContent()).toContain('回答了审核员的问题')
    await shot(desk, 'staff-question-answered')
    expect(pageErrors).toEqual([])
  })
})
