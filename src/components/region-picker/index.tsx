import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Picker } from '@nutui/nutui-react-taro'
import type { PickerOption } from '@nutui/nutui-react-taro'
import { findRegion, listProvinces } from '../../domain/regions'
import './region-picker.scss'

export interface RegionPickerProps {
  /** A 6-digit region code, or '' when nothing is chosen yet. */
  value: string
  title: string
  placeholder: string
  onChange: (code: string) => void
}

/** Province, then city. A province-level unit (北京, 上海 …) is chosen as a whole (SPEC §3). */
function buildOptions(): PickerOption[] {
  return listProvinces().map((p) => ({
    label: p.name,
    value: p.code,
    children: p.provinceLevel || p.cities.length === 0
      ? [{ label: `${p.name}（全市）`, value: p.code }]
      : p.cities.map((c) => ({ label: c.name, value: c.code })),
  }))
}

export function regionLabel(code: string): string {
  const region = code ? findRegion(code) : undefined
  if (!region) return ''
  return region.city ? `${region.province.name} ${region.city.name}` : region.province.name
}

export default function RegionPicker({ value, title, placeholder, onChange }: RegionPickerProps) {
  const [visible, setVisible] = useState(false)
  const options = useMemo(buildOptions, [])
  const label = regionLabel(value)
  const region = value ? findRegion(value) : undefined
  const selected = region ? [region.province.code, region.city?.code ?? region.province.code] : undefined
  return (
    <View className='region-picker'>
      <View className='region-picker__trigger' onClick={() => setVisible(true)} id='region-picker-trigger'>
        <Text className={label ? 'region-picker__value' : 'region-picker__placeholder'}>{label || placeholder}</Text>
        <Text className='region-picker__arrow'>选择 ›</Text>
      </View>
      <Picker
        visible={visible}
        title={title}
        options={[options]}
        value={selected}
        onConfirm={(_options, values) => {
          const code = values[values.length - 1]
          if (code !== null && code !== undefined) onChange(String(code))
        }}
        onClose={() => setVisible(false)}
      />
    </View>
  )
}
