import { fireEvent, waitFor } from '@testing-library/react'
import type { PublicStatusView } from '@/domain/filings'
import { lookupStatus } from '@/services/filings'
import { setRouterParams } from '@/packages/mine/shared/test-fixtures'
import { click, mount, text, unmount } from '@tests/helpers/page'
import StatusLookup from './index'

jest.mock('@/services/filings', () => ({ lookupStatus: jest.fn() }))
const mockedLookup = lookupStatus as jest.MockedFunction<typeof lookupStatus>

const found = (over: Partial<PublicStatusView> = {}): PublicStatusView => ({
  number: 'YD20261201ABCDEF',
  typeName: '异地长期居住人员',
  status: 'UNDER_REVIEW',
  statusLabel: '审核中',
  subject: { nameMasked: '张*国', idNumberMasked: '2301**********1234' },
  destination: { name: '广东省广州市' },
  validFrom: null,
  validTo: null,
  validity: '2026-12-01 起长期有效',
  commitmentSignedBy: null,
  timeline: [
    { status: 'SUBMITTED', label: '已提交', at: '2026-12-01T02:00:00Z' },
    { status: 'UNDER_REVIEW', label: '审核中', at: '2026-12-01T02:00:01Z' },
  ],
  missingItems: [],
  askedBy: null,
  ...over,
})

async function lookUp() {
  setRouterParams({})
  await mount(StatusLookup)
  fireEvent.input(document.querySelector('taro-input-core[name="number"] input')!, { target: { value: 'YD20261201ABCDEF' } })
  fireEvent.input(document.querySelector('taro-input-core[name="idTail"] input')!, { target: { value: '011234' } })
  click('status-search')
  await waitFor(() => expect(document.getElementById('status-result')).not.toBeNull())
}

afterEach(() => unmount())

describe('进度查询', () => {
  it('审核中 says how long review takes and who hears the result', async () => {
    mockedLookup.mockResolvedValue(found())
    await lookUp()
    expect(mockedLookup).toHaveBeenCalledWith('YD20261201ABCDEF', '011234')
    expect(text('status-review-time')).toBe('医保经办机构正在审核，1 个工作日内出结果（周末和节假日不算）。办备案的人在“我的备案”里能看到审核结果，您也可以再来这里查。')
  })

  it('a decided filing does not', async () => {
    mockedLookup.mockResolvedValue(found({ status: 'APPROVED', statusLabel: '备案成功', validFrom: '2026-12-01' }))
    await lookUp()
    expect(document.getElementById('status-review-time')).toBeNull()
    expect(text('status-result')).toContain('有效期：2026-12-01 起长期有效')
  })

  // A trial: 请办理人打开… (办理人 is the agency's word), and 有效期：审核通过后生效：当次住院有效.
  it('a send-back says who adds the materials in plain words; an emergency’s validity reads with one colon', async () => {
    mockedLookup.mockResolvedValue(
      found({ status: 'NEEDS_MATERIALS', statusLabel: '待补充材料', validFrom: '2026-12-04', validity: '审核通过后生效：当次住院有效（12 月 4 日入院）', missingItems: ['入院记录'] }),
    )
    await lookUp()
    expect(text('status-missing')).toContain('请办这份备案的人（本人，或替本人办的家人）打开“我的备案”补交。')
    expect(text('status-result')).toContain('有效期：审核通过后生效，当次住院有效（12 月 4 日入院）')
    // No 补办截止 given (askedBy null): no line about one.
    expect(document.getElementById('status-asked-by')).toBeNull()
  })

  // A daughter looking up her father's emergency filing learns by when, as his own page says it.
  it('an emergency send-back says by when: 请在 … 24:00 前补齐 (前回答 for a question)', async () => {
    mockedLookup.mockResolvedValue(
      found({ status: 'NEEDS_MATERIALS', statusLabel: '待补充材料', missingItems: ['入院记录', '改正联系电话'], askedBy: '2026-12-11' }),
    )
    await lookUp()
    expect(text('status-asked-by')).toBe('请在 2026 年 12 月 11 日 24:00 前补齐')
    // A document and a correction: the heading names both (a trial looked for a photo of 改正…).
    expect(text('status-missing-title')).toBe('还需要补充材料、改正填写的内容：')
    unmount()
    mockedLookup.mockResolvedValue(found({ status: 'NEEDS_MATERIALS', statusLabel: '待改正填写的内容', missingItems: ['改正联系电话'], askedBy: '2026-12-11' }))
    await lookUp()
    expect(text('status-missing-title')).toBe('还需要改正这些填写的内容（不用拍照）：')
    // Corrections only: typed, not photographed: 改好, not 补齐 / 补交 (a trial).
    expect(text('status-asked-by')).toBe('请在 2026 年 12 月 11 日 24:00 前改好')
    expect(text('status-missing')).toContain('打开“我的备案”改好。')
    unmount()
    // A field the emergency filing left empty: 填写 and 填好, not 改正 (a trial).
    mockedLookup.mockResolvedValue(found({ status: 'NEEDS_MATERIALS', statusLabel: '待填写缺少的内容', missingItems: ['填写外地住址'], askedBy: '2026-12-11' }))
    await lookUp()
    expect(text('status-missing-title')).toBe('还需要填写这些内容（不用拍照）：')
    expect(text('status-asked-by')).toBe('请在 2026 年 12 月 11 日 24:00 前填好')
    expect(text('status-missing')).toContain('打开“我的备案”填好。')
    expect(text('status-missing')).not.toContain('改')
    unmount()
    mockedLookup.mockResolvedValue(found({ status: 'NEEDS_MATERIALS', statusLabel: '待改正填写的内容', missingItems: ['改正联系电话', '填写外地住址'], askedBy: '2026-12-11' }))
    await lookUp()
    expect(text('status-missing-title')).toBe('还需要改正、填写这些内容（不用拍照）：')
    expect(text('status-asked-by')).toBe('请在 2026 年 12 月 11 日 24:00 前改好')
    unmount()
    mockedLookup.mockResolvedValue(
      found({ status: 'NEEDS_MATERIALS', statusLabel: '待回答审核员的问题', missingItems: ['其他：为什么到深圳就医？'], askedBy: '2026-12-11' }),
    )
    await lookUp()
    expect(text('status-asked-by')).toBe('请在 2026 年 12 月 11 日 24:00 前回答')
  })
})
