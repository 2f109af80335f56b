import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { Toast } from '@nutui/nutui-react-taro'
import type { AuthorizationMethod, FamilyMemberView } from '@/domain/family'
import { useLoadOnShow } from '@/hooks/use-load-on-show'
import { listFamilyMembers } from '@/services/family'
import { ensureSession } from '@/services/session'
import { useMeStore } from '@/stores/use-me-store'
import { goBack } from '@/lib/navigation'
import { LIST_URL, errorText } from '../../shared/family-text'

export type LoadState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'not-found' }
  | { kind: 'ready'; member: FamilyMemberView }

/** An invitation made on this page: the mini-program path the family member opens, valid until `expiresAt` (ISO). */
export interface Invitation {
  path: string
  expiresAt: string
}

export const TOAST_ID = 'family-authorize-toast'

export function showToast(content: string) {
  Toast.show(TOAST_ID, { content, duration: 2.5 })
}

/**
 * Copies `data`; answers whether it was copied (the platform shows its own 内容已复制 toast). When
 * the clipboard refuses, says to copy by a long press.
 */
export async function copy(data: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data })
    return true
  } catch {
    showToast('没能复制，请长按文字复制')
    return false
  }
}

export function backToList() {
  void goBack(LIST_URL)
}

/**
 * The state both ways of authorising share: the member read from the server (`state`, read again
 * on show and by `load`), the chosen method (`?method=DOCUMENT` starts on the signed letter), the
 * invitation made here (the page's share needs it) and whether a signed letter was submitted.
 */
export function useAuthorize(params: Partial<Record<string, string>>) {
  const memberId = params.id ?? ''
  const [state, setState] = useState<LoadState>({ kind: 'loading' })
  const [method, setMethod] = useState<AuthorizationMethod>(params.method === 'DOCUMENT' ? 'DOCUMENT' : 'INVITATION')
  const [invitation, setInvitation] = useState<Invitation | null>(null)
  const [submitted, setSubmitted] = useState(false)
  const me = useMeStore((s) => s.me)
  const loadMe = useMeStore((s) => s.load)

  const load = useCallback(async () => {
    try {
      await ensureSession()
      const { members } = await listFamilyMembers()
      const member = members.find((m) => m.id === memberId)
      setState(member ? { kind: 'ready', member } : { kind: 'not-found' })
    } catch (e) {
      setState({ kind: 'error', message: errorText(e, '没能读取这位家人，请稍后再试。') })
    }
    void loadMe()
  }, [memberId, loadMe])
  useLoadOnShow(load)

  const retry = () => {
    setState({ kind: 'loading' })
    void load()
  }
  /** The member as the server answered after a request (its new authorisation). */
  const setMember = (member: FamilyMemberView) => setState({ kind: 'ready', member })

  return { state, load, retry, setMember, me, method, setMethod, invitation, setInvitation, submitted, setSubmitted }
}
