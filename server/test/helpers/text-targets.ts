import type { FastifyInstance, InjectOptions } from 'fastify'
import { PRIVACY_CONSENT, bearer } from './build'
import { emergencyBody, insuredIn } from './emergency'
import { FATHER, addMember, authorize } from './family'
import { COMMITMENT, fileOk, filer, longTermBody } from './filings'
import { uploadMaterial } from './multipart'

/**
 * Every free-text field of the API, each as a request builder that puts a given string into
 * that one field of an otherwise valid request. `field` is the key the 400 names in `fields`;
 * `label` is how checkText's message names it (schemas/free-text: the `x-free-text` label).
 */
export interface TextTarget {
  route: string
  field: string
  label: string
  request: (value: string) => InjectOptions
}

/** Percent-encodes every UTF-8 byte, so any string (even a lone surrogate) reaches the server. */
export function encodeAll(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')
}

/** A copy of `body` with `value` at `path` ('contacts.phone1', 'reasons.0'). */
function set<T>(body: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.')
  const copy = (Array.isArray(body) ? [...body] : { ...body }) as Record<string, unknown>
  copy[head] = rest.length === 0 ? value : set(copy[head] ?? {}, rest.join('.'), value)
  return copy as T
}

/** Builds the fixtures (a filer, a filing, an emergency filing under review, a family member …) and the targets. */
export async function textTargets(app: FastifyInstance, today: string, reviewerToken: string): Promise<TextTarget[]> {
  const user = await filer(app)
  const auth = bearer(user.token)
  const staff = bearer(reviewerToken)
  const longTerm = await longTermBody(app, user.token, today)
  const filing = await fileOk(app, user.token, longTerm)
  const emergencyUser = await insuredIn(app, '450200')
  const emergencyFiling = await fileOk(app, emergencyUser.token, await emergencyBody(app, emergencyUser.token, today))
  const emergency = await emergencyBody(app, emergencyUser.token, today)
  const member = await addMember(app, user.token)
  const letter = await uploadMaterial(app, user.token, 'AUTHORIZATION_LETTER')
  const idPhoto = await uploadMaterial(app, user.token, 'ID_DOCUMENT')
  const pending = await authorize(app, user.token, member.id, { method: 'DOCUMENT', letterUploadId: letter, idPhotoUploadId: idPhoto })
  const authorizationId: string = pending.json().authorization.id
  const withCommitment = { ...longTerm, commitment: COMMITMENT, chronicDiseaseHospital: null }

  const body = (route: string, method: 'POST' | 'PUT', url: string, headers: Record<string, string>, base: Record<string, unknown>) =>
    (field: string, label: string): TextTarget => ({
      route,
      field,
      label,
      request: (value) => ({ method, url, headers, payload: set(base, field, value) }),
    })
  const session = body('POST /api/sessions', 'POST', '/api/sessions', {}, { code: 'dev:text-target' })
  const profile = body('PUT /api/me/profile', 'PUT', '/api/me/profile', auth, {
    name: '张三', idNumber: '110101199003071233', phone: '13812345678', insuredRegion: '440300', insuranceType: 'EMPLOYEE', ...PRIVACY_CONSENT,
  })
  const filingBody = body('POST /api/filings', 'POST', '/api/filings', auth, withCommitment)
  const forMember = body('POST /api/filings (家人)', 'POST', '/api/filings', auth, { ...longTerm, subject: { familyMemberId: member.id } })
  const emergencyFields = body('POST /api/filings (EMERGENCY)', 'POST', '/api/filings', bearer(emergencyUser.token), emergency)
  const cancel = body('POST /api/filings/:id/cancel', 'POST', `/api/filings/${filing.id}/cancel`, auth, { reason: '回参保地了' })
  const change = body('POST /api/filings/:id/change', 'POST', `/api/filings/${filing.id}/change`, auth, { reason: '换地方了' })
  const materials = body('POST /api/filings/:id/materials', 'POST', `/api/filings/${emergencyFiling.id}/materials`, bearer(emergencyUser.token), {
    materials: [await uploadMaterial(app, emergencyUser.token, 'EMERGENCY_DIAGNOSIS')],
    note: '补上诊断证明',
  })
  const decision = body('POST /api/review/filings/:id/decision', 'POST', `/api/review/filings/${emergencyFiling.id}/decision`, staff, {
    decision: 'REQUEST_MATERIALS', missingItems: ['入院记录'], reasons: ['看不清'],
  })
  const family = body('POST /api/family-members', 'POST', '/api/family-members', auth, { ...FATHER, ...PRIVACY_CONSENT })
  const authorizationDecision = body('POST /api/review/authorizations/:id/decision', 'POST', `/api/review/authorizations/${authorizationId}/decision`, staff, {
    decision: 'REJECT', reasons: ['签名不清楚'],
  })
  let client = 0
  const query = (route: string, field: string, label: string, url: (value: string) => string, headers: Record<string, string> = {}): TextTarget => ({
    route, field, label, request: (value) => ({ method: 'GET', url: url(encodeAll(value)), headers, remoteAddress: `10.9.${Math.floor(++client / 250)}.${client % 250}` }),
  })

  return [
    session('code', '登录码'),
    profile('name', '姓名'),
    profile('idNumber', '身份证号码'),
    profile('phone', '手机号码'),
    profile('insuredRegion', '参保地'),
    filingBody('destination.province', '备案地'),
    filingBody('destination.city', '备案地'),
    filingBody('contacts.phone1', '联系电话'),
    filingBody('contacts.phone2', '备用电话'),
    filingBody('contacts.addressAtDestination', '就医地联系地址'),
    forMember('subject.familyMemberId', '家人'),
    filingBody('startDate', '开始日期'),
    filingBody('endDate', '结束日期'),
    filingBody('commitment.signedName', '承诺书签名'),
    filingBody('commitment.textVersion', '承诺书版本'),
    filingBody('chronicDiseaseHospital', '慢特病定点医院'),
    emergencyFields('emergency.admittedOn', '入院日期'),
    emergencyFields('emergency.leftOn', '离开参保地的日期'),
    emergencyFields('emergency.dischargedOn', '出院日期'),
    emergencyFields('emergency.hospitalName', '住院医院'),
    emergencyFields('emergency.diagnosis', '诊断'),
    cancel('reason', '取消原因'),
    change('reason', '变更原因'),
    change('contacts.addressAtDestination', '就医地联系地址'),
    materials('note', '补充说明'),
    materials('contacts.addressAtDestination', '就医地联系地址'),
    materials('contacts.phone1', '联系电话'),
    decision('reasons.0', '不通过的原因'),
    decision('missingItems.0', '还缺的材料'),
    family('name', '家人姓名'),
    family('idNumber', '家人的身份证号码'),
    family('relation', '关系'),
    family('phone', '家人的手机号码'),
    family('insuredRegion', '家人的参保地'),
    family('insuranceType', '险种'),
    authorizationDecision('reasons.0', '不通过的原因'),
    query('GET /api/status', 'number', '备案号', (v) => `/api/status?number=${v}&idTail=071233`),
    query('GET /api/review/filings', 'number', '备案编号', (v) => `/api/review/filings?number=${v}`, staff),
    query('GET /api/invitations/:token', 'token', '邀请链接', (v) => `/api/invitations/${v}`, auth),
  ]
}
