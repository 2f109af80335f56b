import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import { useSettingsStore } from '../../stores/use-settings-store'
import Home from './index'

const text = (id: string) => document.getElementById(id)?.textContent ?? ''

let mounted: TestUtils | null = null

async function mountHome(elder: boolean) {
  useSettingsStore.setState({ elder })
  mounted = new TestUtils()
  await mounted.mount(Home, {})
  await waitFor(() => expect(document.getElementById('entry-family')).not.toBeNull())
}

beforeEach(() => {
  jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
})

afterEach(() => {
  mounted?.unmout()
  mounted = null
  document.body.innerHTML = ''
  jest.restoreAllMocks()
})

describe('home page tiles say whose task it is (issue 13 item 9)', () => {
  it.each([
    // mode, tile text, where it leads
    [false, '家人代办替父母、配偶等家人办理', '/packages/family/pages/list/index'],
    [true, '让子女帮我办看谁能替我办，怎么请子女帮忙', '/packages/family/pages/proxies/index'],
  ])('长辈模式 %s: the family tile reads %s and opens %s', async (elder, tile, url) => {
    await mountHome(elder)
    expect(text('entry-family')).toBe(tile)
    fireEvent.click(document.getElementById('entry-family')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url })
  })
})

describe('home page offers a human to ask, in both modes (issue 13 item 13)', () => {
  it.each([
    [false, '办不明白？可以找人问'],
    [true, '不会弄？打电话问'],
  ])('长辈模式 %s: 12393 on the home page under “%s”', async (elder, title) => {
    await mountHome(elder)
    expect(text('help-line-home')).toContain(title)
    expect(text('help-line-home-call')).toContain('12393')
    expect(text('help-line-home-office')).toContain('参保地')
  })
})
