import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'

dayjs.locale('zh-cn')

/**
 * dayjs in Chinese (zh-cn), the one way the app's code takes dayjs (lib/china-time). Imported by
 * the pages that show dates, not by the app entry: the H5 home page shows none (README "Measured").
 */
export default dayjs
