import fc from 'fast-check'
import { FILING_TYPE_LIST, type FilingType } from '@/domain/filing-types'
import { CHOOSER_TREE, listChooserRoutes, resolveChooser, type ChooserAnswers, type ChooserTree, type QuestionId } from '.'

const QUESTION_IDS = Object.keys(CHOOSER_TREE.questions) as QuestionId[]

describe('chooser tree is sound (SPEC §1)', () => {
  const routes = listChooserRoutes()

  it('has no cycles and every path ends in a type', () => {
    // listChooserRoutes throws on a cycle or a dangling question; every route it returns ends in a type.
    expect(routes.length).toBeGreaterThan(0)
    for (const route of routes) {
      const result = resolveChooser(route.answers)
      expect(result).toMatchObject({ done: true, type: route.type })
    }
  })

  // A trial: a 68-year-old who never had a job (城乡居民医保), living with her son, found no answer
  // between 退休了 (retirement papers) and 还没退休; 在外地长住 now names her, and leads to 长期居住.
  it('an older person who never worked: 在外地长住 names her and leads to 异地长期居住人员', () => {
    const live = CHOOSER_TREE.questions.reason.answers.find((a) => a.id === 'live')!
    expect(live.explanation).toContain('从没上过班')
    expect(live.explanation).toContain('城乡居民医保')
    expect(resolveChooser({ reason: 'live', stayLength: 'sixMonthsPlus' })).toMatchObject({ done: true, type: 'LONG_TERM_RESIDENT' })
    expect(CHOOSER_TREE.questions.reason.answers.find((a) => a.id === 'retired')!.explanation).toContain('退休手续')
  })

  it('reaches every one of the six types', () => {
    expect(new Set(routes.map((r) => r.type))).toEqual(new Set(FILING_TYPE_LIST))
  })

  it('uses every question, and each question key matches its id', () => {
    const asked = new Set(routes.flatMap((r) => Object.keys(r.answers)))
    expect(asked).toEqual(new Set(QUESTION_IDS))
    for (const id of QUESTION_IDS) expect(CHOOSER_TREE.questions[id].id).toBe(id)
  })

  it.each(QUESTION_IDS)('question %s: unique answer ids, plain text, a one-line explanation each', (id) => {
    const q = CHOOSER_TREE.questions[id]
    expect(q.text).toMatch(/？$/)
    const ids = q.answers.map((a) => a.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const a of q.answers) {
      expect(a.label).not.toBe('')
      expect(a.explanation).not.toBe('')
      expect(a.explanation).not.toMatch(/\n/)
      expect(`${q.text}${a.label}${a.explanation}`).not.toMatch(/[A-Za-z]/)
    }
  })

  it('every leaf says why, with at least one citation', () => {
    for (const id of QUESTION_IDS) {
      for (const a of CHOOSER_TREE.questions[id].answers) {
        if ('type' in a.then) {
          expect(a.then.why).toMatch(/。$/)
          expect(a.then.citations.length).toBeGreaterThan(0)
        }
      }
    }
  })

  it('detects a cycle in bad data', () => {
    const looped: ChooserTree = {
      ...CHOOSER_TREE,
      questions: {
        ...CHOOSER_TREE.questions,
        stayLength: {
          ...CHOOSER_TREE.questions.stayLength,
          answers: [
            { id: 'a', label: '甲', explanation: '甲', then: { question: 'hukou' } },
            { id: 'b', label: '乙', explanation: '乙', then: { question: 'reason' } },
          ],
        },
      },
    }
    expect(() => listChooserRoutes(looped)).toThrow(/cycle/)
    expect(() => resolveChooser({ reason: 'live', stayLength: 'a', hukou: 'no' }, looped)).toThrow(/cycle/)
  })
})

