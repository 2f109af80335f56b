import { View, Text } from '@/components/primitives'
import Taro from '@tarojs/taro'
import { tappable } from '@/lib/a11y'

/** 全国医保服务热线 (国家医疗保障局): one number for the whole country, routed to the caller's place. */
export const HELP_LINE_NUMBER = '12393'

export interface HelpLineProps {
  /** Distinguishes several on one page (and in tests): the ids are `help-line-<name>`. */
  name: string
  /**
   * The insured place's name (参保地, e.g. '广西壮族自治区柳州市'), when the page knows it. A name,
   * not a code: the home page (main package) must not pull in the region table.
   */
  placeName?: string
  /** A first line fitting the page, e.g. '没办成？可以找人问'. */
  title?: string
}

/** Where the insured place's office is, as a person can find it: named when the place is known. */
export function officeHint(placeName: string | undefined): string {
  const office = placeName ? `${placeName}的医保经办窗口（当地医疗保障局或政务服务中心的医保窗口）` : '您交医保的地方（参保地）的医保经办窗口'
  return `也可以去${office}当面问。不知道在哪：打 ${HELP_LINE_NUMBER} 说出您的参保地，会告诉您地址和电话。`
}

function call() {
  Taro.makePhoneCall({ phoneNumber: HELP_LINE_NUMBER }).catch(() => undefined)
}

/**
 * A human to ask (issue 13 item 13): the national 医保服务热线 12393, tappable to call, and how to
 * find the insured place's office. One component for the home page, the after-window page and
 * every error state.
 */
export default function HelpLine({ name, placeName, title = '有问题，可以找人问' }: HelpLineProps) {
  return (
    <View className='help-line' id={`help-line-${name}`}>
      <Text className='help-line__title'>{title}</Text>
      <View
        className='help-line__call'
        id={`help-line-${name}-call`}
        // Named by its own text (“☎ 12393 全国医保服务热线，点这里拨打”), so what a screen reader says
        // is what the eye reads (axe: label-content-name-mismatch).
        {...tappable(null, call)}
      >
        <Text className='help-line__number'>☎ {HELP_LINE_NUMBER}</Text>
        <Text className='help-line__label'>全国医保服务热线，点这里拨打</Text>
      </View>
      <Text className='help-line__text' id={`help-line-${name}-office`}>{officeHint(placeName)}</Text>
    </View>
  )
}
