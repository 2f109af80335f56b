import Taro from '@tarojs/taro'
import { waitFor } from '@testing-library/react'
import { uploadMaterial } from '@/services/filings'
import { useEmergencyDraftStore } from '@/stores/use-emergency-draft-store'
import { click, mount, unmount } from '@tests/helpers/page'
import { useSubjectsStore } from '@/stores/use-subjects-store'
import { INSURED, signedIn, text, withDraft } from '../../shared/test-fixtures'
import EmergencyMaterials from './index'

jest.mock('@/services/filings', () => ({ uploadMaterial: jest.fn() }))

const mockedUpload = uploadMaterial as jest.MockedFunction<typeof uploadMaterial>
let navigate: jest.SpyInstance
beforeEach(() => {
  withDraft({ step: 'materials' })
  mockedUpload.mockReset()
  navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
})
afterEach(() => unmount())

async function mountPage() {
  await mount(EmergencyMaterials)
  await waitFor(() => expect(document.getElementById('materials-next')).not.toBeNull())
}

describe('急诊备案: the photos', () => {
  it('asks for identity and one stamped emergency paper, and does not go on without them', async () => {
    await mountPage()
    expect(text('req-IDENTITY')).toContain('身份证明')
    expect(text('req-EMERGENCY_PROOF')).toContain('公章')
    for (const code of ['EMERGENCY_DIAGNOSIS', 'OUTPATIENT_RECORD', 'ADMISSION_RECORD']) {
      expect(document.getElementById(`pick-${code}`)).not.toBeNull()
    }
    click('materials-next')
    await waitFor(() => expect(text('missing')).toContain('急诊住院的材料'))
    expect(navigate).not.toHaveBeenCalled()
  })

  it('filing for his mother: the papers speak of her, not of 您 (a trial: 证明您是突发急病 was read as about the son)', async () => {
    signedIn(INSURED.GUANGXI)
    useSubjectsStore.setState({ members: { m1: { id: 'm1', name: '王秀英', relationLabel: '父母', kin: '母亲', insuredRegion: INSURED.GUANGXI, phone: '13800001111' } as never } })
    useEmergencyDraftStore.setState((s) => ({ subject: 'member:m1', drafts: { 'member:m1': s.drafts.self! } }))
    await mountPage()
    expect(text('req-EMERGENCY_PROOF')).toContain('证明王秀英是突发急病、急诊住的院')
    expect(text('req-IDENTITY')).not.toContain('您')
    expect(text('req-EMERGENCY_PROOF')).not.toContain('您')
    expect(text('materials-intro')).toContain('一样证明王秀英是谁')
  })

  it('for oneself the papers say 您', async () => {
    signedIn(INSURED.GUANGXI)
    await mountPage()
    expect(text('req-EMERGENCY_PROOF')).toContain('证明您是突发急病')
  })

  it('uploads each photo as its material, keeps it in the draft, then goes on', async () => {
    jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:photo' }] } as never)
    mockedUpload
      .mockResolvedValueOnce({ id: 'u1', kind: 'JPEG', size: 1, purpose: 'ID_DOCUMENT' })
      .mockResolvedValueOnce({ id: 'u2', kind: 'JPEG', size: 1, purpose: 'ADMISSION_RECORD' })
    await mountPage()
    click('pick-ID_DOCUMENT-FRONT')
    await waitFor(() => expect(text('req-IDENTITY')).toContain('已拍好'))
    expect(text('side-ID_DOCUMENT-FRONT')).toContain('✓ 已拍好')
    click('pick-ADMISSION_RECORD')
    await waitFor(() => expect(text('req-EMERGENCY_PROOF')).toContain('已拍好'))
    expect(mockedUpload).toHaveBeenLastCalledWith('blob:photo', 'ADMISSION_RECORD')
    click('materials-next')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/emergency/pages/review/index' })
    expect(useEmergencyDraftStore.getState().drafts.self!.uploads.map((u) => u.id)).toEqual(['u1', 'u2'])
  })

  it('as the ordinary materials page: the 身份证 正面 is enough, the 反面 is not asked for as if required', async () => {
    jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:photo' }] } as never)
    mockedUpload.mockResolvedValueOnce({ id: 'u1', kind: 'JPEG', size: 1, purpose: 'ID_DOCUMENT' })
    await mountPage()
    click('pick-ID_DOCUMENT-FRONT')
    await waitFor(() => expect(text('req-IDENTITY')).toContain('已拍好'))
    expect(text('side-ID_DOCUMENT-BACK')).toContain('可以不拍')
    expect(text('side-ID_DOCUMENT-BACK')).not.toContain('还没拍')
    click('materials-next')
    await waitFor(() => expect(text('missing')).toBe('还缺：急诊住院的材料（任选一种）'))
  })

  it('only the 反面: 还缺 names the 正面', async () => {
    jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:photo' }] } as never)
    mockedUpload.mockResolvedValueOnce({ id: 'u1', kind: 'JPEG', size: 1, purpose: 'ID_DOCUMENT' })
    await mountPage()
    click('pick-ID_DOCUMENT-BACK')
    await waitFor(() => expect(text('side-ID_DOCUMENT-BACK')).toContain('已拍好'))
    click('materials-next')
    await waitFor(() => expect(text('missing')).toContain('有效身份证件的正面（有照片的一面）'))
    expect(text('req-IDENTITY')).toContain('还没拍')
    expect(navigate).not.toHaveBeenCalled()
  })

  it('says plainly when an upload fails', async () => {
    const { ApiError } = jest.requireActual('@/services/api-error')
    jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:photo' }] } as never)
    mockedUpload.mockRejectedValue(new ApiError(422, 'UPLOAD_UNREADABLE', '照片看不清，请重新拍一张'))
    await mountPage()
    click('pick-EMERGENCY_DIAGNOSIS')
    await waitFor(() => expect(text('upload-error')).toContain('照片看不清'))
  })
})
