import { cite, type Citation } from '@/domain/citation'

/**
 * Every document a filing may need (SPEC §2), each with a plain explanation and what a photo
 * of it should show, so a person (or their child) can tell whether the picture will be accepted.
 */

export const MATERIAL_CODES = {
  // identity: one of (002 第八条; 004 备注1)
  MEDICAL_INSURANCE_QR: 'MEDICAL_INSURANCE_QR',
  ID_DOCUMENT: 'ID_DOCUMENT',
  SOCIAL_SECURITY_CARD: 'SOCIAL_SECURITY_CARD',
  // RETIRED_RESETTLED (002 第八条(一))
  HOUSEHOLD_REGISTER: 'HOUSEHOLD_REGISTER',
  // LONG_TERM_RESIDENT (002 第八条(二); 000 第三条)
  RESIDENCE_PERMIT: 'RESIDENCE_PERMIT',
  PROPERTY_CERTIFICATE: 'PROPERTY_CERTIFICATE',
  RELATIVE_HOUSEHOLD_REGISTER: 'RELATIVE_HOUSEHOLD_REGISTER',
  // STATIONED_WORKER (002 第八条(三); 003 第五条(三), 第九条(三))
  DISPATCH_LETTER: 'DISPATCH_LETTER',
  REMOTE_EMPLOYER_LETTER: 'REMOTE_EMPLOYER_LETTER',
  LABOUR_CONTRACT: 'LABOUR_CONTRACT',
  STUDENT_PROOF: 'STUDENT_PROOF',
  // REFERRAL (002 第八条(四))
  REFERRAL_CERTIFICATE: 'REFERRAL_CERTIFICATE',
  // EMERGENCY (001 申请材料)
  EMERGENCY_DIAGNOSIS: 'EMERGENCY_DIAGNOSIS',
  OUTPATIENT_RECORD: 'OUTPATIENT_RECORD',
  ADMISSION_RECORD: 'ADMISSION_RECORD',
  // acting for someone else (001 申请材料; 004 备注2; 002 第九条(一))
  AUTHORIZATION_LETTER: 'AUTHORIZATION_LETTER',
  // 补充材料 only: a document the reviewer asked for in their own words, not one of the above (出院小结)
  REQUESTED_OTHER: 'REQUESTED_OTHER',
  // 实人认证 checked by staff (issue 11): not filing materials, the three photos of the request
  ID_CARD_FRONT: 'ID_CARD_FRONT',
  ID_CARD_BACK: 'ID_CARD_BACK',
  ID_CARD_HOLDING: 'ID_CARD_HOLDING',
} as const

export type MaterialCode = (typeof MATERIAL_CODES)[keyof typeof MATERIAL_CODES]

export interface MaterialItem {
  code: MaterialCode
  name: string
  /** What it is, in plain words. */
  explanation: string
  /** Whether a photo or file is uploaded. 医保电子凭证 is used inside WeChat, not photographed. */
  upload: boolean
  /** What the photo must show. */
  photoTips: readonly string[]
  /** Sides photographed one each, in their own slot (身份证: 正面 and 反面, issue 13 item 11). */
  sides?: readonly MaterialSide[]
  /**
   * A material whose photo alone does not say enough asks for a short note (issue 13 item 11):
   * the field's label and an example. Checked by `checkMaterialNotes`.
   */
  note?: MaterialNote
  citations: readonly Citation[]
}

export interface MaterialNote {
  /** The field's label: '房主是您的什么人'. */
  label: string
  /** What to write, with an example: '房主不是您本人的，写一下是您的什么人，如“儿子”'. */
  hint: string
  /**
   * The label on the staff console, beside the answer: it names the 参保人, not 您 (a trial: staff
   * read '房主是您的什么人：王丽，女儿'). '房主是参保人的什么人'.
   */
  staffLabel: string
  /** The field's example while empty: '如：王丽，女儿' (a trial: 出院小结's field showed that one). */
  placeholder: string
}

export type MaterialSideKey = 'FRONT' | 'BACK'
export interface MaterialSide {
  key: MaterialSideKey
  /** The slot's name: '正面（有照片的一面）'. */
  label: string
  /**
   * The document counts without this side (身份证 反面: the 正面 is enough to go on, as on every
   * materials page); its slot says so instead of 还没拍.
   */
  optional?: boolean
}

/** The 房产证's note field (issue 13 item 11): its tip and the field say the same title. */
const PROPERTY_NOTE: MaterialNote = {
  label: '房主是您的什么人',
  hint: '房主不是您本人的，写一下房主的姓名和是您的什么人，如“王丽，女儿”',
  staffLabel: '房主是参保人的什么人',
  placeholder: '如：王丽，女儿',
}
/** The relative's 户口簿 note field, said by its title in the tip likewise. */
const RELATIVE_NOTE: MaterialNote = {
  label: '户口本上的家人是您的什么人',
  hint: '写一下家人的姓名和是您的什么人，如“王丽，女儿”',
  staffLabel: '户口本上的家人是参保人的什么人',
  placeholder: '如：王丽，女儿',
}

