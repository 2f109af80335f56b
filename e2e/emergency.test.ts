import { idCheckChar } from '@/domain/validation/id-number'
import { chooseFile, newUser } from './app-helpers'
import { withSequence } from './fixtures'
import { REVIEWER_TOKEN, fileEmergency, staffTool } from './flows'
import { e2eSuite, shot } from './harness'

/** Insured in 南昌 (360100: the default 5-working-day window), fell ill in 阳江. */
const ID = '36010219580808002' + idCheckChar('36010219580808002')
const PROFILE = { name: '刘淑芬', idNumber: ID, phone: '13712345678', insuredRegion: '360100', insuranceType: 'RESIDENT' }

const suite = e2eSuite({ REVIEWER_TOKEN })
const review = staffTool(suite)

describe('emergency filing within the window, reviewed by staff', () => {
  it('files an emergency case; staff approve it with the review tool; the app shows 备案成功', async () => {
    const { context, page } = await newUser(suite, PROFILE, { verified: false })
    await page.goto(suite.server.url)
    await page.locator('#entry-emergency').click()
    const number = await fileEmergency(page, suite.photo, 'approve')

    expect(await review('list')).toContain(number)
    expect(await review('show', number)).toContain('急性阑尾炎')
    await review('approve', number)

    await page.locator('#open-mine').click()
    await page.waitForFunction(() => document.querySelector('#detail-status')?.textContent?.includes('备案成功'))
    const timeline = (await page.locator('#detail-timeline').textContent())!
    expect(timeline).toContain('审核中')
    expect(timeline).toContain('备案成功')
    await shot(page, 'approve-detail')
    await context.close()
  })

  it('staff ask for more material; the person adds it in the app; staff approve', async () => {
    // Another person (the same admission, under the first test's ID number, would be a duplicate).
    const { context, page } = await newUser(suite, { ...PROFILE, idNumber: withSequence(ID, 4) }, { verified: false })
    await page.goto(suite.server.url)
    await page.locator('#entry-emergency').click()
    const number = await fileEmergency(page, suite.photo, 'request')

    await review('request', number, '--missing', '入院记录（要有医院公章）', '--missing', '门诊病历首页')
    await page.locator('#open-mine').click()
    await page.locator('#missing-items').waitFor()
    const missing = (await page.locator('#missing-items').textContent())!
    expect(missing).toContain('入院记录（要有医院公章）')
    expect(missing).toContain('门诊病历首页')
    await shot(page, 'request-needs-materials')

    // Both documents named are needed: with one, the page says what is still missing and sends nothing.
    // Each photo is on the server (the button counts it) before 提交 is tapped: tapped while the
    // upload is still on its way, the page rightly says 请先拍照 instead.
    await chooseFile(page, '#needs-materials #pick-ADMISSION_RECORD', suite.photo)
    await page.locator('#submit-materials', { hasText: '（1 张）' }).waitFor()
    await page.locator('#submit-materials').click()
    await page.waitForFunction(() => document.querySelector('#add-materials-error')?.textContent === '还差：门诊（急诊）病历。请拍好再提交。')
    await chooseFile(page, '#needs-materials #pick-OUTPATIENT_RECORD', suite.photo)
    await page.locator('#submit-materials', { hasText: '（2 张）' }).waitFor()
    await page.locator('#submit-materials').click()
    await page.waitForFunction(() => document.querySelector('#detail-status')?.textContent?.includes('审核中'))
    await shot(page, 'request-resubmitted')

    await review('approve', number)
    await page.reload()
    await page.waitForFunction(() => document.querySelector('#detail-status')?.textContent?.includes('备案成功'))
    await shot(page, 'request-approved')
    await context.close()
  })
})
