import { POLICY_PROFILES, profileFor } from '@/domain/profiles'
import { listChooserRoutes, resolveChooser, type ChooserAnswers } from '.'
import { emergencyAnswersOf, emergencyStayNote } from './emergency-stay'

const SUDDEN_SHORT: ChooserAnswers = { reason: 'sudden', admitted: 'yes', awayLength: 'upToThreeMonths' }
const SUDDEN_LONG: ChooserAnswers = { reason: 'sudden', admitted: 'yes', awayLength: 'moreThanThreeMonths', stayLength: 'sixMonthsPlus' }

describe('emergencyStayNote: the guided questions beside the 参保地’s emergency rule', () => {
  // columns: 参保地 | answers | the note's kind (null: none) — 江苏 deems an emergency filed (002 第八条(五), 第三十七条)
  it.each<[string, string, ChooserAnswers, 'THIS_STAY' | 'LATER_VISITS' | null]>([
    ['320500', '苏州, suddenly ill ≤ 3 months away (a trial: 去办急诊备案 led to 不用补办)', SUDDEN_SHORT, 'THIS_STAY'],
    ['320100', '南京, the same', SUDDEN_SHORT, 'THIS_STAY'],
    ['320500', '苏州, living away > 3 months when admitted', SUDDEN_LONG, 'LATER_VISITS'],
    ['450200', '柳州 (5 working days, 001): the emergency filing is to be made', SUDDEN_SHORT, null],
    ['441700', '阳江 (before discharge, 003 第六条)', SUDDEN_SHORT, null],
    ['440300', '深圳 (the national default)', SUDDEN_SHORT, null],
    ['320500', '苏州, not admitted', { reason: 'sudden', admitted: 'no' }, null],
    ['320500', '苏州, an unfinished route', { reason: 'sudden', admitted: 'yes' }, null],
    ['320500', '苏州, a long-term stay with no emergency told of', { reason: 'live', stayLength: 'sixMonthsPlus' }, null],
  ])('insured in %s — %s (%j) → %s', (region, _case, answers, kind) => {
    const note = emergencyStayNote(resolveChooser(answers), answers, profileFor(region))
    expect(note?.kind ?? null).toBe(kind)
  })

  it('says the profile’s own words and citations: nothing of its own is written here', () => {
    const jiangsu = profileFor('320500')
    const note = emergencyStayNote(resolveChooser(SUDDEN_SHORT), SUDDEN_SHORT, jiangsu)!
    expect(note.text).toBe(jiangsu.emergency.text)
    expect(note.text).toContain('视同已备案')
    expect(note.citations.map((c) => c.article)).toEqual(expect.arrayContaining(['第八条(五)', '第三十七条']))
    expect(note.scope).toBe('REGIONAL')
  })

  it('only a profile that deems an emergency filed ever gives a note, on any route through the tree', () => {
    for (const profile of POLICY_PROFILES) {
      for (const { answers } of listChooserRoutes()) {
        const note = emergencyStayNote(resolveChooser(answers), answers, profile)
        if (note) expect(profile.emergency.mode).toBe('DEEMED_FILED')
        if (note) expect(answers.admitted).toBe('yes')
      }
    }
  })
})

describe('emergencyAnswersOf', () => {
  const none = { admitted: null, awayLength: null }

  it('carries 急诊住院了 and 不超过 3 个月 into the emergency draft', () => {
    expect(emergencyAnswersOf({ admitted: 'yes', awayLength: 'upToThreeMonths' }, none)).toEqual({ admitted: 'YES', awayLength: 'UP_TO_3_MONTHS' })
  })

  it('carries nothing for other answers, or none', () => {
    expect(emergencyAnswersOf({ admitted: 'no', awayLength: 'moreThanThreeMonths' }, none)).toEqual({})
    expect(emergencyAnswersOf({}, none)).toEqual({})
  })

  it('keeps an answer the draft holds of its own', () => {
    expect(emergencyAnswersOf({ admitted: 'yes', awayLength: 'upToThreeMonths' }, { admitted: 'NO', awayLength: null })).toEqual({ awayLength: 'UP_TO_3_MONTHS' })
    expect(emergencyAnswersOf({ admitted: 'yes', awayLength: 'upToThreeMonths' }, { admitted: null, awayLength: 'MORE' })).toEqual({ admitted: 'YES' })
  })
})
