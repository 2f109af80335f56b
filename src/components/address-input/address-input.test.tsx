import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import AddressInput from '.'

async function box(name: string): Promise<HTMLTextAreaElement> {
  return waitFor(() => {
    const el = document.querySelector<HTMLTextAreaElement>(`taro-textarea-core[name="${name}"] textarea`)
    if (!el) throw new Error('no textarea yet')
    return el
  })
}

describe('AddressInput', () => {
  it('is a box that grows with the address, named for the field, with its accessible name', async () => {
    const testUtils = new TestUtils()
    await testUtils.mount(AddressInput, {
      props: { name: 'addressAtDestination', value: '阳江市江城区东风路 8 号', maxLength: 100, ariaLabel: '改正外地住址', onChange: () => undefined },
    })
    expect((await box('addressAtDestination')).value).toBe('阳江市江城区东风路 8 号')
    const host = document.querySelector('taro-textarea-core[name="addressAtDestination"]')!
    expect(host.getAttribute('aria-label')).toBe('改正外地住址')
    expect(host.closest('.address-input')).not.toBeNull()
  })

  it('takes line breaks out as typed: an address is one line', async () => {
    const onChange = jest.fn()
    const testUtils = new TestUtils()
    await testUtils.mount(AddressInput, { props: { name: 'typed', value: '', maxLength: 100, onChange } })
    fireEvent.input(await box('typed'), { target: { value: '阳江市江城区\n东风路 8 号\r\n' } })
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith('阳江市江城区东风路 8 号'))
  })
})
