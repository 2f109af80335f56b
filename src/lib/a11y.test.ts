import { installAriaRoleShim, roleAttr, tappable } from './a11y'

describe('tappable(): role, name, focus, state and keys for a tappable View', () => {
  it.each([
    // label | options | expected attributes (literal)
    ['改：有没有住院', {}, { role: 'button', 'aria-label': '改：有没有住院', tabIndex: 0 }],
    [null, { role: 'radio', checked: true }, { role: 'radio', tabIndex: 0, 'aria-checked': true }],
    [null, { role: 'radio' }, { role: 'radio', tabIndex: 0, 'aria-checked': false }],
    [null, { role: 'checkbox', checked: false }, { role: 'checkbox', tabIndex: 0, 'aria-checked': false }],
    ['长辈模式', { role: 'switch', checked: true }, { role: 'switch', 'aria-label': '长辈模式', tabIndex: 0, 'aria-checked': true }],
    [null, { role: 'tab', selected: true }, { role: 'tab', tabIndex: 0, 'aria-selected': true }],
    ['2026 年 12 月 1 日', { role: 'gridcell', selected: false, disabled: true }, { role: 'gridcell', 'aria-label': '2026 年 12 月 1 日', tabIndex: -1, 'aria-selected': false, 'aria-disabled': true }],
    ['今天', { pressed: true }, { role: 'button', 'aria-label': '今天', tabIndex: 0, 'aria-pressed': true }],
  ] as const)('%s %j', (label, options, expected) => {
    const { onClick, onKeyDown, ...attributes } = tappable(label, () => undefined, options)
    expect(attributes).toEqual(expected)
    expect(typeof onClick).toBe('function')
    expect(typeof onKeyDown).toBe('function')
  })

  it.each([
    // key | activates
    ['Enter', 1],
    [' ', 1],
    ['Tab', 0],
    ['a', 0],
  ])('key %j activates %i time(s)', (key, times) => {
    const activate = jest.fn()
    const preventDefault = jest.fn()
    tappable('下一步', activate).onKeyDown({ key, preventDefault })
    expect(activate).toHaveBeenCalledTimes(times)
    expect(preventDefault).toHaveBeenCalledTimes(times)
  })

  it('a disabled one ignores taps and keys', () => {
    const activate = jest.fn()
    const props = tappable('下个月', activate, { disabled: true })
    props.onClick()
    props.onKeyDown({ key: 'Enter' })
    expect(activate).not.toHaveBeenCalled()
  })
})

describe('in the weapp build: WeChat’s attribute names (aria-role), no tabIndex', () => {
  // Taro's jest transformer reads src's TARO_ENV from TARO_ENV_JEST first (bracket access here,
  // so that transformer leaves this line alone).
  beforeEach(() => {
    process.env['TARO_ENV_JEST'] = 'weapp'
  })
  afterEach(() => {
    delete process.env['TARO_ENV_JEST']
  })

  it.each([
    // label | options | expected attributes (literal)
    ['改：有没有住院', {}, { 'aria-role': 'button', 'aria-label': '改：有没有住院' }],
    [null, { role: 'radio', checked: true }, { 'aria-role': 'radio', 'aria-checked': true }],
    ['长辈模式', { role: 'switch', checked: false }, { 'aria-role': 'switch', 'aria-label': '长辈模式', 'aria-checked': false }],
    [null, { role: 'tab', selected: true }, { 'aria-role': 'tab', 'aria-selected': true }],
    ['2026 年 12 月 1 日', { role: 'gridcell', selected: false, disabled: true }, { 'aria-role': 'gridcell', 'aria-label': '2026 年 12 月 1 日', 'aria-selected': false, 'aria-disabled': true }],
    ['今天', { pressed: false }, { 'aria-role': 'button', 'aria-label': '今天', 'aria-pressed': false }],
  ] as const)('%s %j', (label, options, expected) => {
    const { onClick, onKeyDown, ...attributes } = tappable(label, () => undefined, options)
    expect(attributes).toEqual(expected)
    expect(typeof onClick).toBe('function')
    expect(typeof onKeyDown).toBe('function')
  })

  it('a tap activates; a disabled one does not', () => {
    const activate = jest.fn()
    tappable('下一步', activate).onClick()
    tappable('下个月', activate, { disabled: true }).onClick()
    expect(activate).toHaveBeenCalledTimes(1)
  })

  it('roleAttr() names the role aria-role', () => {
    expect(roleAttr('grid')).toEqual({ 'aria-role': 'grid' })
  })
})

describe('roleAttr() in H5', () => {
  it('is the standard role attribute', () => {
    expect(roleAttr('listitem')).toEqual({ role: 'listitem' })
  })
})

describe('installAriaRoleShim(): NutUI’s WeChat-style aria-role becomes a standard role in H5', () => {
  it('renames aria-role on existing and added elements, makes interactive ones focusable, Enter clicks them', async () => {
    document.body.innerHTML = '<div class="nut-radio" aria-role="radio" aria-checked="true">职工医保</div><div class="nut-toast" aria-role="alert">已保存</div>'
    const stop = installAriaRoleShim(document.body)
    const radio = document.querySelector('.nut-radio')!
    expect([radio.getAttribute('role'), radio.getAttribute('aria-role'), radio.getAttribute('tabindex')]).toEqual(['radio', null, '0'])
    const toast = document.querySelector('.nut-toast')!
    expect([toast.getAttribute('role'), toast.getAttribute('tabindex')]).toEqual(['alert', null])

    const added = document.createElement('div')
    added.className = 'nut-switch'
    added.setAttribute('aria-role', 'switch')
    const clicked = jest.fn()
    added.addEventListener('click', clicked)
    document.body.appendChild(added)
    await new Promise((r) => setTimeout(r, 0)) // MutationObserver callbacks are microtasks
    expect([added.getAttribute('role'), added.getAttribute('tabindex')]).toEqual(['switch', '0'])
    added.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    expect(clicked).toHaveBeenCalledTimes(1)
    const image = document.createElement('taro-image-core')
    image.setAttribute('aria-label', '身份证照片')
    document.body.appendChild(image)
    const img = document.createElement('img')
    image.appendChild(img)
    await new Promise((r) => setTimeout(r, 0))
    expect(img.getAttribute('alt')).toBe('身份证照片')
    stop()
  })
})
