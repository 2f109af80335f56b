import TestUtils from '@tarojs/test-utils-react'
import { fireEvent, waitFor } from '@testing-library/react'
import { emptyFilingDraft, useFilingDraftStore, type FilingDraft, type SubjectKey } from '@/stores/use-filing-draft-store'
import { useMeStore } from '@/stores/use-me-store'
import { useSubjectsStore } from '@/stores/use-subjects-store'
import { submissionOf } from '../../shared/flow'
import { downloadUpload } from '@/services/filings'
import { forgetShownPhotos } from '@/hooks/use-shown-photos'
import FilingMaterials from './index'

jest.mock('@/services/filings', () => ({ ...jest.requireActual('@/services/filings'), downloadUpload: jest.fn() }))
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

beforeEach(() => {
  useMeStore.setState({ me: { user: { id: 'u1' }, profile: PROFILE }, loading: false, error: null })
  useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '李国强', relationLabel: '父母', insuredRegion: '360100' } } })
  ;(downloadUpload as jest.Mock).mockReset().mockRejectedValue(new Error('offline'))
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
    await new TestUtils().mount(FilingMaterials, {})
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
    await new TestUtils().mount(FilingMaterials, {})
    await waitFor(() => expect(document.getElementById('commitment')).not.toBeNull())
    expect(document.getElementById('commitment-by-proxy')).toBeNull()
    expect(text('commitment-sign-label')).toBe('签名：请输入您的姓名“李娟”')
  })

  it('for a family member, 代签 asks for the filer’s own name', async () => {
    withDraft('member:m1', { type: 'LONG_TERM_RESIDENT' })
    await new TestUtils().mount(FilingMaterials, {})
    await waitFor(() => expect(document.getElementById('commitment-by-proxy')).not.toBeNull())
    // Said to the daughter holding the phone: her father signs, or she ticks 代签.
    expect(text('commitment-sign-label')).toBe('签名：请李国强本人输入姓名“李国强”（李国强没法签的，勾选上面的“由我代签”）')
    useFilingDraftStore.getState().update({ commitmentByProxy: true })
    await waitFor(() => expect(text('commitment-sign-label')).toBe('代签：请输入您自己的姓名“李娟”'))
    expect(text('commitment-by-proxy')).toContain('李国强本人没法签字，由我（李娟）代签')
  })
})

describe('材料 page: a note on the 房产证 (issue 13 item 11)', () => {
  it('asks who the owner is, keeps the note in the draft and sends it with the filing', async () => {
    const house = { id: 'h1', kind: 'JPEG' as const, size: 1000, purpose: 'PROPERTY_CERTIFICATE' as const, requirementId: 'RESIDENCE_PROOF', localPath: 'blob:house' }
    const id = { id: 'i1', kind: 'JPEG' as const, size: 1000, purpose: 'ID_DOCUMENT' as const, requirementId: 'IDENTITY', localPath: 'blob:id', side: 'FRONT' as const }
    withDraft('self', { type: 'LONG_TERM_RESIDENT', useCommitment: false, uploads: [id, house] })
    await new TestUtils().mount(FilingMaterials, {})
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
    await new TestUtils().mount(FilingMaterials, {})
    await waitFor(() => expect(document.querySelector('#side-ID_DOCUMENT-FRONT taro-image-core')?.getAttribute('src')).toBe('blob:id-again'))
    await waitFor(() => expect(text('file-h1')).toBe('已上传：房产证（不动产权证书）（图片已保存，可以继续）删除'))
    expect(document.body.innerHTML).not.toContain('blob:old')
    expect(downloadUpload).toHaveBeenCalledTimes(2)
  })
})
