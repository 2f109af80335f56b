/** Where the privacy pieces lead. */
export const PRIVACY_NOTICE_URL = '/packages/common/pages/privacy/index'
export const STATUS_URL = '/packages/status/pages/lookup/index'
export const HOME_URL = '/pages/index/index'
