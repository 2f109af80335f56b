import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { chineseDateOf } from '@/domain/calendar/day-number'
import { idCheckChar } from '@/domain/validation/id-number'
import { agreeToPrivacy, apiInPage, chooseFile, elderMode, newUser, pageStill, PRIVACY_CONSENT, scrolledIntoView, uploadInPage, waitForSession } from './app-helpers'
import { chinaDay, followTestClock } from './clock'
import { REVIEWER_TOKEN, submitFromMaterials } from './flows'
import { SCREENSHOT_DIR, e2eSuite, fill, phoneContext, shot } from './harness'
import { DESK, changeHandedOverPassword, STAFF_PASSWORD, staffCli } from './staff-seed'

// The trial (the worst open product bug): a father, insured in 南昌 (360100, the default profile),
// holds an approved long-term filing to 深圳 that takes effect after he was admitted there as an
// emergency. His daughter opens 在外地急诊住院了 for him. Answering 超过 3 个月 used to send her to
// the type chooser, which said he already had a filing (a loop); 3 个月以内 made an emergency
// filing that no screen related to the long-term one. And a second person whose filing was in
// force on the admission day: nothing to file, said at once.

const SHENZHEN = { province: '440000', city: '440300' }
const FATHER_ID = '36010219480315003' + idCheckChar('36010219480315003')
const DAUGHTER_ID = '44030419780909002' + idCheckChar('44030419780909002')
const NEIGHBOUR_ID = '36010219500520004' + idCheckChar('36010219500520004')
const FATHER = { name: '张建国', idNumber: FATHER_ID, phone: '13912340001', insuredRegion: '360100', insuranceType: 'RESIDENT' }
const DAUGHTER = { name: '张丽', idNumber: DAUGHTER_ID, phone: '13612340002', insuredRegion: '440300', insuranceType: 'EMPLOYEE' }
const NEIGHBOUR = { name: '王桂兰', idNumber: NEIGHBOUR_ID, phone: '13712340003', insuredRegion: '360100', insuranceType: 'RESIDENT' }
const SUZHOU_ID = '32050819520611005' + idCheckChar('32050819520611005')
const SON_ID = '44030419800202003' + idCheckChar('44030419800202003')
const SUZHOU_FATHER = { name: '陈国华', idNumber: '32050819490101006' + idCheckChar('32050819490101006'), phone: '13812340007' }
/** Insured in 苏州 (the 江苏 profile: an emergency counts as filed, 002 第三十七条), living with his son in 深圳 for a year. */
const SUZHOU_RETIREE = { name: '陈国平', idNumber: SUZHOU_ID, phone: '13812340005', insuredRegion: '320500', insuranceType: 'RESIDENT' }

/** The trial of 刚才查的是谁: a son with no 实名信息 yet (insured in 深圳) checks his father's stay (苏州). */
const WANG_QIANG = { name: '王强', idNumber: '44030419850505007' + idCheckChar('44030419850505007'), phone: '13512340008' }
const WANG_JIANGUO = { name: '王建国', idNumber: '32050819550808008' + idCheckChar('32050819550808008'), phone: '13812340009' }

const suite = e2eSuite({ REVIEWER_TOKEN })

/** A long-term filing to 深圳 for `subject`, as the app sends it (ID and residence permit); answers its id and number. */
async function longTermToShenzhen(page: Page, subject: unknown, startDate: string, admittedOn?: string) {
  const materials = [await uploadInPage(page, 'ID_DOCUMENT'), await uploadInPage(page, 'RESIDENCE_PERMIT')]
  const filed = await apiInPage<{ id: string; number: string; status: string; validFrom: string }>(page, 'POST', '/api/filings', {
    type: 'LONG_TERM_RESIDENT',
    subject,
    destination: SHENZHEN,
    startDate,
    contacts: { phone1: '13912340001', addressAtDestination: '深圳市福田区福华路 8 号' },
    materials,
    ...(admittedOn ? { admittedOn } : {}),
  })
  expect(filed.status).toBe(201)
  expect(filed.body).toMatchObject({ status: 'APPROVED', validFrom: startDate })
  return filed.body
}

/** Scrolls the page (inside .taro_page in H5) so that `selector` is at the top of the screen. */
async function toTop(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), selector)
}

