import type { FilingView } from './filing-view'

/**
 * Who filed a filing, as the person it was made for reads it: the proxy they authorised, in full
 * with what the proxy is to them ('您的子女李红梅', FilingView.filedBy.name and kin), or the masked
 * name ('李*梅') where the full one is not given (anyone else reading). Used after 由 … 代办.
 */
export function filerWords(filedBy: FilingView['filedBy']): string {
  return filedBy.name ? `您的${filedBy.kin ?? '家人'}${filedBy.name}` : filedBy.nameMasked
}
