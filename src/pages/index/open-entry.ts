/** The home page opens its entries through the navigation helper (H5: open-entry.h5.ts). */
export { openPage as openEntry } from '@/lib/navigation'
