import TestUtils from '@tarojs/test-utils-react'
import type { AskedCardProps } from '.'
import AskedCard from '.'

const text = (id: string) => document.getElementById(id)?.textContent ?? ''
const items = () => Array.from(document.querySelectorAll('#missing-items .asked-card__item')).map((e) => e.textContent)

async function mount(props: AskedCardProps) {
  await new TestUtils().mount(AskedCard, { props })
}

beforeEach(() => {
  document.body.innerHTML = ''
})

describe('AskedCard (一次性告知, 000 第五条)', () => {
  // Columns: what, the request (missing items, corrections, reasons), the deadline, fieldsBelow,
  // then what the card shows: heading, deadline line ('' when none), numbered lines.
  it.each([
    ['a question only', { missingItems: ['为什么到广州就医？'], corrections: [], reasons: [] }, '2026-12-10', false,
      '审核员的问题', '请在 2026 年 12 月 10 日 24:00 前回答', ['1. 为什么到广州就医？']],
    ['a document and a question', { missingItems: ['入院记录', '为什么到广州就医？'], corrections: [], reasons: [] }, '2026-12-10', false,
      '工作人员要您补的', '请在 2026 年 12 月 10 日 24:00 前补齐并回答', ['1. 入院记录', '2. 为什么到广州就医？']],
    ['a correction, its fields on the page', { missingItems: ['身份证背面'], corrections: ['phone1'], reasons: [] }, null, true,
      '工作人员要您补的', '', ['1. 身份证背面', '2. 改正联系电话（不用拍照，在下面改）']],
    ['a correction, its fields elsewhere', { missingItems: [], corrections: ['addressAtDestination'], reasons: [] }, null, false,
      '工作人员请您改正的', '', ['1. 改正外地住址（不用拍照）']],
  ] as const)('%s', async (_what, review, deadline, fieldsBelow, heading, deadlineLine, lines) => {
    await mount({ review: { ...review, missingItems: [...review.missingItems], corrections: [...review.corrections], reasons: [] }, deadline, fieldsBelow })
    expect(document.querySelector('.asked-card__heading')!.textContent).toBe(heading)
    expect(text('needs-deadline')).toBe(deadlineLine)
    expect(items()).toEqual(lines)
    expect(document.getElementById('needs-reasons')).toBeNull()
  })

  it('says the reviewer’s reasons after the lines, then what the page adds', async () => {
    const review = { missingItems: ['入院记录'], corrections: [], reasons: ['照片看不清', '缺公章'] }
    await new TestUtils().mount(AskedCard, { props: { review, deadline: null, children: 'ADDED' } })
    expect(text('needs-reasons')).toBe('审核意见：照片看不清；缺公章')
    expect(text('asked-card').endsWith('ADDED')).toBe(true)
    expect(review).toEqual({ missingItems: ['入院记录'], corrections: [], reasons: ['照片看不清', '缺公章'] })
  })
})