const IDENTITY_SOURCES = [cite('JS_2022', '第八条'), cite('JX_2023', '清单 备注1')]
const CLEAR_PHOTO = '四个角都拍进去，字看得清，不反光、不模糊'
const STAMP = '能看到医院的红色公章'
/** 申请人承诺：愿意接受信息共享查询核验 (004 表8). */
const VERIFICATION_SOURCES = [cite('JX_2023', '表8 申请人承诺')]

export const MATERIALS: Readonly<Record<MaterialCode, MaterialItem>> = {
  MEDICAL_INSURANCE_QR: {
    code: 'MEDICAL_INSURANCE_QR',
    name: '医保电子凭证',
    // SPEC §2 lists it; a trial looked for it among the photos. It is shown, with what to do instead.
    explanation: '微信或支付宝里的“医保码”，也能证明身份，但在这里不用拍它：请拍身份证或社保卡。到医院看病、结算时再出示医保码。',
    upload: false,
    photoTips: [],
    citations: IDENTITY_SOURCES,
  },
  ID_DOCUMENT: {
    code: 'ID_DOCUMENT',
    name: '有效身份证件',
    explanation: '最常用的是身份证；户口簿、护照、居住证、港澳台居民居住证、外国人永久居留证等也可以。证件要在有效期内。',
    upload: true,
    photoTips: ['正面一定要拍；反面可以不拍，拍了就放进第二个格子', CLEAR_PHOTO],
    sides: [
      { key: 'FRONT', label: '正面（有照片的一面）' },
      { key: 'BACK', label: '反面（有有效期的一面）', optional: true },
    ],
    citations: IDENTITY_SOURCES,
  },
  SOCIAL_SECURITY_CARD: {
    code: 'SOCIAL_SECURITY_CARD',
    name: '社会保障卡',
    explanation: '社保卡，带照片的那张卡。',
    upload: true,
    photoTips: ['拍有照片、姓名和卡号的那一面', CLEAR_PHOTO],
    citations: IDENTITY_SOURCES,
  },
  HOUSEHOLD_REGISTER: {
    code: 'HOUSEHOLD_REGISTER',
    name: '户口簿首页和本人页',
    explanation: '户口本的第一页（户主页）和您本人的那一页（常住人口登记卡），用来证明户口已经迁到外地。',
    upload: true,
    photoTips: ['首页要看清户口所在的地址', '本人页要看清姓名和身份证号', CLEAR_PHOTO],
    citations: [cite('JS_2022', '第八条(一)')],
  },
  RESIDENCE_PERMIT: {
    code: 'RESIDENCE_PERMIT',
    name: '居住证或暂住证',
    explanation: '在外地派出所办的居住证（以前叫暂住证），证明您住在那里。',
    upload: true,
    photoTips: ['看清姓名、居住地址和有效期', CLEAR_PHOTO],
    citations: [cite('JS_2022', '第八条(二)'), cite('JX_2017', '第三条')],
  },
  PROPERTY_CERTIFICATE: {
    code: 'PROPERTY_CERTIFICATE',
    name: '房产证（不动产权证书）',
    explanation: '您本人或配偶、子女等家人在当地的房产证，证明您在那里有地方住。',
    upload: true,
    // The tip names the field by its own title (a trial looked for a 备注 the page does not have).
    photoTips: ['拍有房主姓名和房屋地址的那一页', `房主不是您本人的，拍好后在照片下面的“${PROPERTY_NOTE.label}”里写上房主的姓名和关系`, CLEAR_PHOTO],
    note: PROPERTY_NOTE,
    citations: [cite('JS_2022', '第八条(二)'), cite('JX_2017', '第三条')],
  },
  RELATIVE_HOUSEHOLD_REGISTER: {
    code: 'RELATIVE_HOUSEHOLD_REGISTER',
    name: '家人在当地的户口簿',
    explanation: '配偶、子女或其他亲属的户口在当地，用他们户口本的首页和本人页证明您住在他们那里。',
    upload: true,
    photoTips: ['首页要看清地址', '家人那一页要看清姓名', `拍好后在照片下面的“${RELATIVE_NOTE.label}”里写上家人的姓名和关系`, CLEAR_PHOTO],
    note: RELATIVE_NOTE,
    citations: [cite('JX_2017', '第三条')],
  },
  DISPATCH_LETTER: {
    code: 'DISPATCH_LETTER',
    name: '单位派出证明',
    explanation: '您在本地的单位开的证明，写明派您去哪里、去多久。',
    upload: true,
    photoTips: ['看清派去的地方和时间', '能看到单位的公章', CLEAR_PHOTO],
    citations: [cite('JS_2022', '第八条(三)')],
  },
  REMOTE_EMPLOYER_LETTER: {
    code: 'REMOTE_EMPLOYER_LETTER',
    name: '外地工作单位证明',
    explanation: '您在外地上班的单位开的在职证明。',
    upload: true,
    photoTips: ['看清您的姓名和单位名称', '能看到单位的公章', CLEAR_PHOTO],
    citations: [cite('JS_2022', '第八条(三)')],
  },
  LABOUR_CONTRACT: {
    code: 'LABOUR_CONTRACT',
    name: '工作合同',
    explanation: '您和外地单位签的劳动合同。',
    upload: true,
    photoTips: ['拍有双方名字、工作地点和合同期限的那一页', '再拍一张有签字盖章的最后一页', CLEAR_PHOTO],
    citations: [cite('JS_2022', '第八条(三)')],
  },
  STUDENT_PROOF: {
    code: 'STUDENT_PROOF',
    name: '学生证或学校证明',
    explanation: '学生用：学生证，或学校开的在分校上学、实习、休学的证明。',
    upload: true,
    photoTips: ['看清姓名、学校和有效日期', CLEAR_PHOTO],
    citations: [cite('YJ_2021', '第五条(三)'), cite('YJ_2021', '第九条(三)')],
  },
  REFERRAL_CERTIFICATE: {
    code: 'REFERRAL_CERTIFICATE',
    name: '转诊转院证明',
    explanation: '本地有转诊资格的定点医院开的证明，同意您转到外地治疗。不需要先在本地住院。',
    upload: true,
    photoTips: ['看清病人姓名、诊断和转去的地方', STAMP, CLEAR_PHOTO],
    citations: [cite('JS_2022', '第八条(四)'), cite('JS_2022', '通知 二')],
  },
  EMERGENCY_DIAGNOSIS: {
    code: 'EMERGENCY_DIAGNOSIS',
    name: '急诊诊断证明',
    explanation: '外地医院开的诊断证明，上面写明是急诊、病情紧急。',
    upload: true,
    photoTips: ['看清病人姓名、“急诊”字样和病情', STAMP, CLEAR_PHOTO],
    citations: [cite('GX_LIUJIANG', '申请材料'), cite('JX_2017', '第八条')],
  },
  OUTPATIENT_RECORD: {
    code: 'OUTPATIENT_RECORD',
    name: '门诊（急诊）病历',
    explanation: '外地医院看急诊时医生写的病历。',
    upload: true,
    photoTips: ['看清看病日期和医生写的急诊病情', STAMP, CLEAR_PHOTO],
    citations: [cite('GX_LIUJIANG', '申请材料')],
  },
  ADMISSION_RECORD: {
    code: 'ADMISSION_RECORD',
    name: '入院记录',
    explanation: '外地医院办住院时写的入院记录。',
    upload: true,
    photoTips: ['看清入院日期和急诊入院的病情', STAMP, CLEAR_PHOTO],
    citations: [cite('GX_LIUJIANG', '申请材料')],
  },
  AUTHORIZATION_LETTER: {
    code: 'AUTHORIZATION_LETTER',
    name: '授权委托书',
    explanation: '参保人本人签字，同意由您替他（她）办理备案的委托书。',
    upload: true,
    photoTips: ['看清参保人和代办人的姓名、身份证号', '有参保人本人的签名（或手印）和日期', CLEAR_PHOTO],
    citations: [cite('GX_LIUJIANG', '申请材料'), cite('JX_2023', '清单 备注2'), cite('JS_2022', '第九条(一)')],
  },
  // Offered only on 补充材料 when a line of the request names none of the documents above (a trial:
  // 出院小结 was asked for, and the only places to put its photo were the filing's own documents).
  REQUESTED_OTHER: {
    code: 'REQUESTED_OTHER',
    name: '工作人员要的其他材料',
    explanation: '备案材料以外、工作人员要您补的材料，比如出院小结。',
    upload: true,
    photoTips: ['就是工作人员写的那份材料', '在“这是您的哪份材料”里写上它的名字，如“出院小结”', CLEAR_PHOTO],
    // Whose document it is, not who sent it (a trial: staff read 参保人补交 of what his son had sent).
    note: { label: '这是您的哪份材料', hint: '写一下是什么，如“出院小结”', staffLabel: '这是参保人的哪份材料', placeholder: '如：出院小结' },
    citations: [cite('NATIONAL_2022', '全文')],
  },
  ID_CARD_FRONT: {
    code: 'ID_CARD_FRONT',
    name: '身份证人像面',
    explanation: '身份证有您照片的那一面，工作人员用它核对是不是您本人。',
    upload: true,
    photoTips: ['照片、姓名和号码都看得清', CLEAR_PHOTO],
    citations: VERIFICATION_SOURCES,
  },
  ID_CARD_BACK: {
    code: 'ID_CARD_BACK',
    name: '身份证国徽面',
    explanation: '身份证有国徽和有效期的那一面，看证件还在不在有效期内。',
    upload: true,
    photoTips: ['有效期看得清', CLEAR_PHOTO],
    citations: VERIFICATION_SOURCES,
  },
  ID_CARD_HOLDING: {
    code: 'ID_CARD_HOLDING',
    name: '本人手持身份证的照片',
    explanation: '您本人拿着身份证人像面，放在胸前拍一张，请家人帮忙拍也可以。',
    upload: true,
    photoTips: ['脸和身份证都要拍进去', '不戴帽子、口罩和墨镜', '身份证上的字看得清'],
    citations: VERIFICATION_SOURCES,
  },
}

