import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import { emptyFilingDraft, useFilingDraftStore, type FilingDraft, type SubjectKey } from '@/stores/use-filing-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { useSubjectsStore } from '@/stores/use-subjects-store'
import { submissionOf } from '../../shared/flow'
import { downloadUpload, listFilings } from '@/services/filings'
import { listFamilyMembers } from '@/services/family'
import { memberView } from '@/packages/family/shared/test-fixtures'
import { filingView } from '@/packages/mine/shared/test-fixtures'
import { forgetShownPhotos } from '@/hooks/use-shown-photos'
import FilingMaterials from './index'

jest.mock('@/services/filings', () => ({ ...jest.requireActual('@/services/filings'), downloadUpload: jest.fn(), listFilings: jest.fn() }))
jest.mock('@/services/family', () => ({ listFamilyMembers: jest.fn() }))
jest.mock('@/services/me', () => ({ fetchMe: jest.fn(), saveProfile: jest.fn() }))
jest.mock('@/services/session', () => ({ ensureSession: jest.fn().mockResolvedValue(undefined) }))

// Issue 12 items 6 and 11 on the 材料 page: the commitment text matches the type, its consequence
// and the alternatives come before the signature, and a relative may sign as 代签 in their own name.
const PROFILE = {
  name: '李娟', idNumber: '360102198503150026', phone: '13912345678', insuredRegion: '360100',
  insuranceType: 'RESIDENT' as const, birthDate: '1985-03-15', sex: 'F' as const, updatedAt: '2026-11-23T10:00:00+08:00',
}

function withDraft(subject: SubjectKey, patch: Partial<FilingDraft>) {
  const draft: FilingDraft = { ...emptyFilingDraft(), step: 'materials', useCommitment: true, ...patch }
  useFilingDraftStore.setState({ subject, drafts: { [subject]: draft } as Partial<Record<SubjectKey, FilingDraft>> })
}

const text = (id: string) => document.getElementById(id)?.textContent ?? ''

// One page at a time: a page left mounted re-renders from the shared store and its ids come first.
let pages: TestUtils[] = []
async function mount() {
  const page = new TestUtils()
  pages.push(page)
  await page.mount(FilingMaterials, {})
}
afterEach(() => {
  pages.forEach((page) => page.unmout()) // (sic) @tarojs/test-utils-react's spelling
  pages = []
  document.body.innerHTML = ''
})

beforeEach(() => {
  useMeStore.setState({ me: { user: { id: 'u1' }, profile: PROFILE }, loading: false, error: null })
  useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '李国强', relationLabel: '父母', insuredRegion: '360100' } } })
  ;(downloadUpload as jest.Mock).mockReset().mockRejectedValue(new Error('offline'))
  ;(listFilings as jest.Mock).mockReset().mockResolvedValue({ filings: [] })
  ;(listFamilyMembers as jest.Mock).mockReset().mockResolvedValue({ members: [] })
  forgetShownPhotos()
})

