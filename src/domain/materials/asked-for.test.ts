import { MATERIALS } from './catalog'
import { materialsFor } from './materials-for'
import { requirementsAskedFor } from './asked-for'

const emergency = materialsFor('EMERGENCY').requirements
const byProxy = materialsFor('LONG_TERM_RESIDENT', { byProxy: true }).requirements

describe('requirementsAskedFor (待补充材料: what the reviewer asked for)', () => {
  it('names the requirement of a catalog name the staff console sends', () => {
    expect([...requirementsAskedFor(emergency, [MATERIALS.ADMISSION_RECORD.name])]).toEqual(['EMERGENCY_PROOF'])
  })

  it('reads free lines too', () => {
    expect([...requirementsAskedFor(emergency, ['入院记录第 2 页', '急诊诊断证明要有医院公章'])]).toEqual(['EMERGENCY_PROOF'])
    expect([...requirementsAskedFor(emergency, ['身份证背面'])]).toEqual(['IDENTITY'])
  })

  it('the 代办人 own ID only when the line says so', () => {
    expect([...requirementsAskedFor(byProxy, ['身份证反面'])]).toEqual(['IDENTITY'])
    expect([...requirementsAskedFor(byProxy, ['代办人的身份证反面'])]).toEqual(['PROXY_IDENTITY'])
    expect([...requirementsAskedFor(byProxy, ['授权委托书要有参保人签字'])]).toEqual(['AUTHORIZATION'])
  })

  it('asks for nothing in particular when no line names a document', () => {
    expect(requirementsAskedFor(emergency, ['照片看不清，请重新拍'])).toEqual(new Set())
  })
})
