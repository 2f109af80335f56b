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
    expect(text('side-ID_DOCUMENT-BACK')).toBe('反面（有有效期的一面）还没拍拍反面')
    expect(document.body.textContent).toContain('正面、反面各拍一张，放进下面两个格子')
    // The 社保卡 keeps one button.
    expect(document.getElementById('pick-SOCIAL_SECURITY_CARD')).not.toBeNull()
    expect(document.getElementById('pick-ID_DOCUMENT')).toBeNull()
    fireEvent.click(document.getElementById('pick-ID_DOCUMENT-BACK')!)
    expect(onPick).toHaveBeenCalledWith(MATERIALS.ID_DOCUMENT, 'BACK')
  })
})
