/**
 * 隐私保护指引: the one text the app shows and the server serves (GET /api/privacy-notice), as
 * data. Sections are keyed by `id` so later work adds its own section (e.g. 实人认证, issue 11)
 * without touching the others. A wording change means a new PRIVACY_NOTICE_VERSION: consents are
 * recorded against a version, and a person must agree again before more personal data is stored
 * (个人信息保护法 第十四条: a change of purpose or way of handling needs consent again).
 * notice.test.ts pins each version's text by its SHA-256, so the text cannot change unnoticed.
 */

import { VERIFICATION_PRIVACY_SECTION } from '@/domain/verification/privacy'

/** One line of a list: a thing and what it is for. */
export interface PrivacyNoticeItem {
  term: string
  detail: string
}

export interface PrivacyNoticeSection {
  /** Stable key (kebab-case): anchors in the app, and where later work adds its own section. */
  id: string
  title: string
  paragraphs: readonly string[]
  items?: readonly PrivacyNoticeItem[]
}

export interface PrivacyNoticeText {
  title: string
  /** The day this version takes effect, YYYY-MM-DD (China time). */
  effectiveOn: string
  /** What to read first, in one or two sentences. */
  summary: string
  sections: readonly PrivacyNoticeSection[]
}

/** What GET /api/privacy-notice answers. */
export interface PrivacyNotice {
  version: string
  text: PrivacyNoticeText
}

/** Bump with every change of PRIVACY_NOTICE_TEXT (and add its hash to notice.test.ts). */
export const PRIVACY_NOTICE_VERSION = '2026-12-01'

/** What a consent is for: one's own 实名信息, or a family member's data added for 代办. */
export const PRIVACY_CONSENT_SCOPES = {
  PROFILE: '本人实名信息',
  FAMILY_MEMBER: '家人信息（家人代办）',
} as const
export type PrivacyConsentScope = keyof typeof PRIVACY_CONSENT_SCOPES

