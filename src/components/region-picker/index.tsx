import { useMemo, useState } from 'react'
import { ScrollView, View, Text } from '@tarojs/components'
import { Popup } from '@nutui/nutui-react-taro'
import { destinationLabel, findRegion, insuredAreaOf, listProvinces, type Province } from '@/domain/regions'
import { tappable } from '@/lib/a11y'

export interface RegionPickerProps {
  /** A 6-digit region code, or '' when nothing is chosen yet. */
  value: string
  title: string
  placeholder: string
  onChange: (code: string) => void
  /**
   * Offer the whole province (“全省”) before its cities: a filing may go to a province
   * (002 第十二条; 004 表8 温馨提示2). Not for a 参保地 or a hospital's city.
   */
  wholeProvince?: boolean
  /** Prefix of the element ids, for a second picker on a page that stays open under another. */
  idPrefix?: string
}

/**
 * The name of a chosen code: a province or city; a 参保地 given as a district or county code
 * (kept as given, e.g. 450206) reads as its area (insuredAreaOf), so the person sees which
 * city it counts as.
 */
export function regionLabel(code: string): string {
  const region = code ? findRegion(code) : undefined
  if (!region) return code ? insuredAreaOf(code)?.label ?? '' : ''
  return region.city ? `${region.province.name} ${region.city.name}` : destinationLabel(region)
}

/**
 * Province, then city, as two lists of large buttons. A scroll wheel is hard for older hands;
 * a tap on a name is not. A province-level unit (北京, 上海 …) is chosen as a whole (SPEC §3).
 */
export default function RegionPicker({ value, title, placeholder, onChange, wholeProvince = false, idPrefix = '' }: RegionPickerProps) {
  const [open, setOpen] = useState(false)
  const [province, setProvince] = useState<Province | null>(null)
  const provinces = useMemo(() => listProvinces(), [])
  const label = regionLabel(value)

  const close = () => {
    setOpen(false)
    setProvince(null)
  }
  const choose = (code: string) => {
    onChange(code)
    close()
  }
  const pickProvince = (p: Province) => {
    if (p.provinceLevel || p.cities.length === 0) choose(p.code)
    else setProvince(p)
  }

  return (
    <View className='region-picker'>
      <View className='region-picker__trigger' {...tappable(null, () => setOpen(true))} id={`${idPrefix}region-picker-trigger`}>
        <Text className={label ? 'region-picker__value' : 'region-picker__placeholder'}>{label || placeholder}</Text>
        <Text className='region-picker__arrow'>{label ? '更改 ›' : '选择 ›'}</Text>
      </View>
      {/* H5: on the body, not inside the page, whose transform would make `fixed` relative to a
          scrolled page and put the sheet out of view (Taro's router animates pages). */}
      <Popup
        visible={open}
        position='bottom'
        round
        title={province ? `${title}：${province.name}` : title}
        closeable
        onClose={close}
        portal={process.env.TARO_ENV === 'h5' ? () => document.body : undefined}
      >
        {/* Keyed by the list it shows: each list (a province's cities, or the provinces again) is a
            new scroll view that opens at its top. One scroll view for both kept the offset of the
            long province list, so 广东's first cities (广州, 深圳) sat above the sheet's top edge.
            A `scrollTop` prop would not do it in the weapp: setting 0 again while it is 0 is no change. */}
        <ScrollView
          key={province ? province.code : 'provinces'}
          id={`${idPrefix}region-picker-sheet`}
          scrollY
          className='region-picker__sheet'
          {...{ tabIndex: 0, 'aria-label': province ? `${title}：${province.name}` : title }}
        >
          {province ? (
            <View>
              <View className='region-picker__back' {...tappable(null, () => setProvince(null))} id={`${idPrefix}region-picker-back`}>
                <Text>‹ 重新选省份</Text>
              </View>
              <View className='region-picker__grid'>
                {wholeProvince ? (
                  <View className='region-picker__option region-picker__option--whole' id={`${idPrefix}region-whole-${province.code}`} {...tappable(`全省（${province.name}）`, () => choose(province.code))}>
                    <Text>全省（在{province.name}几个城市看病）</Text>
                  </View>
                ) : null}
                {province.cities.map((c) => (
                  <View key={c.code} className='region-picker__option' id={`${idPrefix}region-${c.code}`} {...tappable(null, () => choose(c.code))}>
                    <Text>{c.name}</Text>
                  </View>
                ))}
              </View>
            </View>
          ) : (
            <View className='region-picker__grid'>
              {provinces.map((p) => (
                <View key={p.code} className='region-picker__option' id={`${idPrefix}region-${p.code}`} {...tappable(null, () => pickProvince(p))}>
                  <Text>{p.name}</Text>
                </View>
              ))}
            </View>
          )}
        </ScrollView>
      </Popup>
    </View>
  )
}