describe('材料 page: the 个人承诺书', () => {
  it.each([
    // [type, chooser reason, declared words]
    ['STATIONED_WORKER', 'study', '我是在校学生'],
    ['STATIONED_WORKER', 'work', '我确实因为工作要在外地连续工作 6 个月以上'],
    ['LONG_TERM_RESIDENT', 'live', '我确实要在外地居住、生活 6 个月以上'],
  ] as const)('%s (%s) declares "%s", after the consequence and the alternatives', async (type, reason, declared) => {
    withDraft('self', { type, chooserAnswers: { reason } })
    await mount()
    await waitFor(() => expect(document.getElementById('commitment')).not.toBeNull())
    expect(text('commitment')).toContain(declared)
    expect(text('commitment-consequence')).toContain('用承诺书办理的备案，满 6 个月前不能变更，也不能取消。')
    expect(text('commitment-alternative-1')).toContain('其他临时外出就医')
    // The consequence is read before the signature field.
    const consequence = document.getElementById('commitment-consequence')!
    const sign = document.getElementById('commitment-sign-label')!
    expect(consequence.compareDocumentPosition(sign) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
  })

  it('filing for oneself there is no 代签', async () => {
    withDraft('self', { type: 'LONG_TERM_RESIDENT' })
    await mount()
    await waitFor(() => expect(document.getElementById('commitment')).not.toBeNull())
    expect(document.getElementById('commitment-by-proxy')).toBeNull()
    expect(text('commitment-sign-label')).toBe('签名：请输入您的姓名“李娟”')
  })

  it('for a family member, 代签 asks for the filer’s own name', async () => {
    withDraft('member:m1', { type: 'LONG_TERM_RESIDENT' })
    await mount()
    await waitFor(() => expect(document.getElementById('commitment-by-proxy')).not.toBeNull())
    // Said to the daughter holding the phone: her father signs, or she ticks 代签.
    expect(text('commitment-sign-label')).toBe('签名：请李国强本人输入姓名“李国强”（李国强没法签的，勾选上面的“由我代签”）')
    // Before it is ticked, the option says what ticking does (a trial read it as a second instruction).
    expect(text('commitment-by-proxy-effect')).toBe('勾选后，签您自己的姓名；备案上会记下“由您代签”和您与李国强的关系。')
    useFilingDraftStore.getState().update({ commitmentByProxy: true })
    await waitFor(() => expect(text('commitment-sign-label')).toBe('代签：请输入您自己的姓名“李娟”'))
    expect(text('commitment-by-proxy-effect')).toBe('已勾选：请签您自己的姓名；备案上会记下“由您代签”和您与李国强的关系。')
    expect(text('commitment-by-proxy')).toContain('李国强本人没法签字，由我（李娟）代签')
  })
})

describe('材料 page: 还缺 with the 承诺书 chosen', () => {
  // Trial: with 代签 ticked, 李娟 typed her father's name; beside the field it said whose name to
  // sign, but 还缺 named the proof the 承诺书 replaces.
  const ID = { id: 'i1', kind: 'JPEG' as const, size: 1000, purpose: 'ID_DOCUMENT' as const, requirementId: 'IDENTITY', localPath: 'blob:id', side: 'FRONT' as const }

  it.each([
    // subject | draft | 还缺 says
    ['member:m1', { commitmentByProxy: true, commitmentName: '李国强', commitmentAgreed: true }, '还缺：签名要写您自己的姓名“李娟”'],
    ['self', { commitmentName: '李小娟', commitmentAgreed: true }, '还缺：签名要写您的姓名“李娟”'],
    ['member:m1', { commitmentName: '李娟', commitmentAgreed: true }, '还缺：签名要写李国强本人的姓名“李国强”'],
    ['self', { commitmentName: '', commitmentAgreed: false }, '还缺：承诺书还没签名：请写您的姓名“李娟”；承诺书下面的“我已阅读，承诺以上内容属实”还没勾选'],
  ] as const)('%s, %j: "%s"', async (subject, patch, said) => {
    withDraft(subject, { type: 'LONG_TERM_RESIDENT', uploads: [ID], ...patch })
    await mount()
    await waitFor(() => expect(document.getElementById('commitment')).not.toBeNull())
    fireEvent.click(document.getElementById('materials-next')!)
    await waitFor(() => expect(text('missing')).toBe(said))
    expect(text('missing')).not.toContain('在外地长住的证明')
    expect(text('req-RESIDENCE_PROOF')).toContain('承诺书还没签好')
  })
})

describe('材料 page: a note on the 房产证 (issue 13 item 11)', () => {
  it('asks who the owner is, keeps the note in the draft and sends it with the filing', async () => {
    const house = { id: 'h1', kind: 'JPEG' as const, size: 1000, purpose: 'PROPERTY_CERTIFICATE' as const, requirementId: 'RESIDENCE_PROOF', localPath: 'blob:house' }
    const id = { id: 'i1', kind: 'JPEG' as const, size: 1000, purpose: 'ID_DOCUMENT' as const, requirementId: 'IDENTITY', localPath: 'blob:id', side: 'FRONT' as const }
    withDraft('self', { type: 'LONG_TERM_RESIDENT', useCommitment: false, uploads: [id, house] })
    await mount()
    await waitFor(() => expect(document.querySelector('taro-input-core[name="note-h1"] input')).not.toBeNull())
    expect(document.querySelector('taro-input-core[name="note-i1"]')).toBeNull()
    fireEvent.input(document.querySelector('taro-input-core[name="note-h1"] input')!, { target: { value: '王丽，女儿' } })
    await waitFor(() => expect(useFilingDraftStore.getState().drafts.self?.uploads[1]).toMatchObject({ id: 'h1', note: '王丽，女儿' }))
    const body = submissionOf(useFilingDraftStore.getState().drafts.self!, false, { self: true })
    expect(body.materials).toEqual(['i1', 'h1'])
    expect(body.materialNotes).toEqual({ h1: '王丽，女儿' })
  })
})

describe('材料 page: photos of a draft kept from an earlier launch', () => {
  it('are fetched again from the server (the kept paths are gone), each named; one that cannot be fetched is said in words', async () => {
    const house = { id: 'h1', kind: 'JPEG' as const, size: 1000, purpose: 'PROPERTY_CERTIFICATE' as const, requirementId: 'RESIDENCE_PROOF', localPath: 'blob:old-house' }
    const id = { id: 'i1', kind: 'JPEG' as const, size: 1000, purpose: 'ID_DOCUMENT' as const, requirementId: 'IDENTITY', localPath: 'blob:old-id', side: 'FRONT' as const }
    ;(downloadUpload as jest.Mock).mockImplementation((upload: string) => (upload === 'i1' ? Promise.resolve('blob:id-again') : Promise.reject(new Error('offline'))))
    withDraft('self', { type: 'LONG_TERM_RESIDENT', useCommitment: false, uploads: [id, house] })
    await mount()
    await waitFor(() => expect(document.querySelector('#side-ID_DOCUMENT-FRONT taro-image-core')?.getAttribute('src')).toBe('blob:id-again'))
    await waitFor(() => expect(text('file-h1')).toBe('已拍好：房产证（不动产权证书）（图片已保存，可以继续）删除'))
    expect(document.body.innerHTML).not.toContain('blob:old')
    expect(downloadUpload).toHaveBeenCalledTimes(2)
  })
})

describe('材料 page: a second long-term place (多地备案, 002 第十一条)', () => {
  // Trial: 李晓梅 files 海南 for her mother 王秀英, who has a standing 长沙 filing made on a 承诺书
  // (locked until 2027-06-03). The page offered the 承诺书; only 提交备案 was refused.
  const XIUYING = memberView({ id: 'm2', name: '王秀英', idNumberMasked: '360102********0021', kin: '母亲', insuredRegion: '360100' })
  const changsha = (validFrom: string) =>
    filingView({
      id: 'cs', type: 'LONG_TERM_RESIDENT', typeName: '异地长期居住人员', basis: 'COMMITMENT', validFrom, startDate: validFrom, insuredRegion: '360100',
      destination: { province: '430000', city: '430100', name: '湖南省长沙市' },
      subject: { name: '王秀英', idNumberMasked: '360102********0021', relationLabel: '父母', kin: '母亲' }, filedBySelf: false,
    })

  beforeEach(() => {
    useSubjectsStore.setState({ members: { m2: { id: 'm2', name: '王秀英', relationLabel: '父母', kin: '母亲', insuredRegion: '360100' } } })
    ;(listFamilyMembers as jest.Mock).mockResolvedValue({ members: [XIUYING] })
  })

  it('does not offer the 承诺书, says why and asks for the real proof', async () => {
    const today = new Date().toISOString().slice(0, 10)
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [changsha(today)] })
    withDraft('member:m2', { type: 'LONG_TERM_RESIDENT', destination: '460000', useCommitment: true, commitmentByProxy: true, commitmentName: '李娟', commitmentAgreed: true })
    await mount()
    await waitFor(() => expect(document.getElementById('commitment-barred')).not.toBeNull())
    expect(text('commitment-barred')).toContain('这次不能用个人承诺书')
    expect(text('commitment-barred')).toContain('王秀英在湖南省长沙市已有一个长期备案')
    expect(text('commitment-barred')).toContain('上传在海南省居住或工作的证明材料')
    expect(document.getElementById('commitment')).toBeNull()
    expect(document.getElementById('commitment-toggle-RESIDENCE_PROOF')).toBeNull()
    // The proof is asked for: its photo buttons are shown, and it is still missing.
    expect(text('req-RESIDENCE_PROOF')).toContain('居住证')
    expect(text('req-RESIDENCE_PROOF')).toContain('还没拍')
    fireEvent.click(document.getElementById('materials-next')!)
    await waitFor(() => expect(text('missing')).toContain('在外地长住的证明'))
  })

  it('with the proof uploaded, 下一步 drops the 承诺书 the draft kept, so 提交备案 sends the proof only', async () => {
    ;(listFilings as jest.Mock).mockResolvedValue({ filings: [changsha(new Date().toISOString().slice(0, 10))] })
    const id = { id: 'i1', kind: 'JPEG' as const, size: 1000, purpose: 'ID_DOCUMENT' as const, requirementId: 'IDENTITY', localPath: 'blob:id', side: 'FRONT' as const }
    const permit = { id: 'r1', kind: 'JPEG' as const, size: 1000, purpose: 'RESIDENCE_PERMIT' as const, requirementId: 'RESIDENCE_PROOF', localPath: 'blob:permit' }
    withDraft('member:m2', { type: 'LONG_TERM_RESIDENT', destination: '460000', uploads: [id, permit], useCommitment: true, commitmentName: '王秀英', commitmentAgreed: true })
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    await mount()
    await waitFor(() => expect(document.getElementById('commitment-barred')).not.toBeNull())
    fireEvent.click(document.getElementById('materials-next')!)
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/filing/pages/review/index' })
    const draft = useFilingDraftStore.getState().drafts['member:m2']!
    expect(draft).toMatchObject({ step: 'review', useCommitment: false, commitmentAgreed: false })
    expect(submissionOf(draft, false, { familyMemberId: 'm2' }).commitment).toBeNull()
    navigate.mockRestore()
  })

  it('with nothing standing elsewhere, the 承诺书 is offered as before', async () => {
    withDraft('member:m2', { type: 'LONG_TERM_RESIDENT', destination: '460000' })
    await mount()
    await waitFor(() => expect(listFilings).toHaveBeenCalled())
    await waitFor(() => expect(document.getElementById('commitment')).not.toBeNull())
    expect(document.getElementById('commitment-barred')).toBeNull()
  })
})
