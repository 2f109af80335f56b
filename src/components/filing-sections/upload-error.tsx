import { Text } from '@tarojs/components'

/** Why the last photo was not taken or sent (useMaterialUpload's error), above the material cards. */
export default function UploadError({ message }: { message: string | null }) {
  return message ? (
    <Text className='flow__error' id='upload-error'>
      {message}
    </Text>
  ) : null
}
