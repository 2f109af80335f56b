import { Alert, Card, Image, Space, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { MATERIALS } from '@/domain/materials'
import type { UploadView } from '@/domain/filings'
import { ApiError, blobUrl } from '../api'

/**
 * The materials of a filing or a 授权委托书. Photos open in antd's preview (zoom, rotate, flip on
 * its toolbar); PDFs in the browser's own viewer (zoom, rotate). Each one loaded is logged by the
 * server (GET /api/review/materials/:id).
 */
/** A material as shown: a filing's carry the note written on them (房产证: who the owner is), null when none. */
type ShownMaterial = Pick<UploadView, 'id' | 'kind' | 'purpose'> & { note?: string | null }

/** Where a material is read: a filing's or a letter's through the review path; 实人认证 photos through /api/uploads/:id (also logged). */
type MaterialPath = (id: string) => string
const REVIEW_MATERIAL: MaterialPath = (id) => `/api/review/materials/${id}`

/**
 * `fresh`: ids of the materials that came after the last 要求补充材料, tagged 新补交; `proxyIdentity`:
 * ids of the 代办人's own ID sent when asked (proxyIdentitySupplied), named 代办人的…, each with the
 * proxy's ID number from their 实名信息 beside the photo to compare (`proxyIdNumber`, once revealed;
 * null: not revealed yet, which says where to reveal it; a trial found the number far from the photo).
 */
export function Materials({
  materials,
  path = REVIEW_MATERIAL,
  width = 270,
  fresh = [],
  proxyIdentity = [],
  proxyIdNumber,
}: {
  materials: ReadonlyArray<ShownMaterial>
  path?: MaterialPath
  width?: number
  fresh?: readonly string[]
  proxyIdentity?: readonly string[]
  proxyIdNumber?: string | null
}) {
  if (materials.length === 0) return <Typography.Text type="secondary">没有上传材料</Typography.Text>
  return (
    <Space wrap align="start" size="large">
      {materials.map((m) => (
        <Material
          key={m.id}
          material={m}
          path={path}
          width={width}
          fresh={fresh.includes(m.id)}
          proxy={proxyIdentity.includes(m.id)}
          proxyIdNumber={proxyIdNumber}
          nth={nthOfItsKind(materials.filter((x) => proxyIdentity.includes(x.id) === proxyIdentity.includes(m.id)), m)}
        />
      ))}
    </Space>
  )
}

/**
 * "第 n 张" when several photos of one material came (身份证 正面 and 反面 both 有效身份证件), null when
 * it is the only one. Which side a photo is, is not known here: the app keeps the side only in its
 * draft (use-draft-photos.ts) and uploads the photo under the material's code, so the photos are
 * numbered in the filing's order rather than labelled 正面/反面 by a guess.
 */
function nthOfItsKind(materials: ReadonlyArray<ShownMaterial>, m: ShownMaterial): string | null {
  const same = materials.filter((x) => x.purpose === m.purpose)
  return same.length > 1 ? `第 ${same.indexOf(m) + 1} 张` : null
}

function Material({
  material,
  path,
  width,
  fresh,
  proxy = false,
  proxyIdNumber,
  nth,
}: {
  material: ShownMaterial
  path: MaterialPath
  width: number
  fresh: boolean
  proxy?: boolean
  proxyIdNumber?: string | null
  nth: string | null
}) {
  const [url, setUrl] = useState<string | null>(null)
  // The server's content type decides: a 授权委托书 may be a photo or a PDF.
  const [isPdf, setIsPdf] = useState(material.kind === 'PDF')
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let revoked: string | null = null
    blobUrl(path(material.id))
      .then((r) => {
        revoked = r.url
        setIsPdf(r.type === 'application/pdf')
        setUrl(r.url)
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '材料读取失败'))
    return () => {
      if (revoked) URL.revokeObjectURL(revoked)
    }
  }, [material.id, path])
  const name = `${proxy ? '代办人的' : ''}${MATERIALS[material.purpose]?.name ?? material.purpose}${nth ? `（${nth}）` : ''}`
  return (
    <Card
      size="small"
      title={
        <Space>
          {name}
          <Tag>{isPdf ? 'PDF' : '照片'}</Tag>
          {fresh && (
            // antd's green-1 ground and green-3 edge with the theme's success green (5.5:1): the
            // success tag's own text, derived from the theme's darker seed, reads too faint.
            <Tag style={{ color: '#237804', background: '#f6ffed', borderColor: '#b7eb8f' }} data-testid="material-fresh">
              新补交
            </Tag>
          )}
        </Space>
      }
      style={{ width: isPdf ? 560 : width + 30 }}
      data-testid={`material-card-${material.purpose}`}
    >
      {error && <Alert type="error" title={error} />}
      {proxy && proxyIdNumber !== undefined && (
        <Typography.Paragraph data-testid={`material-proxy-id-${material.id}`}>
          <Typography.Text strong>代办人实名信息里的身份证号：</Typography.Text>
          {proxyIdNumber === null ? (
            <Typography.Text type="secondary">点“参保人”右上角的“显示完整信息”后显示，对照照片核对</Typography.Text>
          ) : (
            <Typography.Text style={{ fontFamily: 'monospace' }}>{proxyIdNumber}</Typography.Text>
          )}
        </Typography.Paragraph>
      )}
      {material.note && (
        <Typography.Paragraph data-testid={`material-note-${material.id}`}>
          <Typography.Text strong>{MATERIALS[material.purpose]?.note?.staffLabel ?? '备注'}：</Typography.Text>
          {material.note}
        </Typography.Paragraph>
      )}
      {url && !isPdf && (
        <Image src={url} alt={name} width={width} preview={{ mask: '点击放大、旋转' }} data-testid={`material-${material.purpose}`} />
      )}
      {url && isPdf && <iframe title={name} src={url} style={{ width: '100%', height: 600, border: 0 }} />}
    </Card>
  )
}
