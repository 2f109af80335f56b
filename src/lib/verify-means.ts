import Taro from '@tarojs/taro'
import type { VerifyMeans } from '@/domain/verification/status'

/** Whether WeChat face verification (微信人脸核身) can run here: the weapp only, never H5. */
export function faceVerificationAvailable(): boolean {
  return process.env.TARO_ENV === 'weapp' && typeof Taro.startFacialRecognitionVerify === 'function'
}

/**
 * How 实人认证 is done here, for the rules' wording (VerifyMeans): 'FACE' where 微信人脸核身 can run
 * (the weapp), else 'ID_PHOTOS' (H5: photos of the ID card, checked by staff).
 */
export function verifyMeans(): VerifyMeans {
  return faceVerificationAvailable() ? 'FACE' : 'ID_PHOTOS'
}
