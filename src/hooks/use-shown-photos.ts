import { useEffect, useState } from 'react'
import { downloadUpload } from '@/services/filings'

/**
 * Paths that show an upload in this run of the app, by upload id: the photo as picked, or as
 * fetched again from the server. Kept in memory only: a path kept in storage (a weapp temporary
 * file, an H5 blob URL) is not valid after the app or the page is opened again.
 */
const shownThisLaunch = new Map<string, string>()
/** Uploads fetched again and not found (or not an image): shown as a line of text. */
const notShown = new Set<string>()
/** Fetches under way, so a page shown again does not fetch the same upload twice. */
const pending = new Map<string, Promise<void>>()

function fetchOnce(id: string): Promise<void> {
  let p = pending.get(id)
  if (!p) {
    // A failed fetch (offline, gone) leaves the line of text; the upload itself is on the server.
    p = Promise.resolve()
      .then(() => downloadUpload(id))
      .then(
        (path) => void shownThisLaunch.set(id, path),
        () => void notShown.add(id),
      )
      .finally(() => pending.delete(id))
    pending.set(id, p)
  }
  return p
}

/** The photo just picked for this upload: shown from the phone, nothing to fetch. */
export function rememberPickedPhoto(uploadId: string, path: string): void {
  shownThisLaunch.set(uploadId, path)
  notShown.delete(uploadId)
}

/** Forgets every path, as a new launch of the app does (tests; forgetting personal data). */
export function forgetShownPhotos(): void {
  shownThisLaunch.clear()
  notShown.clear()
  pending.clear()
}

interface PhotoLike {
  id: string
  localPath: string
  kind?: string
}

/**
 * The draft's photos with a `localPath` that shows them now: the photo picked in this run of the
 * app, else the upload fetched again from the server (it is there already), else '' (the card then
 * says 已拍好：房产证（图片已保存，可以继续） instead of a broken image). A PDF is never fetched.
 * The `localPath` kept in the draft is not trusted: it points at a file of an earlier launch.
 */
export function useShownPhotos<T extends PhotoLike>(files: readonly T[]): T[] {
  const [, setFetched] = useState(0)
  const missing = files.filter((f) => f.kind !== 'PDF' && !shownThisLaunch.has(f.id) && !notShown.has(f.id)).map((f) => f.id)
  const key = missing.join(',')

  useEffect(() => {
    if (key === '') return undefined
    let live = true
    for (const id of key.split(',')) {
      void fetchOnce(id).then(() => {
        if (live) setFetched((n) => n + 1)
      })
    }
    return () => {
      live = false
    }
  }, [key])

  return files.map((f) => ({ ...f, localPath: shownThisLaunch.get(f.id) ?? '' }))
}
