import { View, Text } from '@tarojs/components'

/** One line of a 请核对 summary before submitting: what it is, and what was filled in. */
export default function SummaryRow({ label, value }: { label: string; value: string }) {
  return (
    <View className='review__row'>
      <Text className='review__label'>{label}</Text>
      <Text className='review__value'>{value}</Text>
    </View>
  )
}
