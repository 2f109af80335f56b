import TestUtils from '@tarojs/test-utils-react'
import { Text } from '@tarojs/components'
import FormField from '.'

describe('FormField', () => {
  it('shows the label, the hint and the control', async () => {
    const testUtils = new TestUtils()
    await testUtils.mount(FormField, {
      props: { name: 'phone', label: '手机号码', hint: '工作人员有事会打这个电话', children: <Text>control</Text> },
    })
    const root = document.getElementById('field-phone')!
    expect(root.textContent).toContain('手机号码')
    expect(root.textContent).toContain('工作人员有事会打这个电话')
    expect(root.textContent).toContain('control')
    expect(document.getElementById('error-phone')).toBeNull()
  })

  it('shows an error in red under the field and marks the field', async () => {
    const testUtils = new TestUtils()
    await testUtils.mount(FormField, {
      props: { name: 'idNumber', label: '身份证号码', error: '身份证号码校验不通过', children: <Text>x</Text> },
    })
    const error = document.getElementById('error-idNumber')!
    expect(error.textContent).toBe('身份证号码校验不通过')
    expect(document.getElementById('field-idNumber')!.className).toContain('form-field--error')
  })

  it('keeps the error line in place before and after a message, so nothing below moves (issue 13 item 12)', async () => {
    const testUtils = new TestUtils()
    await testUtils.mount(FormField, { props: { name: 'a', label: '姓名', children: <Text>x</Text> } })
    const field = document.getElementById('field-a')!
    const before = Array.from(field.children).map((c) => c.className)
    expect(field.querySelector('.form-field__error-slot')).not.toBeNull()
    expect(field.querySelector('.form-field__error-slot')!.textContent).toBe('')
    await testUtils.mount(FormField, { props: { name: 'b', label: '姓名', error: '请填写姓名', children: <Text>x</Text> } })
    const withError = document.getElementById('field-b')!
    // The same boxes in the same order: the message goes into the slot that was already there.
    expect(Array.from(withError.children).map((c) => c.className)).toEqual(before)
    expect(withError.querySelector('.form-field__error-slot')!.textContent).toBe('请填写姓名')
  })

  it('puts a longer note under the box, not inside it', async () => {
    const testUtils = new TestUtils()
    await testUtils.mount(FormField, {
      props: { name: 'n', label: '医院', note: <Text id='the-note'>先办资格认定</Text>, children: <Text>x</Text> },
    })
    const field = document.getElementById('field-n')!
    expect(field.querySelector('.form-field__control #the-note')).toBeNull()
    expect(field.querySelector('.form-field__note #the-note')!.textContent).toBe('先办资格认定')
  })
})
