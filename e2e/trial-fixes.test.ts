import { idCheckChar } from '@/domain/validation/id-number'
import { elderMode, newUser, pickYangjiang } from './app-helpers'
import { withSequence } from './fixtures'
import { e2eSuite, fill, shot } from './harness'

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
    expect(await page.locator('#error-addressAtDestination').textContent()).toContain('例如：福田区福华路 8 号 3 栋 501')
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
    expect(card).toContain('您上次办「异地长期居住人员」备案，填到了“上传材料”')
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

  it('a first visit, with nothing kept, shows no card', async () => {
    const context = await suite.browser.newContext()
    const page = await context.newPage()
    await page.goto(suite.server.url)
    await page.locator('#entry-file').waitFor()
    expect(await page.locator('#home-waiting').count()).toBe(0)
    await context.close()
  })
})
