import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Dialog, TextArea } from '@nutui/nutui-react-taro'
import BasisNote from '@/components/basis-note'
import { citationScopeFor, cite, type Citation } from '@/domain/citation'
import { tappable } from '@/lib/a11y'

type ReasonKey = 'home' | 'not-going' | 'wrong' | 'not-emergency' | 'other'

interface CancelReason {
  key: ReasonKey
  label: string
  /** Shown under the option once it is chosen. */
  note?: string
  citations?: readonly Citation[]
}

/** 001 设立依据2 第十一条: back at the insured place, benefits there resume from the day of the cancel. */
const RETURN_HOME_CITATIONS: readonly Citation[] = [cite('GX_2017', '第十一条')]

export const CANCEL_REASONS: readonly CancelReason[] = [
  {
    key: 'home',
    label: '已回参保地',
    note: '从取消的这一天起，恢复参保地的医保待遇，回到参保地看病按当地规定报销。',
    citations: RETURN_HOME_CITATIONS,
  },
  { key: 'not-going', label: '不去外地了' },
  { key: 'wrong', label: '备案信息有误' },
  { key: 'other', label: '其他' },
]

/**
 * An emergency filing is for one stay (当次入院有效): 已回参保地 and 不去外地了 say nothing of it (a
 * trial). What is wrong is filed again (the page then offers 重新办急诊备案), not changed.
 */
export const EMERGENCY_CANCEL_REASONS: readonly CancelReason[] = [
  { key: 'wrong', label: '住院信息填错了，要重新办' },
  { key: 'not-emergency', label: '这次不算急诊住院（没住院，或不是突发急病）' },
  { key: 'other', label: '其他' },
]

const MIN_OTHER = 2
const MAX_OTHER = 200

export interface CancelDialogProps {
  visible: boolean
  /** The filing may be changed instead: for a mistake, a change keeps it in force. */
  canChange: boolean
  /** The filing's 参保地 (GB/T 2260 code): whether a reason's 依据 is that place's own (citationScopeFor). */
  insuredRegion: string
  /** An emergency filing: its admission only (当次入院有效, 003 第九条(五)), so what cancelling means is said of that stay. */
  emergency?: boolean
  busy: boolean
  /** Why the last attempt was refused (e.g. the server's CANCEL_LOCKED message). */
  error: string | null
  onConfirm: (reason: string) => void
  onClose: () => void
  onChangeInstead: () => void
}

/** 取消备案: the reason as a few large options (plus 其他 in the person's own words), then confirm. */
export default function CancelDialog({ visible, canChange, insuredRegion, emergency = false, busy, error, onConfirm, onClose, onChangeInstead }: CancelDialogProps) {
  const [choice, setChoice] = useState<ReasonKey | null>(null)
  const [other, setOther] = useState('')

  useEffect(() => {
    if (visible) {
      setChoice(null)
      setOther('')
    }
  }, [visible])

  const otherText = other.trim()
  const otherProblem =
    choice === 'other' && otherText.length < MIN_OTHER ? `请写一下取消的原因，至少 ${MIN_OTHER} 个字` : null
  const reasons = emergency ? EMERGENCY_CANCEL_REASONS : CANCEL_REASONS
  const reason = choice === 'other' ? otherText : reasons.find((r) => r.key === choice)?.label ?? ''
  const ready = choice !== null && otherProblem === null

  const footer = (
    <View className='cancel-dialog__footer'>
      <Button
        type='danger'
        size='xlarge'
        block
        disabled={!ready}
        loading={busy}
        onClick={() => ready && onConfirm(reason)}
        id='cancel-confirm'
      >
        确认取消备案
      </Button>
      <Button size='xlarge' block className='cancel-dialog__keep' onClick={onClose} id='cancel-keep'>
        先不取消
      </Button>
    </View>
  )

  return (
    <Dialog
      className='cancel-dialog'
      visible={visible}
      title='取消备案'
      footer={footer}
      closeOnOverlayClick={false}
      onClose={onClose}
    >
      <View className='cancel-dialog__body' id='cancel-dialog'>
        <Text className='cancel-dialog__lead'>
          {emergency
            ? '取消后，这条急诊备案就不能再用了，这次住院不能再凭它直接用医保结算。还在办理期限内的，取消后可以重新办一次（取消后这一页会说还剩几天）。'
            : '取消后，这条备案就不能再用了，在外地看病不能再直接用医保结算。以后还要去，需要重新办理。'}
        </Text>
        <Text className='cancel-dialog__ask'>请选择取消的原因：</Text>
        {reasons.map((r) => {
          const chosen = choice === r.key
          return (
            <View key={r.key}>
              <View
                className={`cancel-dialog__option${chosen ? ' cancel-dialog__option--chosen' : ''}`}
                id={`cancel-reason-${r.key}`}
                {...tappable(null, () => setChoice(r.key), { role: 'radio', checked: chosen })}
              >
                <Text className='cancel-dialog__mark'>{chosen ? '●' : '○'}</Text>
                <Text>{r.label}</Text>
              </View>
              {chosen && r.note ? (
                <View className='cancel-dialog__note'>
                  <Text>{r.note}</Text>
                  {r.citations ? <BasisNote citations={r.citations} name={`cancel-${r.key}`} scope={citationScopeFor(r.citations, insuredRegion)} insuredRegion={insuredRegion} /> : null}
                </View>
              ) : null}
              {chosen && r.key === 'wrong' && canChange ? (
                <View className='cancel-dialog__note'>
                  <Text>只是地址、电话或日期填错了，不用取消，可以改过来：</Text>
                  <View className='cancel-dialog__link' {...tappable(null, onChangeInstead)} id='cancel-change-instead'>
                    <Text>去变更备案 ›</Text>
                  </View>
                </View>
              ) : null}
              {chosen && r.key === 'other' ? (
                <View className='cancel-dialog__other'>
                  <TextArea
                    className='cancel-dialog__textarea'
                    name='cancelReason'
                    placeholder='请写一下原因'
                    value={other}
                    maxLength={MAX_OTHER}
                    onChange={setOther}
                  />
                  {otherProblem ? <Text className='cancel-dialog__hint'>{otherProblem}</Text> : null}
                </View>
              ) : null}
            </View>
          )
        })}
        {error ? (
          <Text className='cancel-dialog__error' id='cancel-error'>
            {error}
          </Text>
        ) : null}
      </View>
    </Dialog>
  )
}
