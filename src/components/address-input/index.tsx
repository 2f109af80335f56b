import { TextArea } from '@nutui/nutui-react-taro'
import './address-input.scss'

export interface AddressInputProps {
  /** The field's name: the form's key, and the box's name attribute (tests find it by it). */
  name: string
  value: string
  /** The text as typed, with line breaks taken out (an address is one line). */
  onChange: (value: string) => void
  onBlur?: () => void
  placeholder?: string
  /** Characters at most (the server's limit for the field is its own check). */
  maxLength: number
  /** The box's accessible name, where the field's label is not next to it in the tree. */
  ariaLabel?: string
}

/**
 * The box for a 外地住址 (就医地联系地址, 004 表8): it grows a line at a time with what is typed, so
 * the whole address stays in view — a one-line input showed only its last few characters in
 * 长辈模式 (a trial), so nobody could check the street and the house number before sending. Used
 * by the filing form, 变更 and the fields a reviewer asks to correct. The Enter key adds no line:
 * line breaks are dropped as typed (the server refuses control characters in free text anyway).
 */
export default function AddressInput({ name, value, onChange, onBlur, placeholder, maxLength, ariaLabel }: AddressInputProps) {
  return (
    <TextArea
      className='address-input'
      name={name}
      value={value}
      maxLength={maxLength}
      placeholder={placeholder}
      autoSize
      rows={1}
      // The keyboard's key says 完成 and closes it (the weapp): an address is one line.
      confirmType='done'
      {...(ariaLabel ? { 'aria-label': ariaLabel } : {})}
      onChange={(v) => onChange(v.replace(/[\r\n]+/g, ''))}
      onBlur={() => onBlur?.()}
    />
  )
}