describe('resolveChooser paths', () => {
  // answers | type | source
  it.each<[string, ChooserAnswers, FilingType, string]>([
    ['retired, hukou moved', { reason: 'retired', hukou: 'yes' }, 'RETIRED_RESETTLED', '003 第五条(一)'],
    ['retired, hukou not moved, ≥ 6 months', { reason: 'retired', hukou: 'no', stayLength: 'sixMonthsPlus' }, 'LONG_TERM_RESIDENT', '003 第五条(二)'],
    ['retired, hukou not moved, < 6 months', { reason: 'retired', hukou: 'no', stayLength: 'shorter' }, 'OTHER_TEMPORARY', '002 第八条(六)'],
    ['living with children ≥ 6 months', { reason: 'live', stayLength: 'sixMonthsPlus' }, 'LONG_TERM_RESIDENT', '003 第五条(二)'],
    ['working away ≥ 6 months', { reason: 'work', workLength: 'sixMonthsPlus' }, 'STATIONED_WORKER', '003 第五条(三)'],
    ['working away < 6 months', { reason: 'work', workLength: 'shorter' }, 'OTHER_TEMPORARY', '003 第五条(三) 半年以上'],
    ['student: branch campus / internship / holidays, no 6-month minimum', { reason: 'study' }, 'STATIONED_WORKER', '003 第五条(三)'],
    ['referred by a hospital', { reason: 'treatment', referred: 'yes' }, 'REFERRAL', '003 第五条(四); 002 第八条(四)'],
    ['seeks treatment on their own', { reason: 'treatment', referred: 'no' }, 'OTHER_TEMPORARY', '004 子项15; 002 第八条(六)'],
    ['sudden illness, admitted, ≤ 3 months away', { reason: 'sudden', admitted: 'yes', awayLength: 'upToThreeMonths' }, 'EMERGENCY', '001 受理条件; 003 第五条(五)'],
    ['sudden illness, not admitted', { reason: 'sudden', admitted: 'no' }, 'OTHER_TEMPORARY', '001 受理条件 因急诊住院'],
    ['admitted > 3 months into a long stay', { reason: 'sudden', admitted: 'yes', awayLength: 'moreThanThreeMonths', stayLength: 'sixMonthsPlus' }, 'LONG_TERM_RESIDENT', 'SPEC §9'],
    ['admitted > 3 months away, short stay', { reason: 'sudden', admitted: 'yes', awayLength: 'moreThanThreeMonths', stayLength: 'shorter' }, 'OTHER_TEMPORARY', 'SPEC §9'],
  ])('%s → %s (%s)', (_name, answers, type) => {
    const result = resolveChooser(answers)
    expect(result.done).toBe(true)
    if (!result.done) return
    expect(result.type).toBe(type)
    expect(result.why).not.toBe('')
    expect(result.citations.length).toBeGreaterThan(0)
    expect(result.path.map((s) => s.question.id)).toEqual(Object.keys(answers))
  })

  // answers so far | next question
  it.each<[ChooserAnswers, QuestionId]>([
    [{}, 'reason'],
    [{ reason: 'retired' }, 'hukou'],
    [{ reason: 'retired', hukou: 'no' }, 'stayLength'],
    [{ reason: 'work' }, 'workLength'],
    [{ reason: 'treatment' }, 'referred'],
    [{ reason: 'sudden' }, 'admitted'],
    [{ reason: 'sudden', admitted: 'yes' }, 'awayLength'],
    [{ reason: 'sudden', admitted: 'yes', awayLength: 'moreThanThreeMonths' }, 'stayLength'],
    // an unknown answer counts as not answered
    [{ reason: 'holiday' }, 'reason'],
    [{ reason: 'retired', hukou: 'maybe' }, 'hukou'],
    // answers off the path are ignored
    [{ hukou: 'yes', referred: 'yes' }, 'reason'],
  ])('%j asks %s next', (answers, next) => {
    const result = resolveChooser(answers)
    expect(result.done).toBe(false)
    if (!result.done) expect(result.next.id).toBe(next)
  })

  it('ignores stale answers from a branch the person left', () => {
    const result = resolveChooser({ reason: 'treatment', referred: 'yes', hukou: 'yes', stayLength: 'shorter' })
    expect(result).toMatchObject({ done: true, type: 'REFERRAL' })
  })

  it('never throws and never loops on any answers (property)', () => {
    const answerIds = [...new Set(QUESTION_IDS.flatMap((id) => CHOOSER_TREE.questions[id].answers.map((a) => a.id)))]
    const answersArb = fc.dictionary(fc.constantFrom(...QUESTION_IDS), fc.constantFrom(...answerIds, 'x'))
    fc.assert(
      fc.property(answersArb, (answers) => {
        const before = JSON.stringify(answers)
        const result = resolveChooser(answers as ChooserAnswers)
        expect(JSON.stringify(answers)).toBe(before)
        if (result.done) expect(FILING_TYPE_LIST).toContain(result.type)
        else expect(QUESTION_IDS).toContain(result.next.id)
        expect(result.path.length).toBeLessThanOrEqual(QUESTION_IDS.length)
      }),
    )
  })
})
