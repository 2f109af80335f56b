import type { Page } from 'playwright-core'
import { idCheckChar } from '@/domain/validation/id-number'
import { apiInPage, chooseFile, newUser, pickYangjiang } from './app-helpers'
import { withSequence } from './fixtures'
import { e2eSuite, fill, shot, textBox } from './harness'
import { submitFromMaterials } from './flows'

/** A person insured in 南昌 (360100) who files to 阳江 (441700). */
const ID = '36010219550315002' + idCheckChar('36010219550315002')
const PROFILE = { name: '王桂兰', idNumber: ID, phone: '13912345678', insuredRegion: '360100', insuranceType: 'RESIDENT' }

const suite = e2eSuite()
let people = 0
/** PROFILE with an ID number of this user's own: each user verifies (实人认证), one account per ID. */
const ownProfile = () => ({ ...PROFILE, idNumber: withSequence(ID, (people += 1) * 2) })

async function startFiling(page: Page) {
  await page.goto(suite.server.url)
  await page.locator('#entry-file').click()
  await page.locator('#subject-self').waitFor()
}

async function answerChooser(page: Page, answers: Array<[string, string]>) {
  for (const [q, a] of answers) await page.locator(`#answer-${q}-${a}`).click()
  await page.locator('#chooser-result').waitFor()
}

async function fillForm(page: Page, name: string) {
  await page.locator('#choose-type').click()
  await page.locator('#region-picker-trigger').waitFor()
  await pickYangjiang(page)
  await fill(page, 'addressAtDestination', '阳江市江城区东风路 8 号 3 栋 201')
  await shot(page, `${name}-form`)
  await page.locator('#form-next').click()
  await page.locator('#materials-next').waitFor()
}

async function upload(page: Page, code: string) {
  // 身份证 has a slot per side (issue 13 item 11): the 正面 is enough to go on.
  // Until this photo's thumbnail is there (one more than before): the first one's is there already
  // for the second upload, and 下一步 tapped while that upload is still on its way stays put.
  const before = await page.locator('.materials__thumb').count()
  await chooseFile(page, code === 'ID_DOCUMENT' ? '#pick-ID_DOCUMENT-FRONT' : `#pick-${code}`, suite.photo)
  await page.locator('.materials__thumb').nth(before).waitFor()
}

async function submit(page: Page, name: string): Promise<string> {
  await submitFromMaterials(page, name)
  await page.locator('#receipt-image').waitFor()
  await shot(page, `${name}-result`)
  return (await page.locator('#filing-number').textContent())!.trim()
}

