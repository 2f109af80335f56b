import TestUtils from '@tarojs/test-utils-react'
import ForWhom from '.'

// A trial: the step after 为谁 did not say whose filing it was; a daughter who had switched to
// 为我自己 could go on unaware, and only 请核对 at the end named the person.
describe('ForWhom', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it.each([
    ['oneself', { self: true, name: '李丽', kin: null }, '为您本人（李丽）办急诊补办备案'],
    ['a family member', { self: false, name: '李建国', kin: '父亲' }, '替父亲李建国办急诊补办备案'],
  ])('%s: names the person', async (_who, subject, words) => {
    await new TestUtils().mount(ForWhom, { props: { subject, what: '急诊补办备案' } })
    expect(document.getElementById('for-whom')!.textContent).toBe(words)
  })

  it('nobody known yet: nothing', async () => {
    await new TestUtils().mount(ForWhom, { props: { subject: null, what: '备案' } })
    expect(document.getElementById('for-whom')).toBeNull()
  })
})
