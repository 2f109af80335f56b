import { Current } from '@tarojs/runtime'
import type { AuthorizationView, FamilyMemberView, InvitationView } from '@/domain/family'

/** A family member as the API answers it, for the page tests; override what a test is about. */
export function memberView(overrides: Partial<FamilyMemberView> = {}): FamilyMemberView {
  return {
    id: 'm1',
    name: '张建华',
    idNumberMasked: '110105********002X',
    relation: 'PARENT',
    relationLabel: '父母',
    kin: '父亲',
    phoneMasked: '139****5678',
    phone: '13912345678',
    insuredRegion: '450200',
    insuranceType: 'RESIDENT',
    authorization: null,
    canFile: false,
    ...overrides,
  }
}

export function authorizationView(overrides: Partial<AuthorizationView> = {}): AuthorizationView {
  return { id: 'a1', method: 'INVITATION', status: 'PENDING_INVITE', expiresAt: null, reasons: [], ...overrides }
}

export function invitationView(overrides: Partial<InvitationView> = {}): InvitationView {
  return {
    proxyName: '张*',
    proxyFullName: '张丽',
    proxyKin: '女儿',
    callerNeeds: [],
    memberName: '张*华',
    relationLabel: '父母',
    memberInsuredRegion: '440300',
    memberInsuranceType: 'EMPLOYEE',
    expiresAt: '2026-12-08T02:00:00.000Z',
    status: 'PENDING_INVITE',
    emergency: null,
    ...overrides,
  }
}

/** What `useRouter()` returns on the page under test. */
export function setRouterParams(params: Record<string, string>, path = '/packages/family/pages/list/index'): void {
  Current.router = { params, path, onReady: '', onHide: '', onShow: '', $taroPath: '' }
}
