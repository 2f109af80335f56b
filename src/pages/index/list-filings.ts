/** The waiting cards read the person's filings through the filings service (H5: list-filings.h5.ts). */
export { listFilings } from '@/services/filings'
