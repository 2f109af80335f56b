import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { idCheckChar } from '@/domain/validation/id-number'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/** A real PNG (a small document-like picture: white page, grey lines), as a phone photo stands in. */
export function makePng(width = 120, height = 90): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0
    for (let x = 0; x < width; x++) {
      const line = y % 12 < 2 && x > 10 && x < width - 10
      const v = line ? 120 : 250
      raw.fill(v, y * (width * 3 + 1) + 1 + x * 3, y * (width * 3 + 1) + 4 + x * 3)
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8
  ihdr[9] = 2
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Writes a photo file to a temp folder and returns its path. */
export function photoFile(name = 'photo.png'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beian-photo-'))
  const file = path.join(dir, name)
  fs.writeFileSync(file, makePng())
  return file
}

/**
 * The ID number with its sequence digits (15-17) replaced by `n` (1-999) and the check character
 * recomputed (GB 11643): the same person's birth date and region, a different number.
 */
export function withSequence(idNumber: string, n: number): string {
  const first17 = idNumber.slice(0, 14) + String(n).padStart(3, '0')
  return first17 + idCheckChar(first17)
}