describe('guided self-service filing, as a new user', () => {
  it('长期居住: chooser → form → ID suite.photo → commitment instead of proof → 备案成功 → 我的备案 shows the lock', async () => {
    const { context, page } = await newUser(suite, ownProfile())
    await startFiling(page)
    await shot(page, 'resident-start')
    await answerChooser(page, [['reason', 'live'], ['stayLength', 'sixMonthsPlus']])
    expect(await page.locator('#chooser-result').textContent()).toContain('异地长期居住人员')
    await shot(page, 'resident-chooser')
    await fillForm(page, 'resident')

    await upload(page, 'ID_DOCUMENT')
    await page.locator('#commitment-toggle-RESIDENCE_PROOF').click()
    await page.locator('#commitment').waitFor()
    await fill(page, 'commitmentName', PROFILE.name)
    await page.getByText('我已阅读，承诺以上内容属实', { exact: true }).click()
    await shot(page, 'resident-materials')
    const number = await submit(page, 'resident')
    expect(await page.locator('#result-banner').textContent()).toContain('备案成功')
    expect(await page.locator('#validity').textContent()).toContain('长期有效')
    // 保存回执图片: a download of the receipt with its number, and the toast that says so (a trial
    // saw nothing happen).
    await page.waitForFunction(() => !document.querySelector('#save-receipt')?.className.includes('disabled'))
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-receipt').click()])
    expect(download.suggestedFilename()).toBe(`备案回执-${number}.png`)
    await page.getByText('回执图片已保存', { exact: true }).waitFor()
    await shot(page, 'resident-receipt-saved')

    // The server holds exactly one filing, on a commitment, approved at once.
    const list = await apiInPage<{ filings: Array<{ number: string; status: string; basis: string }> }>(page, 'GET', '/api/filings')
    expect(list.body.filings).toHaveLength(1)
    expect(list.body.filings[0]).toMatchObject({ number, status: 'APPROVED', basis: 'COMMITMENT' })

    // 我的备案: a commitment filing cannot be cancelled within 6 months; the page says from when.
    await page.locator('#open-mine').click()
    await page.locator('#detail-lock').waitFor()
    expect(await page.locator('#detail-lock').textContent()).toMatch(/最早 \d{4} 年 \d{1,2} 月 \d{1,2} 日/)
    expect(await page.locator('#detail-cancel').count()).toBe(0)
    await shot(page, 'resident-detail-locked')
    await context.close()
  })

  it('异地安置退休: picked directly, household register suite.photo → 备案成功 → 我的备案 → 取消', async () => {
    const { context, page } = await newUser(suite, ownProfile())
    await startFiling(page)
    await page.locator('#mode-direct').click()
    await page.locator('#type-RETIRED_RESETTLED').click()
    // The guided chooser's 户口 question, asked of a direct choice too (户口迁入: 江西 004).
    await page.locator('#direct-hukou-yes').click()
    await fillForm(page, 'retired')
    await upload(page, 'ID_DOCUMENT')
    await upload(page, 'HOUSEHOLD_REGISTER')
    await shot(page, 'retired-materials')
    const number = await submit(page, 'retired')
    expect(number).toMatch(/^YD\d{8}/)

    // 我的备案 → the filing → 取消备案 (proof-based: allowed at any time, 002 第十条).
    await page.goto(suite.server.url)
    await page.locator('#entry-mine').click()
    await page.locator('#mine-standing').waitFor()
    await shot(page, 'retired-mine')
    await page.locator('#mine-standing [id^="filing-"]').first().click()
    await page.locator('#detail-cancel').click()
    await page.locator('#cancel-dialog').waitFor()
    await page.locator('#cancel-reason-home').click()
    await shot(page, 'retired-cancel-dialog')
    await page.locator('#cancel-confirm').click()
    await page.waitForFunction(() => document.querySelector('#detail-status')?.textContent?.includes('已取消'))
    await shot(page, 'retired-cancelled')
    const after = await apiInPage<{ filings: Array<{ status: string }> }>(page, 'GET', '/api/filings')
    expect(after.body.filings[0].status).toBe('CANCELLED')
    await context.close()
  })

  it('常驻异地工作: dispatch letter → 备案成功 → 变更 (old one 已变更)', async () => {
    const { context, page } = await newUser(suite, ownProfile())
    await startFiling(page)
    await answerChooser(page, [['reason', 'work'], ['workLength', 'sixMonthsPlus']])
    await fillForm(page, 'worker')
    await upload(page, 'ID_DOCUMENT')
    await upload(page, 'DISPATCH_LETTER')
    await submit(page, 'worker')

    // 变更: a new address; the old filing becomes 已变更 and points to the new one.
    await page.locator('#open-mine').click()
    await page.locator('#detail-change').click()
    await page.locator('#change-submit').waitFor()
    await fill(page, 'addressAtDestination', '阳江市江城区新江北路 2 号')
    await page.locator('#reason-preset-1').click()
    await shot(page, 'worker-change')
    await page.locator('#change-submit').click()
    await page.locator('#detail-changed').waitFor()
    await shot(page, 'worker-changed')
    const after = await apiInPage<{ filings: Array<{ status: string; registration: string; contacts: { addressAtDestination: string } }> }>(page, 'GET', '/api/filings')
    expect(after.body.filings.map((f) => f.status).sort()).toEqual(['APPROVED', 'SUPERSEDED'])
    const current = after.body.filings.find((f) => f.status === 'APPROVED')!
    expect(current).toMatchObject({ registration: 'CHANGE', contacts: { addressAtDestination: '阳江市江城区新江北路 2 号' } })
    await context.close()
  })

  it('异地转诊: referral certificate, end date at least 6 months → 备案成功 with an end date → 取消', async () => {
    const { context, page } = await newUser(suite, ownProfile())
    await startFiling(page)
    await answerChooser(page, [['reason', 'treatment'], ['referred', 'yes']])
    await fillForm(page, 'referral')
    await upload(page, 'ID_DOCUMENT')
    await upload(page, 'REFERRAL_CERTIFICATE')
    await submit(page, 'referral')
    expect(await page.locator('#validity').textContent()).toMatch(/至 \d{4} 年 \d{1,2} 月 \d{1,2} 日/)
    await page.locator('#open-mine').click()
    await page.locator('#detail-cancel').click()
    await page.locator('#cancel-reason-not-going').click()
    await page.locator('#cancel-confirm').click()
    await page.waitForFunction(() => document.querySelector('#detail-status')?.textContent?.includes('已取消'))
    await context.close()
  })

  it('其他临时外出就医: identity only → a double tap on submit files once → 取消', async () => {
    const { context, page } = await newUser(suite, ownProfile())
    await startFiling(page)
    await answerChooser(page, [['reason', 'treatment'], ['referred', 'no']])
    await fillForm(page, 'temporary')
    await upload(page, 'ID_DOCUMENT')
    await page.locator('#materials-next').click()
    await page.getByText('我已阅读并承诺', { exact: true }).click()
    await page.locator('#submit').dblclick()
    await page.locator('#result-banner').waitFor()
    const list = await apiInPage<{ filings: unknown[] }>(page, 'GET', '/api/filings')
    expect(list.body.filings).toHaveLength(1)
    await shot(page, 'temporary-result')
    await page.locator('#open-mine').click()
    await page.locator('#detail-cancel').click()
    await page.locator('#cancel-reason-home').click()
    await page.locator('#cancel-confirm').click()
    await page.waitForFunction(() => document.querySelector('#detail-status')?.textContent?.includes('已取消'))
    await context.close()
  })

  it('a half-filled filing resumes at the same step with the same values after the app is closed', async () => {
    const { context, page } = await newUser(suite, ownProfile())
    await startFiling(page)
    await answerChooser(page, [['reason', 'live'], ['stayLength', 'sixMonthsPlus']])
    await page.locator('#choose-type').click()
    await fill(page, 'addressAtDestination', '三亚市吉阳区')
    await page.close()

    const again = await context.newPage()
    await again.goto(suite.server.url)
    await again.locator('#entry-file').click()
    await again.locator('#resume-draft').waitFor()
    await shot(again, 'resume-offer')
    await again.locator('#resume-continue').click()
    await textBox(again, 'addressAtDestination').waitFor()
    expect(await textBox(again, 'addressAtDestination').inputValue()).toBe('三亚市吉阳区')

    // 下一步 with mistakes: the first field marked wrong is brought into view (a trial: the form
    // stayed at its foot, "请看上面的红字", its first mistake a screen above).
    await again.locator('#form-next').scrollIntoViewIfNeeded()
    await again.locator('#form-next').click()
    await again.locator('#form-errors').waitFor()
    await again.waitForFunction(() => {
      const top = document.querySelector('.form-field--error')?.getBoundingClientRect().top
      return top !== undefined && top >= 0 && top < window.innerHeight / 2
    })
    expect(await again.locator('.form-field--error').first().getAttribute('id')).toBe('field-destination')
    await shot(again, 'form-first-mistake-in-view')
    await context.close()
  })
})
