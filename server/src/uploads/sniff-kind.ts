import type { UploadKind } from '@/domain/filings'

/** File signatures ("magic numbers") of the only kinds accepted; a name or mimetype proves nothing. */
const SIGNATURES: ReadonlyArray<{ kind: UploadKind; bytes: readonly number[] }> = [
  { kind: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // %PDF-
  { kind: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
]

export const CONTENT_TYPES: Readonly<Record<UploadKind, string>> = {
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  PDF: 'application/pdf',
}

export const EXTENSIONS: Readonly<Record<UploadKind, string>> = { JPEG: 'jpg', PNG: 'png', PDF: 'pdf' }

/** The kind of a file judged by its first bytes, or null when it is none of JPEG, PNG, PDF. */
export function sniffKind(content: Uint8Array): UploadKind | null {
  const match = SIGNATURES.find(({ bytes }) => content.length >= bytes.length && bytes.every((b, i) => content[i] === b))
  return match?.kind ?? null
}
