/**
 * The keyboard for a phone number. WeChat has no `type="tel"` (it shows a full keyboard); its
 * digit keyboard is `number`. The browser's `tel` brings up a phone pad. A landline's hyphen is
 * optional (src/domain/validation/mobile.ts), so digits alone are enough for either number.
 */
export const PHONE_INPUT_TYPE = process.env.TARO_ENV === 'h5' ? 'tel' : 'number'

/**
 * The keyboard for an ID number: WeChat's `idcard` (digits and X). Taro's H5 input turns
 * `idcard` into a text field, so the same value serves both.
 */
export const ID_INPUT_TYPE = 'idcard'
