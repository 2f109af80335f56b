import { useState, type ReactNode } from 'react'
import { Image, View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { MATERIALS, MATERIAL_NOTE_MAX, aboutSubject, noteFor, type MaterialCode, type MaterialItem, type MaterialRequirement, type MaterialSideKey } from '@/domain/materials'
import FormField from '@/components/form-field'
import { tappable } from '@/lib/a11y'

export interface MaterialCardFile {
  id: string
  /**
   * Where to show the photo from; empty (or a path that no longer loads, e.g. a blob URL kept from
   * before a reload) shows the placeholder line instead of a broken image.
   */
  localPath: string
  /** For a material photographed side by side: which side (its own slot). */
  side?: MaterialSideKey
  purpose?: MaterialCode
}

export interface MaterialCardProps {
  requirement: MaterialRequirement
  /** A line under the title, in the colour of what is to do: '工作人员要您补这 2 项，每一项都要拍'. */
  askedLine?: string
  /** Photos already uploaded for this requirement. */
  files: readonly MaterialCardFile[]
  /**
   * Whether the requirement is met; the label says how ('✓ 已拍好' unless given: not 已交, which read
   * as handed in before anything was submitted, a trial).
   */
  done: boolean
  doneLabel?: string
  /** What the label says while not done ('还没拍' unless given). */
  todoLabel?: string
  /**
   * What an untaken side that is not optional says ('还没拍' unless given): a card offered with
   * nothing asked of it says what is true of it instead (备案时已交过, 不用拍). Given, nothing on the
   * card is in the colour of what is to do (a trial: 还没拍 in red under an ID card sent with the filing).
   */
  sideTodoLabel?: string
  /** The material being uploaded now, if any: its button spins, the others wait. */
  busy: MaterialCode | null
  /** False hides the photo buttons (e.g. a signed commitment replaces the proof). */
  showOptions?: boolean
  /** A photo for the item; `side` for a material with sides (身份证 正面/反面). */
  onPick: (item: MaterialItem, side?: MaterialSideKey) => void
  onRemove: (id: string) => void
  /**
   * Notes on the uploaded photos, by upload id, for materials that ask for one (房产证: who the
   * owner is; `MATERIALS[code].note`). With `onNoteChange`, each such photo gets a note field.
   */
  notes?: Readonly<Record<string, string>>
  onNoteChange?: (uploadId: string, note: string) => void
  /** The note's message from the server, shown under every note field of the card. */
  noteError?: string
  /** Filing for someone else: their name, so the card and its note say 李建国, not 您 (aboutSubject, noteFor). */
  subjectName?: string | null
  /** Anything more under the options (e.g. the commitment switch). */
  children?: ReactNode
  /** The card's frame, from the page's own look (a flow section by default). */
  className?: string
}

/**
 * One thing to hand in: what it is, what the photo must show, the photos so far (each named as its
 * option's title: '已拍好：房产证（不动产权证书）', in the words of the card's ✓ 已拍好 and 还没拍, taken
 * or chosen from the album alike: a trial read 已上传 beside 已拍好 as two different steps), and a
 * large button per acceptable document, with '✓ 已拍 1 张' by its title once it has a photo and
 * the button then saying 再拍一张（或从相册选） (a trial: 拍照或从相册选 stayed as if nothing was taken). A photo that cannot be shown (kept
 * from before a reload and not loaded again) is said in words: it is on the server all the same.
 * Presentational: the page uploads and keeps the files.
 */
export default function MaterialCard({
  requirement: r, askedLine, files, done, doneLabel, todoLabel, sideTodoLabel, busy, showOptions = true, onPick, onRemove, notes = {}, onNoteChange, noteError, subjectName, children,
  className = 'flow__section',
}: MaterialCardProps) {
  // Photos whose image did not load, by id and path (a new path is tried again).
  const [broken, setBroken] = useState<ReadonlySet<string>>(new Set())
  const shows = (f: MaterialCardFile) => f.localPath !== '' && !broken.has(`${f.id} ${f.localPath}`)
  const markBroken = (f: MaterialCardFile) => setBroken((b) => new Set(b).add(`${f.id} ${f.localPath}`))
  const codeOf = (f: MaterialCardFile) => f.purpose ?? (r.oneOf.length === 1 ? r.oneOf[0].code : undefined)
  // The document's name as its option's title says it ('门诊（急诊）病历'), so the photo is plainly that one's.
  const nameOf = (f: MaterialCardFile) => {
    const code = codeOf(f)
    return code ? MATERIALS[code].name : r.title.replace('（任选一种）', '')
  }
  /** The photos of one document (not taken side by side: those show a tick on each side). */
  const photosOf = (item: MaterialItem) => files.filter((f) => !f.side && codeOf(f) === item.code).length

  function noteField(f: MaterialCardFile) {
    const catalogNote = f.purpose ? MATERIALS[f.purpose].note : undefined
    if (!onNoteChange || !catalogNote) return null
    const note = noteFor(catalogNote, subjectName)
    return (
      <FormField key={`note-${f.id}`} name={`note-${f.id}`} label={note.label} hint={note.hint} error={noteError}>
        <Input
          name={`note-${f.id}`}
          className='materials__note'
          value={notes[f.id] ?? ''}
          maxLength={MATERIAL_NOTE_MAX}
          placeholder={catalogNote.placeholder}
          onChange={(v) => onNoteChange(f.id, v)}
        />
      </FormField>
    )
  }

  return (
    <View className={`${className} materials__req`} id={`req-${r.id}`}>
      <View className='materials__req-head'>
        <Text className='materials__req-title'>{r.title}</Text>
        <Text className={done ? 'materials__done' : sideTodoLabel ? 'materials__optional' : 'materials__todo'}>{done ? doneLabel ?? '✓ 已拍好' : todoLabel ?? '还没拍'}</Text>
      </View>
      {askedLine ? (
        <Text className='materials__asked' id={`asked-${r.id}`}>
          {askedLine}
        </Text>
      ) : null}
      <Text className='materials__text'>{aboutSubject(r.explanation, subjectName)}</Text>

      {files.filter((f) => !f.side).map((f) => {
        const name = nameOf(f)
        return (
          <View key={f.id}>
            <View className='materials__file' id={`file-${f.id}`}>
              {shows(f) ? (
                <Image
                  className='materials__thumb'
                  src={f.localPath}
                  mode='aspectFill'
                  ariaLabel={`${name}的照片`}
                  imgProps={{ alt: `${name}的照片` }}
                  onError={() => markBroken(f)}
                />
              ) : null}
              <Text className='materials__file-name'>{shows(f) ? `已拍好：${name}` : `已拍好：${name}（图片已保存，可以继续）`}</Text>
              <Text className='materials__remove' id={`remove-${f.id}`} {...tappable(`删除${name}的照片`, () => onRemove(f.id))}>
                删除
              </Text>
            </View>
            {noteField(f)}
          </View>
        )
      })}
      {files.filter((f) => f.side).map(noteField)}

      {showOptions &&
        r.oneOf
          .filter((item) => item.upload)
          .map((item) => (
            <View key={item.code} className='materials__option'>
              <View className='materials__option-head'>
                <Text className='materials__option-name'>{item.name}</Text>
                {!item.sides && photosOf(item) > 0 ? (
                  <Text className='materials__done' id={`taken-${item.code}`}>
                    ✓ 已拍 {photosOf(item)} 张
                  </Text>
                ) : null}
              </View>
              <Text className='materials__text'>{aboutSubject(item.explanation, subjectName)}</Text>
              {item.photoTips.length > 0 ? <Text className='materials__tips'>拍照要求：{aboutSubject(item.photoTips.join('；'), subjectName)}</Text> : null}
              {item.sides ? (
                <View className='materials__sides'>
                  {item.sides.map((side) => {
                    const photo = files.find((f) => f.side === side.key && (f.purpose === undefined || f.purpose === item.code))
                    return (
                      <View key={side.key} className='materials__side' id={`side-${item.code}-${side.key}`}>
                        <Text className='materials__option-name'>{side.label}</Text>
                        <Text className={photo ? 'materials__done' : side.optional || sideTodoLabel ? 'materials__optional' : 'materials__todo'}>
                          {photo ? '✓ 已拍好' : side.optional ? '可以不拍' : (sideTodoLabel ?? '还没拍')}
                        </Text>
                        {photo && shows(photo) ? (
                          <Image
                            className='materials__thumb'
                            src={photo.localPath}
                            mode='aspectFill'
                            ariaLabel={`${item.name}${side.label}的照片`}
                            imgProps={{ alt: `${item.name}${side.label}的照片` }}
                            onError={() => markBroken(photo)}
                          />
                        ) : null}
                        {photo && !shows(photo) ? <Text className='materials__file-name'>图片已保存，可以继续</Text> : null}
                        <Button
                          size='large'
                          block
                          className='materials__pick'
                          id={`pick-${item.code}-${side.key}`}
                          loading={busy === item.code}
                          disabled={busy !== null}
                          onClick={() => onPick(item, side.key)}
                        >
                          {photo ? '重新拍这一面' : `拍${side.label.slice(0, 2)}${side.optional ? '（可不拍）' : ''}`}
                        </Button>
                        {photo ? (
                          <Text
                            className='materials__remove'
                            id={`remove-${photo.id}`}
                            {...tappable(`删除${item.name}${side.label.slice(0, 2)}的照片`, () => onRemove(photo.id))}
                          >
                            删除
                          </Text>
                        ) : null}
                      </View>
                    )
                  })}
                </View>
              ) : (
              <Button
                size='large'
                block
                className='materials__pick'
                id={`pick-${item.code}`}
                loading={busy === item.code}
                disabled={busy !== null}
                onClick={() => onPick(item)}
              >
                {photosOf(item) > 0 ? '再拍一张（或从相册选）' : '拍照或从相册选'}
              </Button>
              )}
            </View>
          ))}
      {/* What is valid but not photographed here (医保电子凭证): named, so no one looks for it (a trial). */}
      {showOptions &&
        r.oneOf
          .filter((item) => !item.upload)
          .map((item) => (
            <View key={item.code} className='materials__option' id={`option-${item.code}`}>
              <Text className='materials__option-name'>{item.name}</Text>
              <Text className='materials__text'>{aboutSubject(item.explanation, subjectName)}</Text>
            </View>
          ))}

      {children}
    </View>
  )
}
