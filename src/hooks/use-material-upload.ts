import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { UploadView } from '@/domain/filings'
import type { MaterialCode } from '@/domain/materials'
import { ApiError } from '@/services/api-error'
import { uploadMaterial } from '@/services/filings'
import { rememberPickedPhoto } from './use-shown-photos'

export interface PickedMaterial {
  upload: UploadView
  /** The photo on the phone, so the page can show it. */
  localPath: string
}

/**
 * One photo of a material: taken or chosen (Taro.chooseMedia), then uploaded as that material.
 * `pick` answers null when the person closed the picker or the upload failed (then `error` says
 * why in plain words); only one upload runs at a time (`busy` is its material code).
 */
export function useMaterialUpload() {
  const [busy, setBusy] = useState<MaterialCode | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function pick(code: MaterialCode): Promise<PickedMaterial | null> {
    setError(null)
    let path: string
    try {
      const chosen = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })
      path = chosen.tempFiles[0].tempFilePath
    } catch {
      return null // the person closed the picker
    }
    setBusy(code)
    try {
      const upload = await uploadMaterial(path, code)
      rememberPickedPhoto(upload.id, path)
      return { upload, localPath: path }
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '上传没有成功，请再试一次')
      return null
    } finally {
      setBusy(null)
    }
  }

  return { busy, error, pick }
}
