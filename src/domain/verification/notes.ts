/**
 * The note stored on a filing's step into review when its filer had not passed 实人认证
 * (initialFilingStatus). Stored once and matched by the app and the server (never reworded:
 * old rows carry it); what a reader sees is unverifiedReviewNoteFor. A module of its own, with
 * no imports, so the home page can recognise such a filing without the rules behind it.
 */
export const UNVERIFIED_REVIEW_NOTE =
  '您还没有完成实人认证，这份备案要等工作人员核对后才生效；完成认证的话，以后可以马上办好'
