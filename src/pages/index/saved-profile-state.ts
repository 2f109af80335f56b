export { PROFILE_DRAFT_KEY } from '@/stores/profile-draft-key'

/**
 * Whether the 实名信息 form's persisted state (zustand's JSON: `{"state": {draft, dirty, onServer, …}}`)
 * says the server holds the person's 实名信息: `onServer` (set on save and on loading the server's
 * copy, kept while it is edited), or, as kept before that field, an ID number with nothing typed
 * since (`dirty` false). `raw` null, not JSON or not that shape: false.
 */
export function profileSavedIn(raw: string | null): boolean {
  if (!raw) return false
  try {
    const state = (JSON.parse(raw) as { state?: { draft?: { idNumber?: unknown }; dirty?: unknown; onServer?: unknown } }).state
    if (state?.onServer === true) return true
    return typeof state?.draft?.idNumber === 'string' && state.draft.idNumber !== '' && state.dirty === false
  } catch {
    return false
  }
}
