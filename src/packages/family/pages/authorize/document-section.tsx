import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import MaterialCard, { type MaterialCardFile } from '@/components/material-card'
import type { FamilyMemberView } from '@/domain/family'
import { MATERIALS, type MaterialRequirement } from '@/domain/materials'
import { useMaterialUpload } from '@/hooks/use-material-upload'
import { ApiError } from '@/services/api-error'
import { requestAuthorization } from '@/services/family'
import { AUTHORIZATION_CITATIONS, errorText } from '../../shared/family-text'
import CopyButton from './copy-button'

const LETTER: MaterialRequirement = {
  id: 'AUTHORIZATION',
  title: '签好的授权委托书',
  explanation: '用下面的模板写好或打印出来，请家人本人签名（或按手印），再拍一张照片。',
  oneOf: [MATERIALS.AUTHORIZATION_LETTER],
  commitmentInstead: false,
  citations: AUTHORIZATION_CITATIONS,
}

const ID_PHOTO: MaterialRequirement = {
  id: 'IDENTITY',
  title: '家人的身份证照片',
  explanation: '家人本人的身份证，用来核对是家人本人签的字。',
  oneOf: [
    {
      ...MATERIALS.ID_DOCUMENT,
      // One photo here, both sides side by side (the server takes one idPhotoUploadId).
      sides: undefined,
      name: '家人的身份证',
      explanation: '把身份证正面（有照片）和反面（有有效期）并排放好，拍在一张照片里。',
      photoTips: ['正面和反面都要拍进去', '四个角都拍进去，字看得清，不反光、不模糊'],
    },
  ],
  commitmentInstead: false,
  citations: AUTHORIZATION_CITATIONS,
}

/**
 * The signed letter's state: both photos, their per-field errors and the submission. Kept by the
 * page (not the section), so switching to 发邀请 and back keeps what was uploaded.
 * `onSubmitted` gets the member with its new authorisation (PENDING_REVIEW); `reload` reads the
 * member again after a 409 (the authorisation changed meanwhile).
 */
export function useSignedLetter(onSubmitted: (member: FamilyMemberView) => void, reload: () => void) {
  const [letter, setLetter] = useState<MaterialCardFile | null>(null)
  const [idPhoto, setIdPhoto] = useState<MaterialCardFile | null>(null)
  const [showMissing, setShowMissing] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [docError, setDocError] = useState<string | null>(null)
  const [docFields, setDocFields] = useState<Record<string, string>>({})
  const upload = useMaterialUpload()

  async function pick(which: 'letter' | 'id') {
    const picked = await upload.pick(which === 'letter' ? 'AUTHORIZATION_LETTER' : 'ID_DOCUMENT')
    if (!picked) return
    const file = { id: picked.upload.id, localPath: picked.localPath }
    setDocError(null)
    if (which === 'letter') {
      setLetter(file)
      setDocFields(({ letterUploadId: _d, ...rest }) => rest)
    } else {
      setIdPhoto(file)
      setDocFields(({ idPhotoUploadId: _d, ...rest }) => rest)
    }
  }

  async function submit(m: FamilyMemberView) {
    setShowMissing(true)
    setDocError(null)
    if (!letter || !idPhoto) return
    setSubmitting(true)
    try {
      const result = await requestAuthorization(m.id, { method: 'DOCUMENT', letterUploadId: letter.id, idPhotoUploadId: idPhoto.id })
      onSubmitted({ ...m, authorization: result.authorization })
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fields).length > 0) setDocFields(e.fields)
      setDocError(errorText(e, '提交没有成功，请稍后再试。'))
      if (e instanceof ApiError && e.status === 409) reload()
    } finally {
      setSubmitting(false)
    }
  }

  return { letter, setLetter, idPhoto, setIdPhoto, showMissing, submitting, docError, docFields, upload, pick, submit }
}

interface Props {
  member: FamilyMemberView
  /** The 授权委托书 text to copy, filled with both names (authorizationLetterText). */
  template: string
  signed: ReturnType<typeof useSignedLetter>
}

/** 上传签好的授权委托书: the template to copy, the letter's and the ID card's photos, and the submission for review. */
export default function DocumentSection({ member: m, template, signed }: Props) {
  const { letter, setLetter, idPhoto, setIdPhoto, showMissing, submitting, docError, docFields, upload, pick } = signed
  return (
    <View id='document-section'>
      <View className='flow__section'>
        <Text className='flow__title'>授权委托书模板</Text>
        <Text className='flow__text'>照着写一份，或者复制后打印出来。请{m.name}本人签名（或按手印），写上日期。</Text>
        <View className='authorize__template' id='letter-template'>
          {template.split('\n').map((line, i) => (
            <Text key={i} className='authorize__template-line' userSelect>
              {line || ' '}
            </Text>
          ))}
        </View>
        <CopyButton id='copy-template' data={template} label='复制模板' done='模板已复制' />
      </View>

      {upload.error ? (
        <Text className='flow__error' id='upload-error'>
          {upload.error}
        </Text>
      ) : null}

      {([['letter', LETTER, letter, setLetter, 'letterUploadId'], ['id', ID_PHOTO, idPhoto, setIdPhoto, 'idPhotoUploadId']] as const).map(
        ([which, requirement, file, setFile, field]) => (
          <MaterialCard
            key={which}
            requirement={requirement}
            files={file ? [file] : []}
            done={file !== null}
            busy={upload.busy}
            showOptions={file === null}
            onPick={() => void pick(which)}
            onRemove={() => setFile(null)}
          >
            {docFields[field] ? (
              <Text className='authorize__problem' id={`error-${field}`}>
                {docFields[field]}
              </Text>
            ) : showMissing && !file ? (
              <Text className='authorize__problem'>还没有上传这一项</Text>
            ) : null}
          </MaterialCard>
        ),
      )}

      {docError ? (
        <Text className='flow__error' id='document-error'>
          {docError}
        </Text>
      ) : null}

      <View className='authorize__footer'>
        <Button
          type='primary'
          size='xlarge'
          block
          loading={submitting}
          disabled={upload.busy !== null}
          onClick={() => !submitting && void signed.submit(m)}
          id='submit-document'
        >
          提交审核
        </Button>
      </View>
    </View>
  )
}
