import type { PrivacyNoticeSection } from '@/domain/privacy/notice'

/**
 * What 实人认证 processes and why: the 隐私保护指引's section `verification` (privacy/notice.ts,
 * from its version 2026-12-01; 个人信息保护法 第十七条, 第三十条). Plain words; no face image or
 * raw biometric data is kept.
 */
export const VERIFICATION_PRIVACY_SECTION: PrivacyNoticeSection = {
  id: 'verification',
  title: '实人认证',
  paragraphs: [
    '为什么要认证：备案会改变您看病报销的方式，必须确认是您本人（或您授权的家人）在办理，防止别人用您的身份证号冒名备案。没有认证的账号提交的备案，要由工作人员核对后才生效。',
    '微信人脸核身：在小程序里，您的姓名和身份证号交给微信，由微信与公安部门的证件照片比对，刷脸过程和人脸照片都在微信那边完成，我们拿不到也不保存您的人脸照片或任何人脸特征数据。我们只向微信查询这次核验的结果（通过或不通过、完成时间），并保存这个结果凭据的摘要，用来防止同一个结果被重复使用。',
    '证件照片人工核对：刷脸不方便或没通过的，可以上传身份证正面、反面和本人手持身份证的照片，由医保经办工作人员人工核对。这三张照片只用于这次核对。',
    '我们记录什么：每一次认证的时间、方式、结果和没通过的原因，用于处理纠纷和防止冒用。一个身份证号只能由一个账号认证；如果别的账号已经认证了您的身份证号，请走证件照片人工核对，工作人员会处理。',
    '修改姓名或身份证号后，原来的认证失效，需要重新认证。',
  ],
}
