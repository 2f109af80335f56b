import { createHash } from 'node:crypto'
import {
  PRIVACY_NOTICE,
  PRIVACY_NOTICE_TEXT,
  PRIVACY_NOTICE_VERSION,
  isConsentCurrent,
} from './index'

/**
 * Every version the notice has had, with the SHA-256 of its text (JSON). Changing the text
 * fails this test until a NEW version is added here and PRIVACY_NOTICE_VERSION names it: a
 * consent given to one text is never taken as consent to another (个人信息保护法 第十四条).
 * Never edit a row: people consented to exactly that text.
 */
const VERSION_HASHES: Record<string, string> = {
  '2026-11-30': 'd3f90e1e0db3d81e1859574237e4a51029a52836bd7de1c0aae7e60900807ae5',
  // + 实人认证 (issue 11): what face verification and the staff-checked photos process, and why.
  '2026-12-01': 'fb71b354e61d742b508eafdd9c5d7201758e7dc05882da08877e7a7bd0770d1a',
}

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')

describe('隐私保护指引 is versioned by its text', () => {
  it('the text in force is the one pinned for the current version', () => {
    expect(PRIVACY_NOTICE_VERSION).toBe('2026-12-01')
    expect(sha256(PRIVACY_NOTICE_TEXT)).toBe(VERSION_HASHES[PRIVACY_NOTICE_VERSION])
    expect(PRIVACY_NOTICE).toEqual({ version: '2026-12-01', text: PRIVACY_NOTICE_TEXT })
  })

  it('no two versions share a text', () => {
    const hashes = Object.values(VERSION_HASHES)
    expect(new Set(hashes).size).toBe(hashes.length)
  })

  it('a change of the text is seen as a different hash (the check above is not blind)', () => {
    const [first, ...rest] = PRIVACY_NOTICE_TEXT.sections
    const edited = { ...PRIVACY_NOTICE_TEXT, sections: [{ ...first!, title: `${first!.title}。` }, ...rest] }
    expect(sha256(edited)).not.toBe(VERSION_HASHES[PRIVACY_NOTICE_VERSION])
  })
})

describe('what the notice must tell (issue 9, 个人信息保护法 第十七条, 第三十条)', () => {
  const all = JSON.stringify(PRIVACY_NOTICE_TEXT)

  // columns: what must be said | words that say it
  it.each([
    ['what is collected', ['姓名', '身份证号码', '手机号码', '材料照片', '诊断', '家人', 'openid']],
    ['that ID number, medical facts and photos are sensitive', ['敏感个人信息']],
    ['why: filing with the insurance agency', ['办理异地就医备案']],
    ['where it is stored', ['服务器数据库']],
    ['how long, and the filings kept as the agency’s record', ['保存到您删除或撤回同意为止', '第五十八条']],
    ['who sees it', ['医保经办机构工作人员']],
    ['how to withdraw and delete', ['撤回同意并删除我的信息']],
    ['what still works without consent', ['进度查询']],
    ['how to contact', ['12393']],
    ['the WeChat privacy APIs the app calls', ['相册', '剪贴板', '微信人脸核身']],
    // issue 11: what 实人认证 processes and why, and what it does not keep
    ['why identity is verified', ['实人认证', '防止别人用您的身份证号冒名备案']],
    ['what verification processes, and that no face image is kept', ['身份证正面、反面和本人手持身份证的照片', '不保存您的人脸照片', '每一次认证的时间、方式、结果']],
  ])('says %s', (_what, words) => {
    for (const word of words) expect(all).toContain(word)
  })

  it('has unique section ids, each with a title and text', () => {
    const ids = PRIVACY_NOTICE_TEXT.sections.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const section of PRIVACY_NOTICE_TEXT.sections) {
      expect(section.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(section.title.length).toBeGreaterThan(0)
      expect(section.paragraphs.length).toBeGreaterThan(0)
    }
  })
})

describe('isConsentCurrent', () => {
  // columns: consented version | current version | covered?
  it.each([
    ['2026-11-30', '2026-11-30', true],
    ['2026-01-01', '2026-11-30', false],
    [null, '2026-11-30', false],
    [undefined, '2026-11-30', false],
    ['', '2026-11-30', false],
  ])('consent to %p under %p → %p', (consented, current, expected) => {
    expect(isConsentCurrent(consented, current)).toBe(expected)
  })

  it('defaults to the version in force', () => {
    expect(isConsentCurrent('2026-12-01')).toBe(true)
    expect(isConsentCurrent('2026-11-30')).toBe(false)
  })
})
