import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import BasisNote from '@/components/basis-note'
import type { EmergencyWindow } from '@/domain/rules'
import { chineseDate, extensionLine, goAfterWindow } from './flow'

/**
 * The deadline, impossible to miss: the last day in large type, the working days left, which
 * holiday stretched it, whether the count is provisional, and where the rule comes from. Past
 * the window it leads to 零星报销 (the after-window page): by a button of its own with
 * `afterWindowInCard`, else by pointing to the page's button just below it.
 * `idPrefix` keeps its ids apart from the same block on another open page.
 */
export default function DeadlineBlock({
  emergencyWindow: w,
  today,
  idPrefix = '',
  afterWindowInCard = false,
  insuredRegion,
}: {
  emergencyWindow: EmergencyWindow
  today: string
  idPrefix?: string
  /** Past the window, the button to 零星报销 in the card; else the card points to the page's button below it. */
  afterWindowInCard?: boolean
  /** The person's 参保地 (null before it is known): the 依据 lists the documents that bind it first. */
  insuredRegion: string | null
}) {
  const p = idPrefix
  if (w.closed) {
    return (
      <View className='deadline deadline--closed' id={`${p}window-closed`}>
        <Text className='deadline__label'>补办备案的时间已经过了</Text>
        {w.deadline ? <Text className='deadline__date'>截止日期是 {chineseDate(w.deadline)} 24:00</Text> : null}
        <Text className='deadline__text'>
          别着急，医药费还是能报的：先自己付，回参保地申请报销（零星报销）。{afterWindowInCard ? '' : '点下面的按钮看怎么办。'}
        </Text>
        {/* The way on, in the card itself where the page's own button is far below (on 我能办急诊备案吗
            it comes after the other questions: a trial read “点下面的按钮” and found none). */}
        {afterWindowInCard ? (
          <View className='deadline__action'>
            <Button type='primary' size='xlarge' block id={`${p}window-closed-go`} onClick={() => goAfterWindow()}>
              看零星报销怎么办
            </Button>
          </View>
        ) : null}
        <BasisNote name={`${p}deadline`} citations={w.citations} scope={w.scope} insuredRegion={insuredRegion} />
      </View>
    )
  }

  if (w.mode === 'BEFORE_DISCHARGE') {
    return (
      <View className='deadline' id={`${p}deadline`}>
        <Text className='deadline__label'>什么时候办</Text>
        <Text className='deadline__date'>出院结算之前，随时都可以补办</Text>
        <Text className='deadline__text'>{w.explanation}</Text>
        <BasisNote name={`${p}deadline`} citations={w.citations} scope={w.scope} insuredRegion={insuredRegion} />
      </View>
    )
  }

  if (!w.deadline) return null
  const extension = extensionLine(w)
  const lastDay = w.deadline === today
  const urgent = lastDay || (w.workingDaysLeft ?? 0) <= 2
  return (
    <View className={`deadline${urgent ? ' deadline--urgent' : ''}`} id={`${p}deadline`}>
      <Text className='deadline__label'>截止日期</Text>
      <Text className='deadline__date' id={`${p}deadline-date`}>
        {chineseDate(w.deadline)} 24:00 前
      </Text>
      <Text className='deadline__left' id={`${p}deadline-left`}>
        {lastDay ? '今天是最后一天，请马上提交' : `还剩 ${w.workingDaysLeft} 个工作日${w.todayCounted ? '（含今天）' : ''}`}
      </Text>
      {extension ? (
        <Text className='deadline__text deadline__strong' id={`${p}deadline-extension`}>
          {extension}
        </Text>
      ) : null}
      {w.provisional ? (
        <Text className='deadline__text deadline__provisional' id={`${p}deadline-provisional`}>
          国家还没公布那段时间的放假安排，这个日期是按周末推算的，可能会变。请现在就办，不要等到最后一天。
        </Text>
      ) : null}
      <Text className='deadline__text' id={`${p}deadline-rule`}>
        {w.workingDays ? `急诊住院要在入院后 ${w.workingDays} 个工作日内办备案：` : ''}
        入院当天不算，从第二天算起；周末和法定节假日不算，调休上班的日子算。
      </Text>
      <BasisNote name={`${p}deadline`} citations={w.citations} scope={w.scope} insuredRegion={insuredRegion} />
    </View>
  )
}
