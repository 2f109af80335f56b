import { View, Text } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import './confirm-dialog.scss'
import { tappable } from '@/lib/a11y'

export interface ConfirmDialogProps {
  visible: boolean
  title: string
  /** What will happen, in one or two plain sentences. */
  message: string
  confirmLabel: string
  cancelLabel: string
  busy: boolean
  error: string | null
  /** Prefix of the button ids: `${name}-confirm`, `${name}-keep`. */
  name: string
  onConfirm: () => void
  onClose: () => void
}

/** Are you sure? Two large buttons: the one that changes something, and the one that keeps things. */
export default function ConfirmDialog({
  visible, title, message, confirmLabel, cancelLabel, busy, error, name, onConfirm, onClose,
}: ConfirmDialogProps) {
  const className = 'confirm-dialog'
  const footer = (
    <View className={`${className}__footer`}>
      {/* A plain view, not a NutUI Button: its words themselves take the tap (a button's overlay would catch it). */}
      <View
        className={`${className}__confirm${busy ? ` ${className}__confirm--busy` : ''}`}
        hoverClass={`${className}__confirm--pressed`}
        {...tappable(null, () => !busy && onConfirm())}
        id={`${name}-confirm`}
      >
        <Text>{busy ? '请稍等…' : confirmLabel}</Text>
      </View>
      <Button size='xlarge' block className={`${className}__keep`} onClick={onClose} id={`${name}-keep`}>
        {cancelLabel}
      </Button>
    </View>
  )
  return (
    <Dialog className={className} visible={visible} title={title} footer={footer} closeOnOverlayClick={false} onClose={onClose}>
      <View className={`${className}__body`} id={`${name}-dialog`}>
        <Text className={`${className}__text`}>{message}</Text>
        {error ? (
          <Text className={`${className}__error`} id={`${name}-error`}>
            {error}
          </Text>
        ) : null}
      </View>
    </Dialog>
  )
}
