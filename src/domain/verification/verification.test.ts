import { PRIVACY_NOTICE_TEXT } from '@/domain/privacy'
import { FILING_TYPE_LIST, type FilingType } from '@/domain/filing-types'
import {
  MAX_FAILED_ATTEMPTS_PER_DAY,
  UNVERIFIED_REVIEW_NOTE,
  VERIFICATION_PRIVACY_SECTION,
  canAttemptVerification,
  familyFilingsHintFor,
  VERIFIED_RELEASE_NOTE,
  filingNoteFor,
  initialFilingStatus,
  unverifiedBeforeSubmit,
  unverifiedReviewNoteFor,
  verificationActionFor,
  verifiedReleaseNoteFor,
  type NoteReader,
  type VerificationStatus,
} from '.'

/** What the person who filed unverified reads: the filing is done once 实人认证 passes (release.ts on the server). */
const SELF_UNVERIFIED = '您还没有完成实人认证，这份备案要等核对身份后才生效：您做完实人认证，就马上办好；不做的话，要等工作人员核对'

describe('initialFilingStatus (issue 11; SPEC §7; 001 办理流程)', () => {
  // columns: type | filer verified | proxy authorisation unchecked | status | reason
  it.each<[FilingType, boolean, boolean, 'APPROVED' | 'UNDER_REVIEW', string | null]>([
    ['RETIRED_RESETTLED', true, false, 'APPROVED', null],
    ['LONG_TERM_RESIDENT', true, false, 'APPROVED', null],
    ['STATIONED_WORKER', true, false, 'APPROVED', null],
    ['REFERRAL', true, false, 'APPROVED', null],
    ['OTHER_TEMPORARY', true, false, 'APPROVED', null],
    ['RETIRED_RESETTLED', false, false, 'UNDER_REVIEW', UNVERIFIED_REVIEW_NOTE],
    ['LONG_TERM_RESIDENT', false, false, 'UNDER_REVIEW', UNVERIFIED_REVIEW_NOTE],
    ['STATIONED_WORKER', false, false, 'UNDER_REVIEW', UNVERIFIED_REVIEW_NOTE],
    ['REFERRAL', false, false, 'UNDER_REVIEW', UNVERIFIED_REVIEW_NOTE],
    ['OTHER_TEMPORARY', false, false, 'UNDER_REVIEW', UNVERIFIED_REVIEW_NOTE],
    ['EMERGENCY', true, false, 'UNDER_REVIEW', null],
    ['EMERGENCY', false, false, 'UNDER_REVIEW', null],
    ['LONG_TERM_RESIDENT', true, true, 'UNDER_REVIEW', null],
  ])('%s, verified %s, unchecked proxy %s → %s', (type, filerVerified, byProxyUnverified, status, reason) => {
    expect(initialFilingStatus({ type, filerVerified, byProxyUnverified })).toEqual({ status, reason })
  })

  it('no unverified filer gets an instant filing, whatever the type', () => {
    for (const type of FILING_TYPE_LIST) {
      expect(initialFilingStatus({ type, filerVerified: false }).status).toBe('UNDER_REVIEW')
    }
  })

  it('the reason tells the person what happens and what verifying would change', () => {
    expect(UNVERIFIED_REVIEW_NOTE).toBe('您还没有完成实人认证，这份备案要等工作人员核对后才生效；完成认证的话，以后可以马上办好')
  })

  // A daughter filing for her father: the check that is missing is hers, not his.
  it('is worded for who reads it: the person, the proxy (您（办理人）), or the insured person of a 代办', () => {
    expect(unverifiedReviewNoteFor({ filedBySelf: true, filedBy: { self: true, nameMasked: '张建华' } }, null, 'FACE')).toBe(SELF_UNVERIFIED)
    const proxy = unverifiedReviewNoteFor({ filedBySelf: false, filedBy: { self: true, nameMasked: '张丽' } }, null, 'FACE')
    expect(proxy.startsWith('您（办理人）自己还没有完成实人认证')).toBe(true)
    expect(unverifiedReviewNoteFor({ filedBySelf: false, filedBy: { self: false, nameMasked: '张*' } }, null, 'FACE').startsWith('办理人张*提交时还没有完成实人认证')).toBe(true)
    expect(filingNoteFor(UNVERIFIED_REVIEW_NOTE, { filedBySelf: false, filedBy: { self: true, nameMasked: '张丽' } }, null, 'FACE')).toBe(proxy)
    expect(filingNoteFor('即时办结', { filedBySelf: false, filedBy: { self: true, nameMasked: '张丽' } }, null, 'FACE')).toBe('即时办结')
    expect(unverifiedBeforeSubmit(true, 'UNVERIFIED', 'FACE')).toContain('您（办理人）自己还没有完成实人认证')
    expect(unverifiedBeforeSubmit(false, 'UNVERIFIED', 'FACE')).toBe('您还没有完成实人认证：提交后，您做完实人认证就马上办好；不做的话，要等工作人员核对（一般 1 个工作日）。')
  })

  // H5: 实人认证 is ID photos that staff check in about the time the review itself takes, so doing it
  // does not speed up this filing (a trial read "马上办好" as an instruction competing with "不用再做什么").
  it('where 实人认证 is ID photos (H5), promises nothing instant: staff check, the photos speed up later filings', () => {
    const self: NoteReader = { filedBySelf: true, filedBy: { self: true, nameMasked: '张建华' } }
    const proxy: NoteReader = { filedBySelf: false, filedBy: { self: true, nameMasked: '张丽' } }
    expect(unverifiedReviewNoteFor(self, 'UNVERIFIED', 'ID_PHOTOS')).toBe(
      '您还没有完成实人认证，所以这份备案由工作人员审核，审核时一并核对身份（一般 1 个工作日），您不用再做什么；上传身份证照片做完实人认证，以后办的备案就不用再等审核',
    )
    expect(unverifiedReviewNoteFor(proxy, null, 'ID_PHOTOS')).toBe(
      '您（办理人）自己还没有完成实人认证，所以这份备案由工作人员审核，审核时一并核对身份（一般 1 个工作日），您不用再做什么；上传身份证照片做完实人认证，以后替家人办的备案就不用再等审核',
    )
    expect(filingNoteFor(UNVERIFIED_REVIEW_NOTE, self, 'REJECTED', 'ID_PHOTOS')).toBe(unverifiedReviewNoteFor(self, 'REJECTED', 'ID_PHOTOS'))
    expect(unverifiedBeforeSubmit(false, 'UNVERIFIED', 'ID_PHOTOS')).toBe('您还没有完成实人认证：提交后由工作人员审核，审核时一并核对身份（一般 1 个工作日），您不用再做什么。')
    expect(unverifiedBeforeSubmit(true, 'REJECTED', 'ID_PHOTOS')).toBe('您（办理人）自己还没有完成实人认证：提交后由工作人员审核，审核时一并核对身份（一般 1 个工作日），您不用再做什么。')
    for (const text of [unverifiedReviewNoteFor(self, 'UNVERIFIED', 'ID_PHOTOS'), unverifiedReviewNoteFor(proxy, 'UNVERIFIED', 'ID_PHOTOS'), unverifiedBeforeSubmit(false, 'UNVERIFIED', 'ID_PHOTOS')]) {
      expect(text).not.toContain('马上')
    }
    // The photos already waiting, or verified since: the same words on either platform.
    expect(unverifiedReviewNoteFor(self, 'PENDING', 'ID_PHOTOS')).toBe(unverifiedReviewNoteFor(self, 'PENDING', 'FACE'))
    expect(unverifiedBeforeSubmit(false, 'PENDING', 'ID_PHOTOS')).toBe(unverifiedBeforeSubmit(false, 'PENDING', 'FACE'))
  })
})

