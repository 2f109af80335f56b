import type { Citation } from '@/domain/citation'
import type { FilingType } from '@/domain/filing-types'
import { CHOOSER_TREE, type ChooserAnswer, type ChooserQuestion, type ChooserTree, type QuestionId } from './tree'

/** The answers given so far: question id → answer id. Answers to questions off the path are ignored. */
export type ChooserAnswers = Partial<Record<QuestionId, string>>

/** One step the person has taken, so the app can show "您的回答" and let them go back. */
export interface ChooserStep {
  question: ChooserQuestion
  answer: ChooserAnswer
}

export type ChooserResult =
  | { done: true; type: FilingType; why: string; citations: readonly Citation[]; path: readonly ChooserStep[] }
  | { done: false; next: ChooserQuestion; path: readonly ChooserStep[] }

/**
 * Walks the chooser (SPEC §1) with the answers given so far: either the filing type with why,
 * or the next question to ask. An unknown answer id counts as not answered, so that question is asked again.
 */
export function resolveChooser(answers: ChooserAnswers, tree: ChooserTree = CHOOSER_TREE): ChooserResult {
  const path: ChooserStep[] = []
  const seen = new Set<QuestionId>()
  let current: QuestionId = tree.start
  for (;;) {
    // The tree is checked to be acyclic (chooser.test.ts); this guard keeps bad data from hanging the app.
    if (seen.has(current)) throw new Error(`chooser cycle at question ${current}`)
    seen.add(current)
    const question = tree.questions[current]
    const answerId = answers[current]
    const answer = question.answers.find((a) => a.id === answerId)
    if (!answer) return { done: false, next: question, path }
    path.push({ question, answer })
    const then = answer.then
    if ('type' in then) return { done: true, type: then.type, why: then.why, citations: then.citations, path }
    current = then.question
  }
}

/** One complete route through the tree, from the first question to a type. */
export interface ChooserRoute {
  answers: ChooserAnswers
  type: FilingType
}

/**
 * Every route through the tree, depth first. Throws on a cycle or a missing question,
 * which is what the tree's tests rely on.
 */
export function listChooserRoutes(tree: ChooserTree = CHOOSER_TREE): ChooserRoute[] {
  const routes: ChooserRoute[] = []
  const walk = (id: QuestionId, answers: ChooserAnswers, onPath: ReadonlySet<QuestionId>): void => {
    if (onPath.has(id)) throw new Error(`chooser cycle at question ${id}`)
    const question = tree.questions[id]
    if (!question) throw new Error(`chooser question ${id} is missing`)
    if (question.answers.length < 2) throw new Error(`chooser question ${id} needs at least two answers`)
    const next = new Set(onPath).add(id)
    for (const answer of question.answers) {
      const given = { ...answers, [id]: answer.id }
      if ('type' in answer.then) routes.push({ answers: given, type: answer.then.type })
      else walk(answer.then.question, given, next)
    }
  }
  walk(tree.start, {}, new Set())
  return routes
}