/** The phone's screen as it is, beside shot()'s whole-page pictures: what a person sees first. */
async function screenShot(page: Page, name: string): Promise<void> {
  const dir = path.join(SCREENSHOT_DIR, 'emergency-standing')
  fs.mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `screen-${name}.png`) })
}

describe('the emergency flow beside a filing the person holds', () => {
  it('the trial: his filing starts after the admission; over 3 months away → the 参保地 moves its start back, never the chooser; within 3 months → the emergency filing, shown to staff beside his', async () => {
    const { page: daughter } = await newUser(suite, DAUGHTER)
    const member = await apiInPage<{ id: string }>(daughter, 'POST', '/api/family-members', {
      name: FATHER.name, idNumber: FATHER.idNumber, relation: 'PARENT', phone: FATHER.phone, insuredRegion: FATHER.insuredRegion, insuranceType: FATHER.insuranceType, ...PRIVACY_CONSENT,
    })
    expect(member.status).toBe(201)
    const memberId = member.body.id
    const invitation = await apiInPage<{ invitation: { token: string } }>(daughter, 'POST', `/api/family-members/${memberId}/authorization`, { method: 'INVITATION' })
    expect(invitation.status).toBe(201)
    // He says 同意 on his own phone.
    const father = await newUser(suite, FATHER)
    expect((await apiInPage(father.page, 'POST', `/api/invitations/${invitation.body.invitation.token}/accept`)).status).toBe(200)
    await father.context.close()
    // His long-term filing, made by her, from two days on; he was admitted the day before yesterday.
    const startsOn = chinaDay(2)
    const admittedOn = chinaDay(-2)
    const longTerm = await longTermToShenzhen(daughter, { familyMemberId: memberId }, startsOn)

    await daughter.goto(`${suite.server.url}/packages/family/pages/list/index`)
    await daughter.locator(`#emergency-for-${memberId}`).click()
    await daughter.locator(`#subject-${memberId}.flow__choice--selected`).waitFor()
    await daughter.locator('#check-admitted-on-day-before').click()
    // Picking the date (and then the place) scrolls the answer into view: each next tap waits for
    // the page to stop (a tap pressed while it moves and released after reaches nothing).
    await pageStill(daughter)
    // Where the hospital is, among his filings' places.
    await daughter.locator('#question-place').waitFor()
    expect(await daughter.locator('#question-place-why').textContent()).toBe('张建国已经有去这个地方的备案。住院的医院在那里，可能就不用再办急诊备案了。')
    await daughter.locator('#place-440300').click()
    await pageStill(daughter)
    await daughter.locator('#standing-lead').waitFor()
    expect(await daughter.locator('#standing-lead').textContent()).toBe(
      `张建国去广东省深圳市的备案（异地长期居住人员，备案号 ${longTerm.number}）${chineseDateOf(startsOn)}起才生效，` +
        `${chineseDateOf(admittedOn)}住院时还没生效：有效期内住的院才算，这次住院不在里面。`,
    )
    await shot(daughter, 'trial-place-answered')

    // 超过 3 个月: not an emergency filing, and not the chooser (which would refuse a second one).
    await daughter.locator('#admitted-YES').click()
    await daughter.locator('#criterion-ACUTE_PAIN').click()
    await daughter.locator('#reason-VISIT').click()
    await daughter.locator('#away-MORE').click()
    await daughter.locator('#standing-answer').waitFor()
    expect(await daughter.locator('#go-other').count()).toBe(0)
    expect(await daughter.locator('#standing-advice').textContent()).toContain(`请他们把这条备案的开始日期改到入院那天（${chineseDateOf(admittedOn)}）`)
    expect(await daughter.locator('#help-line-standing-call').textContent()).toContain('12393')
    await toTop(daughter, '#standing-answer')
    await screenShot(daughter, 'trial-more-than-3-months')
    await shot(daughter, 'trial-more-than-3-months')
    await elderMode(daughter, true)
    await toTop(daughter, '#standing-answer')
    await screenShot(daughter, 'trial-more-than-3-months-elder')
    await shot(daughter, 'trial-more-than-3-months-elder')
    await elderMode(daughter, false)
    // His filing, one tap away.
    await daughter.locator('#start-open-standing').click()
    await daughter.waitForFunction(() => document.querySelector('#detail-status')?.textContent?.includes('备案成功'))
    expect(daughter.url()).toContain(`id=${longTerm.id}`)

    // 3 个月以内: this stay is the emergency filing's; 深圳 is filled in as the hospital's city.
    await daughter.goto(`${suite.server.url}/packages/emergency/pages/start/index`)
    await daughter.locator('#away-UP_TO_3_MONTHS').click()
    await daughter.locator('#start-verdict-standing').waitFor()
    expect(await daughter.locator('#start-verdict-standing').textContent()).toBe('这次住院要另外办急诊备案，从入院那天算起。以后在广东省深圳市看病，还用那条备案，不用改。')
    await shot(daughter, 'trial-within-3-months')
    await daughter.locator('#start-next').click()
    await daughter.locator('#deadline').waitFor()
    expect(await daughter.locator('#region-picker-trigger').textContent()).toContain('深圳')
    await fill(daughter, 'hospitalName', '深圳市人民医院')
    await fill(daughter, 'diagnosis', '急性心肌梗死')
    await daughter.locator('#details-next').click()
    await chooseFile(daughter, '#pick-ID_DOCUMENT-FRONT', suite.photo)
    await daughter.locator('.materials__thumb').first().waitFor()
    await chooseFile(daughter, '#pick-ID_DOCUMENT-BACK', suite.photo)
    await daughter.locator('.materials__thumb').nth(1).waitFor()
    await chooseFile(daughter, '#pick-EMERGENCY_DIAGNOSIS', suite.photo)
    await daughter.locator('.materials__thumb').nth(2).waitFor()
    await submitFromMaterials(daughter, 'trial-emergency')
    expect(await daughter.locator('#result-banner').textContent()).toContain('等待审核')
    const emergencyId = new URL(daughter.url()).searchParams.get('id')!

    // Staff see his long-term filing beside the emergency filing, and what it is to this stay.
    const kase = await fetch(`${suite.server.url}/api/review/filings/${emergencyId}/case`, { headers: { authorization: `Bearer ${REVIEWER_TOKEN}` } })
    expect(kase.status).toBe(200)
    const { otherFilings } = (await kase.json()) as { otherFilings: Array<{ id: string; relation: string; note: string }> }
    expect(otherFilings).toEqual([
      expect.objectContaining({ id: longTerm.id, relation: 'STARTS_LATER', note: `${chineseDateOf(startsOn)}起才生效，入院（${chineseDateOf(admittedOn)}）时还没生效，管不到这次住院` }),
    ])
    expect(await staffCli(suite, 'add', 'wangfang', '--name', '王芳', '--role', 'REVIEWER')).toContain('wangfang')
    const desk = await suite.browser.newContext(DESK)
    await followTestClock(desk)
    const staffPage = await desk.newPage()
    await staffPage.goto(`${suite.server.url}/staff`)
    await staffPage.getByLabel('用户名').fill('wangfang')
    await staffPage.getByLabel('密码').fill(STAFF_PASSWORD)
    await staffPage.getByRole('button', { name: '登录' }).click()
    await changeHandedOverPassword(staffPage)
    await staffPage.goto(`${suite.server.url}/staff/#/filing/${emergencyId}`)
    await staffPage.getByTestId('other-filings').waitFor()
    expect(await staffPage.getByTestId('other-filings-later').textContent()).toContain(`异地长期居住人员备案 ${longTerm.number}（广东省深圳市）入院后才生效，管不到这次住院`)
    expect(await staffPage.getByTestId(`other-filing-${longTerm.id}`).textContent()).toContain('入院后才生效')
    await staffPage.getByTestId('other-filings').scrollIntoViewIfNeeded()
    await shot(staffPage, 'staff-case-beside')
    await desk.close()
  })

  it('his filing was in force on the admission day: nothing to file — said at once, in 长辈模式 too, the filing one tap away', async () => {
    const { page } = await newUser(suite, NEIGHBOUR)
    // Filed during the stay (补办), from the admission day the day before yesterday.
    const admittedOn = chinaDay(-2)
    const longTerm = await longTermToShenzhen(page, { self: true }, admittedOn, admittedOn)
    await page.goto(`${suite.server.url}/packages/emergency/pages/start/index`)
    await page.locator('#check-admitted-on-day-before').click()
    await pageStill(page)
    await page.locator('#place-440300').click()
    await pageStill(page)
    await page.locator('#standing-answer').waitFor()
    // The page brings the answer into view (a smooth scroll) below the choices.
    await scrolledIntoView(page, '#question-place-answer')
    expect(await page.locator('#standing-headline').textContent()).toBe('不用办急诊备案：这次住院已经有备案了')
    expect(await page.locator('#deadline-check-title').textContent()).toBe('1. 哪天住的院？')
    expect(await page.locator('#standing-answer-lead').textContent()).toBe(
      `您去广东省深圳市的备案（异地长期居住人员，备案号 ${longTerm.number}）${chineseDateOf(admittedOn)}起生效，${chineseDateOf(admittedOn)}住院时已经在有效期内。`,
    )
    for (const id of ['#question-admitted', '#start-next', '#start-deadline']) expect(await page.locator(id).count()).toBe(0)
    await screenShot(page, 'covered')
    await shot(page, 'covered')
    await elderMode(page, true)
    await page.locator('#standing-answer').waitFor()
    await toTop(page, '#question-place')
    await screenShot(page, 'covered-elder')
    await shot(page, 'covered-elder')
    await page.locator('#start-open-standing').click()
    await page.waitForFunction(() => document.querySelector('#detail-status')?.textContent?.includes('备案成功'))
    expect(page.url()).toContain(`id=${longTerm.id}`)
  })

  it('insured in 苏州, away more than 3 months: 视同已备案 for this stay — not the type chooser — a second button for later visits; the page ends with what to tell the hospital', async () => {
    const { page } = await newUser(suite, SUZHOU_RETIREE)
    await page.goto(`${suite.server.url}/packages/emergency/pages/start/index`)
    await page.locator('#check-admitted-on-yesterday').click()
    await pageStill(page)
    await page.locator('#admitted-YES').click()
    await page.locator('#criterion-ACUTE_PAIN').click()
    // No 为什么在外地 here: 苏州 deems an emergency filed, nothing is sent (a trial).
    expect(await page.locator('#question-reason').count()).toBe(0)
    await page.locator('#away-MORE').click()
    await page.locator('#start-verdict').waitFor()
    expect(await page.locator('#start-verdict').textContent()).toContain('能算急诊：视同已备案，不用补办')
    expect(await page.locator('#start-verdict').textContent()).toContain('急诊以外的看病不算备案，要另外办“长期居住”一类的备案')
    expect(await page.locator('#go-other').count()).toBe(0)
    expect(await page.locator('#start-long-stay').textContent()).toBe('以后看病：去选备案类型')
    await toTop(page, '#start-verdict')
    await screenShot(page, 'jiangsu-more-than-3-months')
    await elderMode(page, true)
    await page.locator('#start-verdict').waitFor()
    await toTop(page, '#start-verdict')
    await screenShot(page, 'jiangsu-more-than-3-months-elder')
    expect(await page.locator('#start-next').count()).toBe(0)
    expect(await page.locator('#deemed-say-rule').textContent()).toContain('规定急诊抢救视同已备案（苏医保发〔2022〕75号')
    await toTop(page, '#deemed-guide')
    await shot(page, 'jiangsu-tell-the-hospital-elder')
  })

  it('the trial: a son whose 苏州-insured father has not authorised him yet still learns today that the stay counts as filed, and what to tell the hospital — no 授权 asked for this stay', async () => {
    const { page: son } = await newUser(suite, { name: '陈志强', idNumber: SON_ID, phone: '13512340006', insuredRegion: '440300', insuranceType: 'EMPLOYEE' })
    const member = await apiInPage<{ id: string }>(son, 'POST', '/api/family-members', {
      name: SUZHOU_FATHER.name, idNumber: SUZHOU_FATHER.idNumber, relation: 'PARENT', phone: SUZHOU_FATHER.phone, insuredRegion: '320500', insuranceType: 'RESIDENT', ...PRIVACY_CONSENT,
    })
    expect(member.status).toBe(201)
    // The invitation is sent; his father, in hospital, has not said 同意 yet.
    expect((await apiInPage(son, 'POST', `/api/family-members/${member.body.id}/authorization`, { method: 'INVITATION' })).status).toBe(201)
    await son.goto(`${suite.server.url}/packages/emergency/pages/start/index`)
    await son.locator(`#subject-${member.body.id}`).click()
    await son.locator('#start-check-only').waitFor()
    await son.locator('#check-admitted-on-yesterday').click()
    await pageStill(son)
    await son.locator('#admitted-YES').click()
    await son.locator('#criterion-ACUTE_PAIN').click()
    // No 为什么在外地 here: 苏州 deems an emergency filed, nothing is sent (a trial).
    expect(await son.locator('#question-reason').count()).toBe(0)
    await son.locator('#away-MORE').click()
    await son.locator('#start-verdict').waitFor()
    expect(await son.locator('#start-verdict').textContent()).toContain('陈国华的参保地规定急诊抢救视同已备案')
    await toTop(son, '#start-verdict')
    await screenShot(son, 'son-not-authorised-verdict')
    // This stay asks no 授权: the line under the chooser says so, and no button asks for it.
    expect(await son.locator('#start-check-only').textContent()).toContain('这次住院视同已备案，不用替陈国华提交什么，也不用先请陈国华授权')
    for (const id of ['#start-ask-consent', '#start-needs-consent', '#start-next']) expect(await son.locator(id).count()).toBe(0)
    expect(await son.locator('#deemed-say-who').textContent()).toBe('· “病人是陈国华，医保在江苏省苏州市参保，这次是急诊住院，请按急诊登记。”')
    expect(await son.locator('#deemed-say-rule').textContent()).toContain('江苏省规定急诊抢救视同已备案（苏医保发〔2022〕75号')
    await toTop(son, '#deemed-guide')
    await shot(son, 'son-not-authorised-tell-the-hospital')
    await elderMode(son, true)
    await son.locator('#deemed-guide').waitFor()
    await toTop(son, '#deemed-guide')
    await screenShot(son, 'son-not-authorised-tell-the-hospital-elder')
    await shot(son, 'son-not-authorised-tell-the-hospital-elder')
  })

  it('the trial: a son with no 实名信息 checks his 苏州-insured father’s stay — the page ends with what to tell the hospital, never 填实名信息; saving his own (深圳) later, 为家人查的 asks no 添加家人 or 授权', async () => {
    const context = await phoneContext(suite.browser)
    const son = await context.newPage()
    await son.goto(suite.server.url)
    await waitForSession(son)
    await son.locator('#entry-emergency').click()
    await son.locator('#deadline-check').waitFor()
    await son.locator('#check-admitted-on-yesterday').click()
    await pageStill(son)
    await son.locator('#check-region-picker-trigger').click()
    await son.locator('#check-region-320000').click()
    await son.locator('#check-region-320500').click()
    // Not good news yet: nothing says this stay was an emergency admission (a trial).
    await son.locator('#start-deemed-pending').waitFor()
    expect(await son.locator('#start-deemed-filed').count()).toBe(0)
    await son.locator('#admitted-YES').click()
    await son.locator('#criterion-VITAL_SIGNS').click()
    await son.locator('#start-deemed-filed').waitFor()
    // No 为什么在外地 here: 苏州 deems an emergency filed, nothing is sent (a trial).
    expect(await son.locator('#question-reason').count()).toBe(0)
    await son.locator('#away-UP_TO_3_MONTHS').click()
    expect(await son.locator('#start-verdict').textContent()).toContain('视同已备案')
    // The answer needs nothing more: what to tell the hospital and keep, and no 下一步 to 实名信息.
    await son.locator('#deemed-guide').waitFor()
    expect(await son.locator('#deemed-say-who').textContent()).toBe('· “病人的医保在江苏省苏州市参保，这次是急诊住院，请按急诊登记。”')
    expect(await son.locator('#deemed-keep-receipts').textContent()).toContain('发票、费用清单、诊断证明和急诊病历收好')
    for (const id of ['#start-next', '#start-needs-profile']) expect(await son.locator(id).count()).toBe(0)
    expect(await son.locator('body').textContent()).not.toContain('填实名信息')
    await toTop(son, '#deemed-guide')
    await shot(son, 'no-profile-tell-the-hospital')
    await elderMode(son, true)
    await son.locator('#deemed-guide').waitFor()
    await toTop(son, '#deemed-guide')
    await screenShot(son, 'no-profile-tell-the-hospital-elder')
    await shot(son, 'no-profile-tell-the-hospital-elder')
    await elderMode(son, false)
    // 知道了，回首页: nothing was to be sent, so no card urges a deadline.
    await son.locator('#start-deemed-home').click()
    await son.locator('#entry-emergency').waitFor()
    await son.waitForTimeout(500)
    expect(await son.locator('[id^="waiting-EMERGENCY"]').count()).toBe(0)

    // Later he saves his own 实名信息 (insured in 深圳) and looks again.
    await son.goto(`${suite.server.url}/packages/profile/pages/edit/index`)
    await son.locator('#privacy-consent').waitFor()
    await agreeToPrivacy(son)
    await fill(son, 'name', WANG_QIANG.name)
    await fill(son, 'idNumber', WANG_QIANG.idNumber)
    await fill(son, 'phone', WANG_QIANG.phone)
    await son.locator('#region-picker-trigger').click()
    await son.locator('#region-440000').click()
    await son.locator('#region-440300').click()
    await son.getByText('职工医保', { exact: true }).click()
    await son.locator('#profile-save').click()
    await son.locator('#profile-saved').waitFor()
    await son.goto(`${suite.server.url}/packages/emergency/pages/start/index`)

    // Not 为我自己 with 深圳's deadline, but the question, with 苏州's answer still on the page.
    await son.locator('#start-whose').waitFor()
    expect(await son.locator('#start-whose-text').textContent()).toBe('刚才选的参保地是江苏省苏州市，您实名信息里的是广东省深圳市。下面的答案还是按江苏省苏州市算的。请说一下刚才是替谁查的，再接着办。')
    expect(await son.locator('#start-deemed-filed').textContent()).toContain('急诊抢救视同已备案，不用补办')
    expect(await son.locator('#start-deadline').count()).toBe(0)
    expect(await son.locator('#subject-chooser').count()).toBe(0)
    await shot(son, 'whose-was-it')
    await elderMode(son, true)
    await son.locator('#start-whose').waitFor()
    await screenShot(son, 'whose-was-it-elder')
    await shot(son, 'whose-was-it-elder')
    await elderMode(son, false)

    // 为家人查的: this stay needs no 添加家人 and no 授权; what to tell the hospital is right below.
    expect(await son.locator('#start-whose-add').textContent()).toContain('不用添加家人，也不用请家人授权')
    await son.locator('#start-whose-add').click()
    await pageStill(son)
    expect(son.url()).toContain('/packages/emergency/pages/start/index')
    expect(await son.locator('#privacy-consent').count()).toBe(0)
    expect(await son.locator('#deemed-say-who').textContent()).toBe('· “病人的医保在江苏省苏州市参保，这次是急诊住院，请按急诊登记。”')
    expect(await son.locator('#start-ask-consent').count()).toBe(0)
    await shot(son, 'whose-was-it-family-deemed')

    // Added all the same (he may file for him later), and back on the emergency page: he is offered by name.
    const father = await apiInPage<{ id: string }>(son, 'POST', '/api/family-members', {
      ...WANG_JIANGUO, relation: 'PARENT', insuredRegion: '320500', insuranceType: 'RESIDENT', ...PRIVACY_CONSENT,
    })
    expect(father.status).toBe(201)
    await son.goto(`${suite.server.url}/packages/emergency/pages/start/index`)
    await son.locator(`#start-whose-${father.body.id}`).click()
    await son.locator(`#subject-${father.body.id}.flow__choice--selected`).waitFor()
    expect(await son.locator('#start-whose').count()).toBe(0)
    expect(await son.locator('#start-deemed-filed').textContent()).toContain('急诊抢救视同已备案，不用补办')
    expect(await son.locator('#start-verdict').textContent()).toContain('王建国的参保地规定急诊抢救视同已备案')
    // He has not authorised his son: this stay does not ask him to.
    expect(await son.locator('#start-check-only').textContent()).toContain('不用先请王建国授权')
    expect(await son.locator('#deemed-say-who').textContent()).toBe('· “病人是王建国，医保在江苏省苏州市参保，这次是急诊住院，请按急诊登记。”')
    expect(await son.locator('#start-ask-consent').count()).toBe(0)
    await shot(son, 'whose-was-it-father')
    await context.close()
  })
})
