/**
 * The storage key of the 实名信息 form's store (use-profile-draft-store.ts), a module of its own so
 * the home page can read it without the store (pages/index/saved-profile-state.ts).
 */
export const PROFILE_DRAFT_KEY = 'beian-profile-draft'
