import Taro from '@tarojs/taro'


/**
 * Runs wx.startFacialRecognitionVerify for the name and ID number of the 实名信息 and answers
 * its verifyResult, which only the server can check (with WeChat's getinfo); null when the
 * person cancelled or the face did not pass on the phone (the message says why).
 */
export async function runFaceVerification(name: string, idCardNumber: string): Promise<{ verifyResult: string } | { error: string }> {
  try {
    const res = await Taro.startFacialRecognitionVerify({ name, idCardNumber, checkAliveType: 2 })
    if (res.verifyResult) return { verifyResult: res.verifyResult }
    return { error: '刷脸没有完成，请再试一次' }
  } catch (e) {
    const code = (e as { errCode?: number }).errCode
    // 90002-90006: the person left the face screen; 10001/10004: name/ID or face do not match.
    if (code !== undefined && code >= 90002 && code <= 90006) return { error: '刷脸已取消，准备好后再点一次' }
    return { error: '刷脸没有通过。请到光线好的地方、摘下帽子和眼镜再试；总不通过的，可以改为上传身份证照片' }
  }
}
