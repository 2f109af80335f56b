import { Current } from '@tarojs/runtime'
import type { FilingView } from '@/domain/filings'

/** A filing as the API answers it, for the page tests; override what a test is about. */
export function filingView(overrides: Partial<FilingView> = {}): FilingView {
  return {
    id: 'f1',
    number: 'YD20261123ABCDEF',
    type: 'RETIRED_RESETTLED',
    typeName: '异地安置退休人员',
    status: 'APPROVED',
    statusLabel: '备案成功',
    basis: 'PROOF',
    registration: 'NEW',
    emergency: null,
    review: null,
    subject: { name: '张建华', idNumberMasked: '110105********0012' },
    filedBySelf: true,
    filedBy: { self: true, nameMasked: '张*华' },
    destination: { province: '440000', city: '441700', name: '广东省阳江市' },
    startDate: '2026-11-23',
    endDate: null,
    validFrom: '2026-11-23',
    validTo: null,
    validityExplanation: '长期备案一直有效，直到变更或取消。',
    contacts: { phone1: '13812345678', phone2: null, addressAtDestination: '阳江市江城区东风二路 18 号' },
    chronicDiseaseHospital: null,
    multiPlace: false,
    insuredRegion: '450200',
    admittedOn: null,
    materials: [{ id: 'u1', kind: 'JPEG', size: 1000, purpose: 'ID_DOCUMENT', note: null }],
    commitment: null,
    supersedes: null,
    supersededBy: null,
    createdAt: '2026-11-23T02:00:00Z',
    timeline: [
      { status: 'SUBMITTED', label: '已提交', at: '2026-11-23T02:00:00Z', note: null },
      { status: 'APPROVED', label: '备案成功', at: '2026-11-23T02:00:05Z', note: '即时办结' },
    ],
    actions: { canCancel: true, canChange: true, firstAllowedOn: null, explanation: '可以随时变更或取消。' },
    citations: [{ doc: '苏医保发〔2022〕75号', article: '第十条' }],
    ...overrides,
  }
}

/** What `useRouter()` returns on the page under test. */
export function setRouterParams(params: Record<string, string>): void {
  Current.router = { params, path: '/packages/mine/pages/detail/index', onReady: '', onHide: '', onShow: '', $taroPath: '' }
}
