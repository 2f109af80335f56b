import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
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

describe('MaterialCard: 医保电子凭证, valid but not photographed here (SPEC §2; a trial looked for it)', () => {
  it('is named, with what to photograph instead, and has no button', async () => {
    await new TestUtils().mount(MaterialCard, {
      props: {
        requirement: { ...IDENTITY, oneOf: [MATERIALS.MEDICAL_INSURANCE_QR, MATERIALS.ID_DOCUMENT, MATERIALS.SOCIAL_SECURITY_CARD] },
        files: [],
        done: false,
        busy: null,
        onPick: jest.fn(),
        onRemove: jest.fn(),
      },
    })
    expect(text('option-MEDICAL_INSURANCE_QR')).toBe(
      '医保电子凭证微信或支付宝里的“医保码”，也能证明身份，但在这里不用拍它：请拍身份证或社保卡。到医院看病、结算时再出示医保码。',
    )
    expect(document.getElementById('pick-MEDICAL_INSURANCE_QR')).toBeNull()
    expect(document.getElementById('option-ID_DOCUMENT')).toBeNull()
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
  const mountWith = (files: Array<{ id: string; localPath: string; purpose: 'PROPERTY_CERTIFICATE' | 'RESIDENCE_PERMIT' }>, onNoteChange = jest.fn(), subjectName: string | null = null) =>
    new TestUtils().mount(MaterialCard, {
      props: { requirement: PROOF, files, done: true, busy: null, onPick: jest.fn(), onRemove: jest.fn(), notes: { h1: '王丽' }, onNoteChange, subjectName },
    })

  it('filing for someone else, the note names them, not 您 (a daughter read 您 as herself)', async () => {
    await mountWith([{ id: 'h1', localPath: 'blob:house', purpose: 'PROPERTY_CERTIFICATE' }], jest.fn(), '李建国')
    expect(document.querySelector('#field-note-h1 .form-field__label')?.textContent).toBe('房主是李建国的什么人')
    expect(document.querySelector('#field-note-h1 .form-field__hint')?.textContent).toBe('房主不是李建国本人的，写一下房主的姓名和是李建国的什么人，如“王丽，女儿”')
    // The card's own words too: 您 would be read as the son or daughter holding the phone.
    expect(document.body.textContent).toContain('证明李建国在那里有地方住')
    expect(document.body.textContent).not.toMatch(/证明您/)
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

describe('MaterialCard: each photo says which material it is; a photo that cannot be shown is said in words', () => {
  const mountWith = (files: Array<{ id: string; localPath: string; purpose?: 'PROPERTY_CERTIFICATE' | 'RESIDENCE_PERMIT' }>) =>
    new TestUtils().mount(MaterialCard, { props: { requirement: PROOF, files, done: true, busy: null, onPick: jest.fn(), onRemove: jest.fn() } })

  it('names the material on the row, on the image and on 删除 (for a screen reader too)', async () => {
    await mountWith([{ id: 'h1', localPath: 'blob:house', purpose: 'PROPERTY_CERTIFICATE' }])
    expect(text('file-h1')).toBe('已拍好：房产证（不动产权证书）删除')
    expect(document.querySelector('#file-h1 taro-image-core')!.getAttribute('aria-label')).toBe('房产证（不动产权证书）的照片')
    expect(document.getElementById('remove-h1')!.getAttribute('aria-label')).toBe('删除房产证（不动产权证书）的照片')
  })

  it('a photographed option says so by its title, in the same name as the photo row; the others do not', async () => {
    await mountWith([{ id: 'h1', localPath: 'blob:house', purpose: 'PROPERTY_CERTIFICATE' }, { id: 'h2', localPath: 'blob:house2', purpose: 'PROPERTY_CERTIFICATE' }])
    expect(text('taken-PROPERTY_CERTIFICATE')).toBe('✓ 已拍 2 张')
    expect(document.getElementById('taken-PROPERTY_CERTIFICATE')!.closest('.materials__option')!.textContent).toContain(MATERIALS.PROPERTY_CERTIFICATE.name)
    expect(document.getElementById('taken-RESIDENCE_PERMIT')).toBeNull()
  })

  it('the button of a photographed option asks for another photo; the others still for the first (a trial)', async () => {
    await mountWith([{ id: 'h1', localPath: 'blob:house', purpose: 'PROPERTY_CERTIFICATE' }])
    expect(text('pick-PROPERTY_CERTIFICATE')).toBe('再拍一张（或从相册选）')
    expect(text('pick-RESIDENCE_PERMIT')).toBe('拍照或从相册选')
  })

  it('an image that does not load (a blob URL of an earlier launch) gives way to a plain line', async () => {
    await mountWith([{ id: 'h1', localPath: 'blob:gone', purpose: 'PROPERTY_CERTIFICATE' }])
    fireEvent.error(document.querySelector('#file-h1 img')!)
    await waitFor(() => expect(text('file-h1')).toBe('已拍好：房产证（不动产权证书）（图片已保存，可以继续）删除'))
    expect(document.querySelector('#file-h1 taro-image-core')).toBeNull()
  })

  it('no path to show it from: the plain line at once', async () => {
    await mountWith([{ id: 'r1', localPath: '', purpose: 'RESIDENCE_PERMIT' }])
    expect(text('file-r1')).toBe('已拍好：居住证或暂住证（图片已保存，可以继续）删除')
    expect(document.querySelector('#file-r1 taro-image-core')).toBeNull()
  })

  it('a 身份证 side that cannot be shown says so in its slot', async () => {
    await new TestUtils().mount(MaterialCard, {
      props: { requirement: IDENTITY, files: [{ id: 'u1', localPath: '', side: 'FRONT', purpose: 'ID_DOCUMENT' }], done: true, busy: null, onPick: jest.fn(), onRemove: jest.fn() },
    })
    expect(text('side-ID_DOCUMENT-FRONT')).toBe('正面（有照片的一面）✓ 已拍好图片已保存，可以继续重新拍这一面删除')
    expect(document.getElementById('remove-u1')!.getAttribute('aria-label')).toBe('删除有效身份证件正面的照片')
  })

  it('says what staff asked for under the title', async () => {
    await new TestUtils().mount(MaterialCard, {
      props: { requirement: PROOF, askedLine: '工作人员要您补这 2 项，每一项都要拍', files: [], done: false, busy: null, onPick: jest.fn(), onRemove: jest.fn() },
    })
    expect(text('asked-RESIDENCE_PROOF')).toBe('工作人员要您补这 2 项，每一项都要拍')
  })
})