// A fresh user's trial: an old man whose 实人认证 photos waited for staff read "您还没有完成实人认证"
// and "去做实人认证", and took it as "send the photos again". While PENDING the words say the
// photos wait (REVIEW_WORKING_DAYS, 001 办理流程 审查与决定), and the way leads to the progress.
describe('the words while the 实人认证 photos wait for staff (PENDING)', () => {
  const self: NoteReader = { filedBySelf: true, filedBy: { self: true, nameMasked: '王建国' } }
  const proxy: NoteReader = { filedBySelf: false, filedBy: { self: true, nameMasked: '王*' } }
  const insured: NoteReader = { filedBySelf: false, filedBy: { self: false, nameMasked: '王*' } }

  // columns: reader | the filer's status now | the note begins with
  it.each<[string, NoteReader, VerificationStatus | null, string]>([
    ['self', self, 'PENDING', '您的实人认证照片已提交，正在等工作人员核对（一般 1 个工作日）；照片核对通过，这份备案就跟着办好'],
    ['proxy', proxy, 'PENDING', '您（办理人）的实人认证照片已提交，正在等工作人员核对（一般 1 个工作日）'],
    ['self', self, 'VERIFIED', '这份备案提交时，您还没有完成实人认证'],
    ['proxy', proxy, 'VERIFIED', '这份备案提交时，您（办理人）还没有完成实人认证'],
    ['self', self, 'UNVERIFIED', SELF_UNVERIFIED],
    ['self', self, 'REJECTED', SELF_UNVERIFIED],
    ['self', self, null, SELF_UNVERIFIED],
    ['proxy', proxy, 'UNVERIFIED', '您（办理人）自己还没有完成实人认证'],
    // The insured person reading a 代办 does not know the filer's status: the stored wording.
    ['insured', insured, 'PENDING', '办理人王*提交时还没有完成实人认证'],
  ])('%s, filer %s', (_who, reader, status, start) => {
    expect(unverifiedReviewNoteFor(reader, status, 'FACE').startsWith(start)).toBe(true)
    expect(filingNoteFor(UNVERIFIED_REVIEW_NOTE, reader, status, 'FACE')).toBe(unverifiedReviewNoteFor(reader, status, 'FACE'))
  })

  it('never says "还没有完成" while the photos wait', () => {
    expect(unverifiedReviewNoteFor(self, 'PENDING', 'FACE')).not.toContain('还没有完成')
    expect(unverifiedReviewNoteFor(proxy, 'PENDING', 'FACE')).not.toContain('还没有完成')
    expect(unverifiedBeforeSubmit(false, 'PENDING', 'FACE')).not.toContain('还没有完成')
    expect(unverifiedBeforeSubmit(true, 'PENDING', 'FACE')).not.toContain('还没有完成')
    expect(familyFilingsHintFor('PENDING')).not.toContain('还没有完成')
  })

  it('before submitting: the photos wait, and the filing will wait for staff too', () => {
    expect(unverifiedBeforeSubmit(false, 'PENDING', 'FACE')).toBe('您的实人认证照片已提交，正在等工作人员核对（一般 1 个工作日）。照片核对通过，这份备案就跟着办好。')
    expect(unverifiedBeforeSubmit(true, 'PENDING', 'FACE').startsWith('您（办理人）的实人认证照片已提交')).toBe(true)
    expect(unverifiedBeforeSubmit(false, 'REJECTED', 'FACE')).toBe(unverifiedBeforeSubmit(false, 'UNVERIFIED', 'FACE'))
  })

  // columns: status | the link's words (null: no link)
  it.each<[VerificationStatus, string | null]>([
    ['UNVERIFIED', '去做实人认证'],
    ['REJECTED', '去做实人认证'],
    ['PENDING', '查看实人认证进度'],
    ['VERIFIED', null],
  ])('the 实人认证 link for %s: %s', (status, label) => {
    expect(verificationActionFor(status)).toBe(label)
  })

  // columns: status | 我的备案's line on family members' filings (null: none)
  it.each<[VerificationStatus, string | null]>([
    ['UNVERIFIED', '如果家人替您办过备案，要等您完成实人认证后，才会显示在这里。'],
    ['REJECTED', '如果家人替您办过备案，要等您完成实人认证后，才会显示在这里。'],
    ['PENDING', '您的实人认证照片已提交，正在等工作人员核对（一般 1 个工作日）。核对通过后，家人替您办过的备案（如果有）会显示在这里。'],
    ['VERIFIED', null],
  ])('我的备案 for %s', (status, hint) => {
    expect(familyFilingsHintFor(status)).toBe(hint)
  })
})

