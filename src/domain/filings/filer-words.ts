import type { FilingView } from './filing-view'

/**
 * Who filed a filing, as the person it was made for reads it: the proxy they authorised, in full
 * with what the proxy is to them ('您的子女李红梅', FilingView.filedBy.name and kin), or the masked
 * name ('李*梅') where the full one is not given (anyone else reading). Used after 由 … 代办.
 */
export function filerWords(filedBy: FilingView['filedBy']): string {
  return filedBy.name ? `您的${filedBy.kin ?? '家人'}${filedBy.name}` : filedBy.nameMasked
}

/**
 * How the home page's cards name a filing's type ('YYYY的…备案正在审核'): the official name
 * (`typeName`, 异地长期居住人员), but 急诊补办 for an emergency filing, as the emergency flow calls it
 * (a trial: 您的备案已通过：异地急诊（抢救）人员 read as about rescue staff).
 */
export const typeWords = (f: Pick<FilingView, 'type' | 'typeName'>): string => (f.type === 'EMERGENCY' ? '急诊补办' : f.typeName)
