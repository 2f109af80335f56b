import { useEffect } from 'react'

/** Brings the first field with a problem into view (H5; the mini-program scrolls on focus itself). */
export function useScrollToField(field: string | undefined) {
  useEffect(() => {
    if (field && process.env.TARO_ENV === 'h5') {
      document.getElementById(`field-${field}`)?.scrollIntoView?.({ block: 'center' })
    }
  }, [field])
}
