import { receiptValidityLines } from './filing-receipt'

// The validity on the 备案回执 picture: a clause a line, never more than three (the receipt holds
// six rows), so no line is narrowed to half its width (trials: the waiting wording, an emergency's).
describe('receiptValidityLines', () => {
  it.each([
    ['an approved period: its end on a line of its own', '2026 年 11 月 23 日 至 2027 年 5 月 22 日', ['2026 年 11 月 23 日', '至 2027 年 5 月 22 日']],
    ['approved, long-term: one line', '2026 年 11 月 23 日起长期有效', ['2026 年 11 月 23 日起长期有效']],
    ['waiting: a clause a line', '审核通过那天起生效，最早从 2026 年 12 月 3 日起，至少到 2027 年 6 月 2 日', ['审核通过那天起生效', '最早从 2026 年 12 月 3 日起', '至少到 2027 年 6 月 2 日']],
    ['an emergency waiting: split at its colon', '审核通过后生效：当次住院有效（12 月 4 日入院）', ['审核通过后生效', '当次住院有效（12 月 4 日入院）']],
    ['cancelled after approval, long-term', '2026 年 11 月 23 日起长期有效；已取消，不再有效', ['2026 年 11 月 23 日起长期有效', '已取消', '不再有效']],
    ['cancelled after approval, a period: four clauses, the last two joined', '2026 年 11 月 23 日 至 2027 年 5 月 22 日；已取消，不再有效', ['2026 年 11 月 23 日', '至 2027 年 5 月 22 日', '已取消，不再有效']],
    ['never in force', '没有生效：审核没有通过', ['没有生效', '审核没有通过']],
  ])('%s', (_, text, lines) => {
    expect(receiptValidityLines(text)).toEqual(lines)
  })
})
