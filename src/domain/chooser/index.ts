export { CHOOSER_TREE } from './tree'
export type { ChooserAnswer, ChooserOutcome, ChooserQuestion, ChooserTree, QuestionId } from './tree'
export { listChooserRoutes, resolveChooser } from './resolve'
export type { ChooserAnswers, ChooserResult, ChooserRoute, ChooserStep } from './resolve'
