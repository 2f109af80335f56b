/** A rule's source (src/domain/citation.ts). Registered once with `addSchema`, referenced by id. */
export const CitationSchema = {
  $id: 'Citation',
  type: 'object',
  description: '依据：文件及条款',
  required: ['doc', 'article'],
  additionalProperties: false,
  properties: {
    doc: { type: 'string', examples: ['苏医保发〔2022〕75号'] },
    article: { type: 'string', examples: ['第十条'] },
    seed: { type: 'string', description: '收录原文的 seeds/ 文件名' },
  },
} as const

export const citationsSchema = { type: 'array', items: { $ref: 'Citation#' } } as const
