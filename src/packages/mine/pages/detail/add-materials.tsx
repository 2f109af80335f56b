import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import MaterialCard from '@/components/material-card'
import AskedCard from '@/components/asked-card'
import { CORRECTABLE_FIELDS, checkCorrections, emptyFields, fillsOnly, type ContactCorrections, type CorrectableField, type FilingView } from '@/domain/filings'
import { filerWords } from '@/domain/filings/filer-words'
import { authorizationLetterText } from '@/domain/family'
import { useMeStore } from '@/stores/use-me-store'
import { findRegion } from '@/domain/regions'
import {
  PROXY_PAPERS, REQUESTED_OTHER_REQUIREMENT, REQUEST_NOTE_FIELD, REQUEST_NOTE_MAX, askedStillToAdd, checkAskedSupplied, linesNamingNothing, materialsAskedFor, materialsFor, questionsToAnswer, subjectsPart,
  unansweredRequest,
  type AskedRequirement, type MaterialItem, type MaterialRequirement, type MaterialSideKey,
} from '@/domain/materials'
import { checkText } from '@/domain/validation/check-text'
import { ANSWER_LABEL, whatWasAsked } from '@/domain/materials/what-was-asked'
import { useMaterialUpload } from '@/hooks/use-material-upload'
import { useShownPhotos } from '@/hooks/use-shown-photos'
import { addMaterials } from '@/services/filings'
import { ApiError } from '@/services/api-error'
import { errorText } from '../../shared/filing-text'
import { useAddedMaterialsStore, type AddedUpload } from '@/stores/use-added-materials-store'
import { roleAttr, tappable } from '@/lib/a11y'
import CorrectionFields from './correction-fields'
import { quotedReasons } from '@/domain/review/decision-note'

const NONE: AddedUpload[] = []

export interface AddMaterialsProps {
  filing: FilingView
  /** The filing as the server answers after the materials were added (back to 审核中). */
  onAdded: (filing: FilingView) => void
  /**
   * The server says the filing no longer waits for materials (409 FILING_NOT_AWAITING_MATERIALS):
   * someone else answered meanwhile (the 参保人 or his proxy, on their own phone) or it was
   * decided. The page reads it again and says so; what was photographed here stays on the phone.
   */
  onStale: () => void
}

type Corrections = Partial<Record<CorrectableField, string>>

/** The server names corrected fields as the body does ('contacts.phone1'): ours are the last part. */
function correctionErrorsOf(fields: Record<string, string>): Corrections {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([key, message]) => {
      const field = key.startsWith('contacts.') ? key.slice('contacts.'.length) : key
      return field in CORRECTABLE_FIELDS ? [[field, message]] : []
    }),
  )
}

/**
 * 待补充材料: everything the reviewer found missing, listed at once (一次性告知, 000 第五条), with
 * the 补办截止 first; the typed fields the reviewer asked to correct (review.corrections: 外地住址,
 * 联系电话, 备用电话), each filled with the filing's value and checked as the server checks it
 * (checkCorrections); a photo button for each document the reviewer asked for, the filing's other
 * documents folded under 其他材料（不用补） (an ID card offered first with 还没拍 read as "photograph
 * your ID again"), and one button to send them all. A request that asked only for corrections
 * offers no photo to take.
 */
