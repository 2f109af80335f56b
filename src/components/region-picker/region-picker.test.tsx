import { waitFor } from '@testing-library/react'
import { click, mount, unmount } from '@tests/helpers/page'
import RegionPicker, { regionLabel } from './index'

// Issue 12 item 9: a filing may go to a whole province (002 第十二条; 004 表8 温馨提示2).

describe('RegionPicker: the whole province where a filing may go to one', () => {
  afterEach(() => unmount({ restoreMocks: false }))

  it.each<[boolean, boolean]>([
    [true, true],
    [false, false],
  ])('wholeProvince=%p offers 全省: %p, and picking it answers the province code', async (wholeProvince, offered) => {
    const picked: string[] = []
    await mount(RegionPicker, { value: '', title: '选择备案地', placeholder: '请选择', wholeProvince, onChange: (c: string) => picked.push(c) })
    click('region-picker-trigger')
    await waitFor(() => expect(document.getElementById('region-440000')).not.toBeNull())
    click('region-440000')
    await waitFor(() => expect(document.getElementById('region-441700')).not.toBeNull())
    expect(document.getElementById('region-whole-440000') !== null).toBe(offered)
    if (offered) {
      expect(document.getElementById('region-whole-440000')?.textContent).toBe('全省（在广东省几个城市看病）')
      click('region-whole-440000')
      expect(picked).toEqual(['440000'])
    }
  })

  // A trial: after scrolling the provinces down to 广东, its city list kept that offset and opened at
  // 茂名, with 广州 and 深圳 above the sheet's top edge. Each list is now a scroll view of its own.
  it('opens each new list (a province\'s cities, then the provinces again) at its top', async () => {
    await mount(RegionPicker, { value: '', title: '选择参保地', placeholder: '请选择', onChange: () => undefined })
    click('region-picker-trigger')
    await waitFor(() => expect(document.getElementById('region-440000')).not.toBeNull())
    const provinces = document.getElementById('region-picker-sheet')
    expect(provinces).not.toBeNull()
    // jsdom does no layout: stand in for the person's scrolling down to 广东.
    Object.defineProperty(provinces, 'scrollTop', { value: 900, writable: true, configurable: true })

    click('region-440000')
    await waitFor(() => expect(document.getElementById('region-440100')).not.toBeNull())
    const cities = document.getElementById('region-picker-sheet')
    expect(cities).not.toBe(provinces)
    expect(provinces?.isConnected).toBe(false)
    expect(cities?.scrollTop).toBe(0)
    // 广州 is the first city, in the new list from its top.
    expect(cities?.querySelector('.region-picker__option')?.id).toBe('region-440100')

    Object.defineProperty(cities, 'scrollTop', { value: 600, writable: true, configurable: true })
    click('region-picker-back')
    await waitFor(() => expect(document.getElementById('region-110000')).not.toBeNull())
    const again = document.getElementById('region-picker-sheet')
    expect(again).not.toBe(cities)
    expect(cities?.isConnected).toBe(false)
    expect(again?.scrollTop).toBe(0)
  })

  it.each<[string, string]>([
    ['440000', '广东省（全省）'],
    ['441700', '广东省 阳江市'],
    ['110000', '北京市'],
    ['450206', '广西壮族自治区柳州市（区县代码 450206，按柳州市参保）'],
    ['', ''],
  ])('regionLabel(%p) → %p', (code, label) => {
    expect(regionLabel(code)).toBe(label)
  })
})