describe('verification attempts', () => {
  it.each([
    [0, true],
    [4, true],
    [5, false],
    [9, false],
  ])('%i failures today → may try again: %s', (failed, allowed) => {
    expect(MAX_FAILED_ATTEMPTS_PER_DAY).toBe(5)
    expect(canAttemptVerification(failed)).toBe(allowed)
  })
})

describe('the privacy notice section', () => {
  it('says that no face image is kept and why verification is asked', () => {
    expect(VERIFICATION_PRIVACY_SECTION.title).toBe('实人认证')
    const text = VERIFICATION_PRIVACY_SECTION.paragraphs.join('')
    expect(text).toContain('不保存您的人脸照片')
    expect(text).toContain('防止别人用您的身份证号冒名备案')
  })

  it('is a section of the 隐私保护指引 in force, after 替家人办理', () => {
    const ids = PRIVACY_NOTICE_TEXT.sections.map((s) => s.id)
    expect(ids.indexOf('verification')).toBe(ids.indexOf('family') + 1)
    expect(PRIVACY_NOTICE_TEXT.sections.find((s) => s.id === 'verification')).toBe(VERIFICATION_PRIVACY_SECTION)
  })
})

describe('a filing approved when its filer’s 实人认证 passed (VERIFIED_RELEASE_NOTE)', () => {
  // columns: reader | the note
  it.each<[string, NoteReader, string]>([
    ['the person, filed for themselves', { filedBySelf: true, filedBy: { self: true, nameMasked: '王建国' } }, '您的实人认证已通过，这份备案已办好，备案成功'],
    ['the proxy who filed', { filedBySelf: false, filedBy: { self: true, nameMasked: '王*' } }, '您（办理人）的实人认证已通过，这份备案已办好，备案成功'],
    ['the insured person of a 代办', { filedBySelf: false, filedBy: { self: false, nameMasked: '王*' } }, '办理人王*的实人认证已通过，这份备案已办好，备案成功'],
  ])('%s reads: %s', (_, reader, note) => {
    expect(verifiedReleaseNoteFor(reader)).toBe(note)
    expect(filingNoteFor(VERIFIED_RELEASE_NOTE, reader, null, 'ID_PHOTOS')).toBe(note)
  })
})
