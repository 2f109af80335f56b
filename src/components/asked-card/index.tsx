import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { CORRECTABLE_FIELDS, fillsOnly, type CorrectableField, type FilingView } from '@/domain/filings'
import { askedByLine, whatWasAsked } from '@/domain/materials/what-was-asked'
import './asked-card.scss'

export interface AskedCardProps {
  /** The reviewer's latest send-back (要求补充材料): its lines, fields to correct and reasons. */
  review: Pick<NonNullable<FilingView['review']>, 'missingItems' | 'corrections' | 'reasons'>
  /** The day by which to answer ('2026-12-10', an emergency filing's 补办截止), or null. */
  deadline: string | null
  /** The fields to correct are on this page, below the card (the filing's page): their lines say 在下面改. */
  fieldsBelow?: boolean
  /** Fields asked for that the filing left empty: 填写…, not 改正… (a trial: 改正 an address never given). */
  toFill?: readonly CorrectableField[]
  /**
   * The heading instead of 工作人员要您补的 (the 参保人 reading a filing a family member made for
   * him: 这次要补的, since most of it may be hers to do); a question only keeps 审核员的问题.
   */
  heading?: string
  /** What to do about it, under the list: the page's own words and buttons. */
  children?: ReactNode
}

/**
 * What a reviewer's send-back asks, all at once (一次性告知, 000 第五条): 审核员的问题 when it only
 * asks questions (whatWasAsked), 工作人员请您改正的 when it only asks corrections, else 工作人员要您补的;
 * the deadline (请在 … 24:00 前回答 / 改好 / 补齐),
 * each line and each field to correct numbered, and the reviewer's reasons. The filing's page shows
 * it above the place to answer, the 备案结果 page above the way there.
 */
export default function AskedCard({ review, deadline, fieldsBelow = false, toFill = [], heading = '工作人员要您补的', children }: AskedCardProps) {
  const { missingItems, corrections, reasons } = review
  const asked = whatWasAsked({ missingItems, corrections })
  // Only fields the filing left empty: 填写 and 填好, not 改正 and 改好 (a trial).
  const fillOnly = asked === 'CORRECTION' && fillsOnly(corrections, toFill)
  return (
    <View className='asked-card' id='asked-card'>
      <Text className='asked-card__heading'>{asked === 'QUESTION' ? '审核员的问题' : fillOnly ? '工作人员请您填写的' : asked === 'CORRECTION' ? '工作人员请您改正的' : heading}</Text>
      {deadline ? (
        <Text className='asked-card__deadline' id='needs-deadline'>
          {askedByLine(deadline, asked, fillOnly)}
        </Text>
      ) : null}
      <View className='asked-card__list' id='missing-items'>
        {missingItems.map((item, i) => (
          <Text key={`${i}-${item}`} className='asked-card__item'>
            {i + 1}. {item}
          </Text>
        ))}
        {corrections.map((field, i) => {
          // A field the filing left empty is to 填写, not 改正; 备案时没有这一项, not 没有填 (the emergency
          // form never asks for a 外地住址: a trial read 没有填 as blame for skipping it).
          const empty = toFill.includes(field)
          return (
            <Text key={field} className='asked-card__item' id={`asked-correction-${field}`}>
              {missingItems.length + i + 1}. {empty ? '填写' : '改正'}{CORRECTABLE_FIELDS[field]}（{empty ? '备案时没有这一项，' : ''}不用拍照{fieldsBelow ? (empty ? '，在下面填' : '，在下面改') : ''}）
            </Text>
          )
        })}
      </View>
      {reasons.length > 0 ? (
        <Text className='asked-card__text' id='needs-reasons'>
          审核意见：{reasons.join('；')}
        </Text>
      ) : null}
      {children}
    </View>
  )
}
