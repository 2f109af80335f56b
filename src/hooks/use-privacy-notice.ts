import { useCallback, useEffect, useState } from 'react'
import { PRIVACY_NOTICE, type PrivacyNotice } from '@/domain/privacy'
import { fetchPrivacyNotice } from '@/services/privacy'

export interface PrivacyNoticeState {
  /** The server's notice once loaded; until then (or offline) the copy built into the app. */
  notice: PrivacyNotice
  /** Whether `notice` came from the server (its version is the one consent must name). */
  fromServer: boolean
  /** Loads it again (after the server said the notice changed). */
  reload: () => Promise<PrivacyNotice>
}

/** The 隐私保护指引 in force: the server's (GET /api/privacy-notice), the bundled copy meanwhile. */
export function usePrivacyNotice(): PrivacyNoticeState {
  const [notice, setNotice] = useState<PrivacyNotice>(PRIVACY_NOTICE)
  const [fromServer, setFromServer] = useState(false)

  const reload = useCallback(async () => {
    try {
      const loaded = await fetchPrivacyNotice()
      setNotice(loaded)
      setFromServer(true)
      return loaded
    } catch {
      return PRIVACY_NOTICE
    }
  }, [])

  useEffect(() => {
    void reload()
  }, [reload])

  return { notice, fromServer, reload }
}