export default function AddMaterials({ filing, onAdded, onStale }: AddMaterialsProps) {
  const upload = useMaterialUpload()
  // Kept in the phone's storage, so a reload does not lose the photos (issue 13 item 12).
  const added = useAddedMaterialsStore((s) => s.byFiling[filing.id] ?? NONE)
  const shown = useShownPhotos(added)
  const keep = useAddedMaterialsStore((s) => s.add)
  const drop = useAddedMaterialsStore((s) => s.remove)
  const clear = useAddedMaterialsStore((s) => s.clear)
  const setNote = useAddedMaterialsStore((s) => s.setNote)
  const [noteError, setNoteError] = useState<string | undefined>(undefined)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const review = filing.review
  // A 代办 filing: the proxy's papers too, as the reviewer's checklist offers them (a trial: staff
  // asked for the 授权委托书 and the page had no place to photograph it).
  const requirements = materialsFor(filing.type, { byProxy: !filing.filedBySelf }).requirements
  const missingItems = review?.missingItems ?? []
  const corrections = review?.corrections ?? []
  const photosAsked = missingItems.length > 0
  const named = materialsAskedFor(requirements, missingItems)
  // Lines that name no known document are answered in 给工作人员的说明 (first on the page) or by any
  // photo: every requirement is offered, folded under 要拍照的，点这里拍 (a trial: the cards came
  // first and the field far below). None when only corrections were asked.
  const others = requirements.filter((r) => !named.some((a) => a.requirement.id === r.id))
  // What was typed is kept on the phone too (a reload must not lose it); the filing's own values first.
  const typedSoFar = useAddedMaterialsStore((s) => s.typedByFiling[filing.id])
  const saveTyped = useAddedMaterialsStore((s) => s.setTyped)
  const typed: Record<CorrectableField, string> = {
    addressAtDestination: filing.contacts.addressAtDestination,
    phone1: filing.contacts.phone1,
    phone2: filing.contacts.phone2 ?? '',
    ...typedSoFar,
  }
  // Fields asked for that the filing left empty (an emergency filing's 外地住址 may be): to 填写.
  const leftEmpty = emptyFields(filing.contacts)
  const filedEmpty = corrections.filter((f) => leftEmpty.includes(f))
  const fillOnly = fillsOnly(corrections, leftEmpty)
  const [fixErrors, setFixErrors] = useState<Corrections>({})
  const answer: ContactCorrections = Object.fromEntries(corrections.map((f) => [f, typed[f]]))
  // Fields asked for and about to go back as they were filed: said once before sending, with the
  // reviewer's words (a trial's suggestion: the field comes filled in, and 提交 on it untouched
  // sent the reviewer back what they had asked to be corrected). Shown while the fields still read
  // as when it was said; a second tap on the same values sends them (checked and right as they
  // were: staff see them kept, checkCorrections' from = to).
  const [keptAsFiled, setKeptAsFiled] = useState<{ answer: string; fields: CorrectableField[] } | null>(null)
  const answerKey = JSON.stringify(answer)
  const keptShown = keptAsFiled !== null && keptAsFiled.answer === answerKey ? keptAsFiled.fields : null
  // The server's own check (checkCorrections), against the filing's 备案地.
  const checkTyped = () =>
    checkCorrections(answer, {
      asked: corrections,
      current: filing.contacts,
      destination: findRegion(filing.destination.city ?? filing.destination.province) ?? null,
      multiPlace: filing.multiPlace,
    })
  // 给工作人员的说明: the answer to a line that asks for nothing to photograph (其他: 请说明…), or
  // anything the person wants to add; kept on the phone like the rest (a trial: such a line had no field).
  const reply = useAddedMaterialsStore((s) => s.replyByFiling[filing.id] ?? '')
  const setReply = useAddedMaterialsStore((s) => s.setReply)
  const [replyError, setReplyError] = useState<string | undefined>(undefined)
  // No line names something to photograph: the 说明 may answer them all, and comes first.
  const photosNamed = named.some((a) => a.codes.length > 0)
  const replyAnswers = photosAsked && !photosNamed
  // The lines the 说明 is for (named by number there), when some line names no document.
  const explainLines = linesNamingNothing(requirements, missingItems)
  // Of those, the reviewer's questions: answered in words, whatever photos are sent (a trial).
  const questions = questionsToAnswer(requirements, missingItems)
  // The others may want a photo of something the filing has no place for (出院小结): never a
  // question (a trial: 第 3 条是审核员的问题 above, 第 3 条要拍照的，拍在这里 below).
  const photoLines = explainLines.filter((n) => !questions.includes(n))
  const [othersOpen, setOthersOpen] = useState(false)
  // The proxy asked for the 授权委托书: its template, folded under its card (a trial: it was only on
  // the 家人代办 page); the 参保人's ID number is not on this filing's view, so that line is left to fill.
  const [letterOpen, setLetterOpen] = useState(false)
  const me = useMeStore((s) => s.me?.profile ?? null)
  // A question only (no document, no correction): the page speaks of the question and the answer.
  const asked = whatWasAsked({ missingItems, corrections })
  const questionOnly = asked === 'QUESTION'
  // Fields the filing left empty are filled, not corrected (a trial: 填写外地住址 above 提交改正的内容).
  // Photos and fields both: the button names both (a trial: 提交补充材料（1 张） looked as if the
  // address typed above was not being sent).
  const fieldsWord = fillOnly ? '填写的内容' : '改正的内容'
  const submitLabel = questionOnly ? '提交回答' : photosAsked ? (corrections.length > 0 ? `提交补充材料和${fieldsWord}` : '提交补充材料') : `提交${fieldsWord}`
  const deadline = filing.emergency?.deadline ?? null
  // Filed by the caller for someone else: the materials are about that person, by name.
  const forWhom = filing.filedBy.self && !filing.filedBySelf ? filing.subject.name : null
  // The 参保人 reading a filing his daughter made for him: her own papers (代办人的身份证明, 授权委托书)
  // are hers to add, on her phone; he gets no button for them (a trial: the father was asked, in
  // her words, for 代办人的有效身份证件, and would have photographed his own ID).
  const proxyAdds = filing.filedBy.self ? null : filerWords(filing.filedBy)
  const proxyOnly = (r: MaterialRequirement) => proxyAdds !== null && PROXY_PAPERS.has(r.id)
  // What is his to do (subjectsPart): nothing, when only her papers were asked; when hers were asked
  // beside anything of his, she sends it all in one answer (the server wants every named document
  // in one), so his documents go to her and he has no button (a review: his send of his own
  // document was refused for want of her ID).
  const part = proxyAdds === null ? 'OWN' : subjectsPart(named, corrections, explainLines.length)
  const nothingForSubject = part === 'NONE'
  const handToProxy = part === 'HAND_TO_PROXY'
  // Her name alone, for 发给…: 张丽 (the masked name where the full one is not given).
  const proxyName = filing.filedBy.name ?? filing.filedBy.nameMasked
  // His part of an answer she sends (HAND_TO_PROXY), each said plainly (a trial: he was told of
  // 下面您的材料 with none below, and of a field to 在下面改 that his phone does not show).
  const hisTasks = handToProxy
    ? [
        ...(named.some((a) => !PROXY_PAPERS.has(a.requirement.id)) ? [`把下面您的材料交给${proxyName}`] : []),
        ...(named.some((a) => a.requirement.id === 'AUTHORIZATION') ? [`在授权委托书上签字，交给${proxyName}`] : []),
        ...(corrections.length > 0 ? [`把正确的${corrections.map((f) => CORRECTABLE_FIELDS[f]).join('、')}告诉${proxyName}，由${proxyName}改`] : []),
        ...(explainLines.length > 0 ? [`上面第 ${explainLines.join('、')} 条要说明的，告诉${proxyName}`] : []),
      ]
    : []

  async function pick(requirement: MaterialRequirement, item: MaterialItem, side?: MaterialSideKey) {
    setError(null)
    const picked = await upload.pick(item.code)
    if (!picked) return
    const old = side ? added.find((u) => u.requirementId === requirement.id && u.purpose === item.code && u.side === side) : undefined
    if (old) drop(filing.id, old.id)
    keep(filing.id, { ...picked.upload, requirementId: requirement.id, localPath: picked.localPath, ...(side ? { side } : {}) })
  }

  function blur(field: CorrectableField) {
    const checked = checkTyped()
    setFixErrors((was) => ({ ...was, [field]: checked.ok ? undefined : checked.fields[field] }))
  }

  async function send() {
    const fixed = checkTyped()
    setFixErrors(fixed.ok ? {} : fixed.fields)
    const replyText = reply.trim()
    const replyChecked = replyText === '' ? null : checkText(replyText, REQUEST_NOTE_FIELD)
    setReplyError(replyChecked && !replyChecked.ok ? replyChecked.message : undefined)
    // Something for every line listed: a photo, or the 说明 where no line names a photo (the server's check).
    const unanswered = unansweredRequest(requirements, missingItems, added.length, replyText || null, corrections)
    if (unanswered !== null) {
      setError(fixed.ok ? unanswered : `${unanswered}；并按提示改正：${fixed.message}`)
      return
    }
    if (replyChecked && !replyChecked.ok) {
      setError(replyChecked.message)
      return
    }
    // Each document the reviewer named needs its photo: the server's own check, asked before sending.
    const supplied = checkAskedSupplied(requirements, missingItems, added)
    if (!supplied.ok) {
      setError(supplied.fields.materials)
      return
    }
    if (!fixed.ok) {
      setError(`请按提示改正：${fixed.message}`)
      return
    }
    const unchanged = fixed.value.changes.filter((c) => c.from === c.to).map((c) => c.field)
    if (unchanged.length > 0 && keptShown === null) {
      setError(null)
      setKeptAsFiled({ answer: answerKey, fields: unchanged })
      return
    }
    setSending(true)
    setError(null)
    setNoteError(undefined)
    // Notes where a material asks for one (房产证: who the owner is), checked on the server as when filing.
    const materialNotes = Object.fromEntries(added.flatMap((u) => (u.note?.trim() ? [[u.id, u.note]] : [])))
    try {
      const body = {
        materials: added.map((u) => u.id),
        ...(Object.keys(materialNotes).length > 0 ? { materialNotes } : {}),
        ...(corrections.length > 0 ? { contacts: answer } : {}),
        ...(replyText !== '' ? { note: replyText } : {}),
      }
      onAdded(await addMaterials(filing.id, body))
      clear(filing.id)
    } catch (e) {
      // Answered from another phone meanwhile (a trial: the daughter's page kept 待补充材料 after her
      // father had sent it, and her 提交 was refused with 请刷新).
      if (e instanceof ApiError && e.code === 'FILING_NOT_AWAITING_MATERIALS') {
        onStale()
        return
      }
      if (e instanceof ApiError && e.fields.materialNotes) setNoteError(e.fields.materialNotes)
      if (e instanceof ApiError && e.fields.note) setReplyError(e.fields.note)
      const wrong = e instanceof ApiError ? correctionErrorsOf(e.fields) : {}
      setFixErrors(wrong)
      setError(
        e instanceof ApiError && e.fields.materials ? e.fields.materials
        : Object.keys(wrong).length > 0 ? `请按提示改正：${Object.values(wrong).join('；')}`
        : errorText(e, '没有提交成功，请再点一次。'),
      )
    } finally {
      setSending(false)
    }
  }

  /**
   * One requirement's card. When staff named documents (`asked.codes`), the card offers those only
   * and is done once each of them is there; otherwise once any photo is.
   */
  function card(asked: AskedRequirement, todoLabel: string) {
    const r = asked.requirement
    if (handToProxy && !proxyOnly(r)) {
      return (
        <View key={r.id} className='detail__card' id={`req-${r.id}`}>
          <Text className='detail__heading'>{r.title}</Text>
          <Text className='detail__text' id={`req-${r.id}-what`}>
            {`要补：${(asked.codes.length > 0 ? r.oneOf : r.oneOf.filter((item) => item.upload)).map((item) => item.name).join(asked.codes.length > 0 ? '、' : '，或')}`}
          </Text>
          <Text className='detail__text' id={`req-${r.id}-hand-over`}>
            {`这一项是您的材料。请拍照发给${proxyName}，或者把材料交给${proxyName}拍，由${proxyName}一起提交。`}
          </Text>
        </View>
      )
    }
    if (proxyOnly(r)) {
      return (
        <View key={r.id} className='detail__card' id={`req-${r.id}`}>
          <Text className='detail__heading'>{r.title}</Text>
          {r.id === 'AUTHORIZATION' ? (
            // The letter is hers to send, but his to sign (004 备注2: 参保人本人签字).
            <Text className='detail__text' id={`req-${r.id}-sign`}>
              {`这份要您本人签字。签好后交给${proxyName}，由${proxyName}拍照，在自己的手机上打开“我的备案”补交。`}
            </Text>
          ) : (
            <Text className='detail__text' id={`req-${r.id}-by-proxy`}>
              {`这一项是代办人自己的材料，要${proxyAdds}在自己的手机上打开“我的备案”补交。您不用拍。`}
            </Text>
          )}
        </View>
      )
    }
    const files = shown.filter((u) => u.requirementId === r.id)
    const left = askedStillToAdd(asked, files)
    const done = asked.codes.length > 0 ? left.length === 0 : files.length > 0
    // A card offered with nothing asked of it (folded below): what was sent with the filing is said
    // so, never 还没拍 (a trial: an ID card sent with the filing read as lost).
    const offeredOnly = asked.codes.length === 0 && !asked.askedLine
    // The proxy's own papers share their codes with the 参保人's (身份证): an ID sent with the filing is
    // taken as the 参保人's, so hers are never said to be sent already (a trial: 代办人自己的身份证明
    // read 备案时已交过 when only her mother's ID was).
    const sentBefore = offeredOnly && !PROXY_PAPERS.has(r.id) && filing.materials.some((m) => r.oneOf.some((item) => item.code === m.purpose))
    return (
      <MaterialCard
        key={r.id}
        className='detail__card'
        requirement={r}
        askedLine={asked.askedLine ?? undefined}
        files={files}
        done={done}
        doneLabel='✓ 已拍好'
        todoLabel={files.length > 0 && asked.codes.length > 1 ? `还差 ${left.length} 项` : sentBefore ? '备案时已交过' : todoLabel}
        {...(offeredOnly ? { sideTodoLabel: sentBefore ? '备案时已交过，不用再拍' : replyAnswers ? '需要时再拍' : '不用拍' } : {})}
        busy={upload.busy}
        onPick={(item, side) => void pick(r, item, side)}
        onRemove={(id) => drop(filing.id, id)}
        notes={Object.fromEntries(files.map((u) => [u.id, u.note ?? '']))}
        onNoteChange={(id, note) => setNote(filing.id, id, note)}
        noteError={noteError}
        // The proxy reading her father's filing: 您 in the catalog's words is the 参保人 (his
        // residence, his ID), named; the proxy's own papers speak to her and keep 您.
        subjectName={PROXY_PAPERS.has(r.id) ? null : forWhom}
      >
        {r.id === 'AUTHORIZATION' && forWhom !== null ? (
          <View id='letter-template-toggle-wrap'>
            <View className='detail__link' id='letter-template-toggle' {...tappable(null, () => setLetterOpen(!letterOpen))}>
              <Text>{`授权委托书怎么写？点这里看模板 ${letterOpen ? '▲' : '▼'}`}</Text>
            </View>
            {letterOpen ? (
              <View className='detail__template' id='letter-template'>
                <Text className='detail__text'>{`照着写一份，或者打印出来，请${forWhom}本人签名（或按手印），写上日期，再拍照。`}</Text>
                {authorizationLetterText({ name: forWhom, idNumber: '' }, { name: me?.name ?? '', idNumber: me?.idNumber ?? '' })
                  .split('\n')
                  .map((line, i) => (
                    <Text key={i} className='detail__template-line' userSelect>
                      {line || ' '}
                    </Text>
                  ))}
              </View>
            ) : null}
          </View>
        ) : null}
      </MaterialCard>
    )
  }

  const replyCard = (
    <View className='detail__card' id='reply-note'>
      <Text className='detail__heading' id='reply-note-heading'>
        {questionOnly ? ANSWER_LABEL : `给工作人员的说明${explainLines.length > 0 ? '' : '（可不填）'}`}
      </Text>
      <Text className='detail__text' id='reply-note-hint'>
        {questionOnly
          ? '把您的回答写在这里，不用拍照。'
          : explainLines.length === 0
          ? '有要跟工作人员说的，可以写在这里。'
          : explainLines.length === missingItems.length
            ? '工作人员要您说明的，写在这里，不用拍照。'
            : `上面第 ${explainLines.join('、')} 条要您说明的，写在这里，不用拍照。`}
        最多 {REQUEST_NOTE_MAX} 个字。
      </Text>
      <TextArea
        className='detail__reply-textarea'
        name='replyNote'
        // A question's answer has no example (a trial: one about a 诊断证明 under 为什么到广州就医？,
        // cut off in 长辈模式, read as written already); nor one about another stay's dates (a trial:
        // 9 月 26 日 under a December admission, cut off in 长辈模式).
        placeholder={questionOnly ? '点这里写您的回答' : questions.length > 0 ? '点这里写，回答上面审核员的问题' : '点这里写要跟工作人员说的'}
        value={reply}
        maxLength={REQUEST_NOTE_MAX}
        onChange={(value) => {
          setReply(filing.id, value)
          if (replyError) setReplyError(undefined)
        }}
      />
      {replyError ? (
        <Text className='detail__problem' id='reply-note-error'>
          {replyError}
        </Text>
      ) : null}
    </View>
  )

  return (
    <View id='needs-materials'>
      <AskedCard
        review={{ missingItems, corrections, reasons: review?.reasons ?? [] }}
        deadline={deadline}
        fieldsBelow={part === 'OWN'}
        toFill={filedEmpty}
        {...(proxyAdds !== null ? { heading: '这次要补的' } : {})}
      >
        <Text className='detail__text' id='needs-materials-what-to-do'>
          {nothingForSubject
            ? `这次要补的都是代办人自己的材料，请${proxyAdds}在自己的手机上打开“我的备案”补交。您不用做什么。`
            : handToProxy
            ? `这次要补的要一次交齐，请${proxyAdds}在自己的手机上打开“我的备案”一起提交。您要做的：${hisTasks.join('；')}。`
            : questionOnly
            ? `不用补材料。在下面“${ANSWER_LABEL}”里写好，再点“${submitLabel}”。`
            : !photosAsked
            ? `${fillOnly ? '填好' : '改好'}下面的内容，点“${submitLabel}”。材料不用重新拍。`
            : replyAnswers
              ? `上面要的，是材料的就拍照补上；要说明情况的，写在下面“给工作人员的说明”里，不用拍照。再点“${submitLabel}”。`
              : questions.length > 0
              ? `上面要的材料请拍照补上；第 ${questions.join('、')} 条是审核员的问题，请写在下面“给工作人员的说明”里。再点“${submitLabel}”。`
              : others.length > 0
              ? `只补上面这些就行，别的材料不用重新拍。拍好后点“${submitLabel}”。`
              : `上面这些请都补齐，再点“${submitLabel}”。`}
          {/* His own to answer on a filing she made: either phone will do, once (a trial: both sent it). */}
          {proxyAdds !== null && part === 'OWN' ? `${proxyName}也可以在自己的手机上补，谁补都行，补一次就够。` : ''}
        </Text>
      </AskedCard>

      {handToProxy ? null : <CorrectionFields
        asked={corrections}
        values={typed}
        filedEmpty={filedEmpty}
        errors={fixErrors}
        reasons={review?.reasons ?? []}
        onChange={(field, value) => {
          saveTyped(filing.id, field, value)
          if (fixErrors[field]) setFixErrors((was) => ({ ...was, [field]: undefined }))
        }}
        onBlur={blur}
      />}

      {upload.error ? (
        <Text className='detail__problem' id='upload-error'>
          {upload.error}
        </Text>
      ) : null}

      {replyAnswers && !handToProxy ? replyCard : null}

      {named.length > 0 ? <View id='asked-materials'>{named.map((a) => card(a, '要补'))}</View> : null}

      {/* A document asked for in the reviewer's own words (出院小结): a place of its own for its photo,
          open, not among the filing's documents (a trial put 出院小结 under 入院记录). */}
      {photoLines.length > 0 && part === 'OWN' && !questionOnly ? (
        <View id='requested-other'>
          {card(
            { requirement: REQUESTED_OTHER_REQUIREMENT, codes: [], askedLine: `第 ${photoLines.join('、')} 条要拍照的，拍在这里` },
            '要拍照的拍在这里',
          )}
        </View>
      ) : null}

      {/* Corrections only: no photo to add, so no fold of other materials (a trial read 其他材料（不用补）
          under an address to fill and wondered whether photos were wanted). */}
      {others.length > 0 && part === 'OWN' && asked !== 'CORRECTION' ? (
        <View className='detail__others' id='other-materials'>
          <View className='detail__card detail__others-toggle' id='other-materials-toggle' {...tappable(null, () => setOthersOpen(!othersOpen))}>
            <Text>{`${replyAnswers ? '要拍照的，点这里拍' : '其他材料（不用补）'} ${othersOpen ? '▲' : '▼'}`}</Text>
          </View>
          {othersOpen ? others.map((r) => card({ requirement: r, codes: [], askedLine: null }, replyAnswers ? '需要时补拍' : '不用补')) : null}
        </View>
      ) : null}

      {replyAnswers || part !== 'OWN' ? null : replyCard}


      {keptShown !== null && !error ? (
        <View className='detail__problem' id='corrections-unchanged' aria-live='assertive' {...roleAttr('alert')}>
          <Text>
            {`您还没有改${keptShown.map((f) => CORRECTABLE_FIELDS[f]).join('、')}，框里还是备案时填的。` +
              // The reviewer's words are quoted only when one field was asked: with several, they
              // may be about another field (a trial: the address's reason under the phone's warning).
              (!review?.reasons.length ? '请改好' : corrections.length === 1 ? `工作人员说：${quotedReasons(review.reasons)}。请改好` : '请对照上面工作人员说的改好') +
              `再点“${submitLabel}”；如果您核对过，确实不用改，再点一次“${submitLabel}”。`}
          </Text>
        </View>
      ) : null}

      {error ? (
        <Text className='detail__problem' id='add-materials-error'>
          {error}
        </Text>
      ) : null}

      {part !== 'OWN' ? null : (
        <View className='detail__actions detail__card'>
          <Button type='primary' size='xlarge' block id='submit-materials' loading={sending} disabled={sending || upload.busy !== null} onClick={send}>
            {submitLabel}{added.length > 0 ? `（${added.length} 张）` : ''}
          </Button>
        </View>
      )}
    </View>
  )
}
