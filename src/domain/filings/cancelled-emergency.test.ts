import { cancelledEmergencyCards } from './cancelled-emergency'
import type { FilingView } from './filing-view'

const emergency = (over: Partial<FilingView> = {}, deadline: string | null = '2026-12-10', dischargedOn: string | null = null): FilingView =>
  ({
    id: 'e1',
    type: 'EMERGENCY',
    typeName: '异地急诊（抢救）人员',
    status: 'CANCELLED',
    subject: { name: '王建国', idNumberMasked: '320502********0011' },
    filedBySelf: false,
    filedBy: { self: true, nameMasked: '王*' },
    emergency: {
      admittedOn: '2026-12-01',
      dischargedOn,
      awayReason: 'VISIT',
      hospitalName: '深圳市人民医院',
      diagnosis: '急性阑尾炎',
      criteria: ['ACUTE_PAIN'],
      deadline,
      mode: deadline ? 'WINDOW' : 'BEFORE_DISCHARGE',
    },
    ...over,
  }) as FilingView

describe('cancelledEmergencyCards: a home card for an emergency filing cancelled (撤销), until its stay is filed again (003 第九条(五))', () => {
  // filings | today | action of the card (null: none)
  it.each<[string, FilingView[], string, string | null]>([
    ['before the deadline', [emergency()], '2026-12-04', '重新办急诊备案'],
    ['on the deadline day', [emergency()], '2026-12-10', '重新办急诊备案'],
    ['the day after: 零星报销', [emergency()], '2026-12-11', '看零星报销怎么办'],
    ['30 days after', [emergency()], '2027-01-09', '看零星报销怎么办'],
    ['31 days after: no card', [emergency()], '2027-01-10', null],
    ['before discharge, not discharged', [emergency({}, null)], '2026-12-20', '重新办急诊备案'],
    ['before discharge, discharged', [emergency({}, null, '2026-12-05')], '2026-12-20', null],
    ['filed again since', [emergency(), emergency({ id: 'e2', status: 'UNDER_REVIEW' })], '2026-12-04', null],
    ['filed again and refused', [emergency(), emergency({ id: 'e2', status: 'REJECTED' })], '2026-12-04', '重新办急诊备案'],
    ['not cancelled', [emergency({ status: 'APPROVED' })], '2026-12-04', null],
    ['another type', [emergency({ type: 'RETIRED_RESETTLED' })], '2026-12-04', null],
  ])('%s', (_, filings, today, action) => {
    const cards = cancelledEmergencyCards(filings, today)
    expect(cards.map((c) => c.action)).toEqual(action ? [action] : [])
  })

  it('names whose stay and by when, in plain words', () => {
    const [card] = cancelledEmergencyCards([emergency()], '2026-12-04')
    expect(card).toMatchObject({ kind: 'EMERGENCY_CANCELLED', key: 'e1', title: '王建国的急诊备案已经撤销，这次住院还能重新办' })
    expect(card!.detail).toBe('12月1日入院的这次住院，最晚 12月10日 要办好。点下面，在备案详情里点“重新办急诊备案”。')
    const [late] = cancelledEmergencyCards([emergency()], '2026-12-11')
    expect(late!.detail).toContain('别着急，医药费还是能报的：先自己付，回参保地申请报销（零星报销）。')
  })

  it('does not change the filings it reads', () => {
    const filings = Object.freeze([Object.freeze(emergency())])
    expect(cancelledEmergencyCards(filings, '2026-12-04')).toHaveLength(1)
  })
})
