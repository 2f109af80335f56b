import TestUtils from '@tarojs/test-utils-react'
import { fireEvent } from '@testing-library/react'
import { ID_TAKEN_MESSAGE, type VerificationView, type VerifyMeans } from '@/domain/verification'
import VerifyCard from '.'

const view = (change: Partial<VerificationView>): VerificationView => ({
  status: 'UNVERIFIED', statusLabel: '未认证', method: null, at: null, reason: null, conflict: null, ...change,
})

async function mount(verification: VerificationView, onVerify = jest.fn(), forName?: string, means: VerifyMeans = 'FACE') {
  const utils = new TestUtils()
  await utils.mount(VerifyCard, { props: { verification, onVerify, forName, means } })
  return onVerify
}

beforeEach(() => {
  document.body.innerHTML = ''
})

describe('VerifyCard (先完成实人认证, issue 11)', () => {
  it('unverified: says why, that filing may go on but waits for staff, and leads to verification', async () => {
    const onVerify = await mount(view({}))
    const card = document.getElementById('verify-card')!
    expect(card.textContent).toContain('先完成实人认证')
    expect(card.textContent).toContain('不认证也可以接着办，提交后再认证，也马上办好，不然要等工作人员核对')
    expect(document.getElementById('verify-card-go')!.className).toContain('nut-button-primary')
    fireEvent.click(document.getElementById('verify-card-go')!)
    expect(onVerify).toHaveBeenCalledTimes(1)
  })

  it('pending: no button, says the photos are being checked', async () => {
    await mount(view({ status: 'PENDING', statusLabel: '等待人工核对', method: 'STAFF' }))
    expect(document.getElementById('verify-card')!.textContent).toContain('实人认证：照片正在核对')
    expect(document.getElementById('verify-card-go')).toBeNull()
  })

  it('rejected: shows staff’s reason; an ID verified elsewhere: shows that message instead of the usual text', async () => {
    await mount(view({ status: 'REJECTED', statusLabel: '人工核对没通过', reason: '手持照片看不清脸' }))
    expect(document.getElementById('verify-card-reason')!.textContent).toBe('上次没通过：手持照片看不清脸')
    document.body.innerHTML = ''
    await mount(view({ conflict: ID_TAKEN_MESSAGE }))
    expect(document.getElementById('verify-card-conflict')!.textContent).toBe(ID_TAKEN_MESSAGE)
  })

  it('filing for a family member: says it is the filer’s own verification, not the member’s (initialFilingStatus checks the filer)', async () => {
    const onVerify = await mount(view({}), jest.fn(), '张建华')
    const card = document.getElementById('verify-card')!
    expect(card.textContent).toContain('先完成您本人的实人认证')
    expect(card.textContent).toContain('要认证的是您（办理人）本人，不是张建华')
    expect(card.textContent).toContain('张建华已经授权您代办')
    expect(document.getElementById('verify-card-go')!.textContent).toBe('去做我本人的实人认证')
    fireEvent.click(document.getElementById('verify-card-go')!)
    expect(onVerify).toHaveBeenCalledTimes(1)
    document.body.innerHTML = ''
    await mount(view({ status: 'PENDING', statusLabel: '等待人工核对', method: 'STAFF' }), jest.fn(), '张建华')
    expect(document.getElementById('verify-card')!.textContent).toContain('您替张建华办的备案就能马上生效')
  })

  it('H5 (ID photos, checked by staff in about the review\'s time): filing on is as quick, so it promises nothing instant', async () => {
    await mount(view({}), jest.fn(), undefined, 'ID_PHOTOS')
    const card = document.getElementById('verify-card')!
    expect(card.textContent).toContain('还没有做实人认证')
    expect(card.textContent).toContain('可以直接接着办：提交后，工作人员核对身份（一般 1 个工作日）才生效。上传身份证照片做完实人认证，以后办备案就不用再等核对。')
    expect(card.textContent).not.toContain('马上')
    // Not the page's main button there (in the weapp it is: 刷脸 makes the filing instant).
    expect(document.getElementById('verify-card-go')!.className).not.toContain('nut-button-primary')
    document.body.innerHTML = ''
    await mount(view({}), jest.fn(), '张建华', 'ID_PHOTOS')
    const proxy = document.getElementById('verify-card')!.textContent
    expect(proxy).toContain('您本人还没有做实人认证')
    expect(proxy).toContain('要认证的是您（办理人）本人，不是张建华')
    expect(proxy).toContain('以后替张建华办就不用再等核对')
    expect(proxy).not.toContain('马上')
    expect(document.getElementById('verify-card-go')!.textContent).toBe('去做我本人的实人认证')
  })

  it('verified: shows nothing', async () => {
    await mount(view({ status: 'VERIFIED', statusLabel: '已认证', method: 'WECHAT_FACE', at: '2026-11-23T02:00:00Z' }))
    expect(document.getElementById('verify-card')).toBeNull()
  })
})
