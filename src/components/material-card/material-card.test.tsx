import TestUtils from '@tarojs/test-utils-react'
import { fireEvent } from '@testing-library/react'
import { MATERIALS, type MaterialRequirement } from '@/domain/materials'
import MaterialCard from '.'

const IDENTITY: MaterialRequirement = {
  id: 'IDENTITY',
  title: '身份证明',
  explanation: '证明是您本人。',
  oneOf: [MATERIALS.ID_DOCUMENT, MATERIALS.SOCIAL_SECURITY_CARD],
  commitmentInstead: false,
  citations: [],
}

const text = (id: string) => document.getElementById(id)?.textContent ?? ''

afterEach(() => {
  document.body.innerHTML = ''
})

describe('MaterialCard: 身份证 as two slots, 正面 and 反面 (issue 13 item 11)', () => {
  it('shows a slot per side with its own photo and button; a tap asks for that side', async () => {
    const onPick = jest.fn()
    await new TestUtils().mount(MaterialCard, {
      props: {
        requirement: IDENTITY,
        files: [{ id: 'u1', localPath: 'blob:front', side: 'FRONT', purpose: 'ID_DOCUMENT' }],
        done: true,
        busy: null,
        onPick,
        onRemove: jest.fn(),
      },
    })
    expect(text('side-ID_DOCUMENT-FRONT')).toBe('正面（有照片的一面）✓ 已拍好重新拍这一面删除')
    // The 反面 may be left out: its slot does not ask for it as if it were required.
    expect(text('side-ID_DOCUMENT-BACK')).toBe('反面（有有效期的一面）可以不拍拍反面（可不拍）')
    expect(text('side-ID_DOCUMENT-BACK')).not.toContain('还没拍')
    expect(document.body.textContent).toContain('正面一定要拍；反面可以不拍')
    // The 社保卡 keeps one button.
    expect(document.getElementById('pick-SOCIAL_SECURITY_CARD')).not.toBeNull()
    expect(document.getElementById('pick-ID_DOCUMENT')).toBeNull()
    fireEvent.click(document.getElementById('pick-ID_DOCUMENT-BACK')!)
    expect(onPick).toHaveBeenCalledWith(MATERIALS.ID_DOCUMENT, 'BACK')
  })
})

const PROOF: MaterialRequirement = {
  id: 'RESIDENCE_PROOF',
  title: '居住证明',
  explanation: '证明您在当地住。',
  oneOf: [MATERIALS.RESIDENCE_PERMIT, MATERIALS.PROPERTY_CERTIFICATE],
  commitmentInstead: true,
  citations: [],
}

describe('MaterialCard: a note where the material asks for one (issue 13 item 11)', () => {
  const mountWith = (files: Array<{ id: string; localPath: string; purpose: 'PROPERTY_CERTIFICATE' | 'RESIDENCE_PERMIT' }>, onNoteChange = jest.fn()) =>
    new TestUtils().mount(MaterialCard, {
      props: { requirement: PROOF, files, done: true, busy: null, onPick: jest.fn(), onRemove: jest.fn(), notes: { h1: '王丽' }, onNoteChange },
    })

  it('a 房产证 photo gets a field asking who the owner is; typing reports the note for that upload', async () => {
    const onNoteChange = jest.fn()
    await mountWith([{ id: 'h1', localPath: 'blob:house', purpose: 'PROPERTY_CERTIFICATE' }], onNoteChange)
    expect(document.querySelector('#field-note-h1 .form-field__label')?.textContent).toBe('房主是您的什么人')
    expect(document.querySelector('#field-note-h1 .form-field__hint')?.textContent).toBe('房主不是您本人的，写一下房主的姓名和是您的什么人，如“王丽，女儿”')
    const input = document.querySelector('taro-input-core[name="note-h1"] input') as HTMLInputElement
    expect(input.value).toBe('王丽')
    fireEvent.input(input, { target: { value: '王丽，女儿' } })
    expect(onNoteChange).toHaveBeenLastCalledWith('h1', '王丽，女儿')
  })

  it.each([
    ['a 居住证 photo (asks for no note)', [{ id: 'r1', localPath: 'blob:permit', purpose: 'RESIDENCE_PERMIT' as const }]],
    ['no photo yet', []],
  ])('%s: no note field', async (_what, files) => {
    await mountWith(files)
    expect(document.querySelector('[id^="field-note-"]')).toBeNull()
  })
})