const SECTIONS: readonly PrivacyNoticeSection[] = [
  {
    id: 'who',
    title: '我们是谁',
    paragraphs: [
      '“异地就医备案”小程序由医保经办机构提供，用来在网上办理异地就医备案。下面说的“我们”，就是提供这个小程序的医保经办机构。',
    ],
  },
  {
    id: 'collected',
    title: '我们收集哪些信息',
    paragraphs: [
      '只收集办理备案必须用到的信息。其中身份证号、病情和看病的情况、证件照片属于“敏感个人信息”，我们会单独征求您的同意。',
    ],
    items: [
      { term: '姓名、身份证号码', detail: '确认是您本人，备案要写明是谁' },
      { term: '手机号码', detail: '办理中有问题时联系您' },
      { term: '参保地、险种', detail: '按您参保地的规定办理' },
      { term: '材料照片', detail: '您拍照或从相册选的证明材料，例如身份证、居住证、转诊证明、授权委托书' },
      { term: '急诊住院的情况', detail: '入院日期、医院、诊断等，用来判断能不能补办急诊备案' },
      { term: '家人的信息', detail: '您替家人办理时，家人的姓名、身份证号码、手机号码、参保地和与您的关系' },
      { term: '微信账号标识（openid）', detail: '微信给的一串编号，用来认出是您登录，不包括您的微信号、头像和聊天内容' },
      { term: '实人认证的结果', detail: '确认是您本人在办理：每次认证的时间、方式和结果，不包括人脸照片（见下面“实人认证”）' },
    ],
  },
  {
    id: 'purpose',
    title: '为什么要收集',
    paragraphs: [
      '只为一件事：向医保经办机构办理异地就医备案（包括变更、取消、补充材料和查询进度），让您在外地看病能直接结算。',
      '不会用来做广告、推销，也不会卖给任何人。',
    ],
  },
  {
    id: 'storage',
    title: '信息存在哪里',
    paragraphs: [
      '存在这个小程序的服务器数据库里，服务器在中国境内。手机和服务器之间的传输是加密的。',
      '日志里不会记下完整的身份证号和手机号。',
    ],
  },
  {
    id: 'retention',
    title: '保存多久',
    paragraphs: [
      '实名信息、家人信息、还没用在备案里的照片：保存到您删除或撤回同意为止。',
      '已经提交的备案和它的材料：是医保经办机构的异地就医业务档案，要按规定保管（苏医保发〔2022〕75号 第五十八条）。您删除信息后，这些备案会和您的微信账号断开，只作为档案保存，不再用于别的事。',
    ],
  },
  {
    id: 'who-sees',
    title: '谁能看到',
    paragraphs: [
      '您自己；您授权替您办理的家人（只能看为您办的备案）；审核备案的医保经办机构工作人员。',
      '除法律、行政法规要求的以外，不会提供给其他单位或个人。',
    ],
  },
  {
    id: 'family',
    title: '替家人办理',
    paragraphs: [
      '添加家人前，请先征得家人本人的同意。家人不满 14 周岁的，要由父母或其他监护人同意。',
      '家人还要在自己的微信里确认，或者交签好的授权委托书，您才能替 TA 办理。',
    ],
  },
  VERIFICATION_PRIVACY_SECTION,
  {
    id: 'wechat',
    title: '用到的微信功能',
    paragraphs: ['下面这些功能，用之前微信会先请您同意：'],
    items: [
      { term: '拍照或从相册选照片', detail: '上传证明材料' },
      { term: '保存图片到相册', detail: '保存备案回执' },
      { term: '复制到剪贴板', detail: '复制备案号，方便发给家人或记下来' },
      { term: '微信人脸核身', detail: '实人认证时刷脸，由微信核对，我们拿不到人脸照片' },
    ],
  },
  {
    id: 'rights',
    title: '您可以怎么做',
    paragraphs: [
      '随时可以在“实名信息”里查看和修改自己的信息，在“家人代办”里删除家人。',
      '随时可以撤回同意：在本页最下面点“撤回同意并删除我的信息”。撤回后，您的实名信息、家人信息、授权邀请、没用在备案里的照片和登录状态都会删除；已经提交的备案按上面说的作为档案保存。撤回不影响撤回前已经办好的事。',
      '不同意也可以用“进度查询”：只要备案号和身份证后 6 位，不用填个人信息。',
    ],
  },
  {
    id: 'contact',
    title: '联系我们',
    paragraphs: [
      '对个人信息有疑问、意见或投诉，可以拨打医保服务热线 12393，或到参保地医保经办机构的窗口咨询。我们会在 15 个工作日内答复。',
    ],
  },
  {
    id: 'changes',
    title: '指引更新',
    paragraphs: [
      '本指引内容有变化时，会在小程序里告诉您；涉及敏感个人信息的变化，要您重新同意后才会继续保存您的信息。',
    ],
  },
]

export const PRIVACY_NOTICE_TEXT: PrivacyNoticeText = {
  title: '隐私保护指引',
  effectiveOn: '2026-12-01',
  summary: '我们只收集办理异地就医备案必须用到的信息，只用来办理备案。您可以随时查看、修改，也可以撤回同意、删除信息。',
  sections: SECTIONS,
}

/** The notice in force: what the server serves and what consent must name. */
export const PRIVACY_NOTICE: PrivacyNotice = { version: PRIVACY_NOTICE_VERSION, text: PRIVACY_NOTICE_TEXT }

/**
 * Whether a recorded consent covers the notice in force: it must name exactly the current
 * version (an older version, or none, is not consent to what the current text says).
 */
export function isConsentCurrent(consentedVersion: string | null | undefined, currentVersion: string = PRIVACY_NOTICE_VERSION): boolean {
  return consentedVersion === currentVersion
}

/** The 422 message when personal data comes without consent to the current notice. */
export const PRIVACY_CONSENT_REQUIRED_MESSAGE =
  '保存个人信息前，需要您先阅读并同意最新的《隐私保护指引》。请在页面上勾选同意后再提交；不同意也可以用“进度查询”。'
