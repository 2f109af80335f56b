import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Checkbox, Input } from '@nutui/nutui-react-taro'
import BasisNote from '../../../../components/basis-note'
import FlowSteps from '../../../../components/flow-steps'
import MaterialCard from '../../../../components/material-card'
import { commitmentText, materialsFor, missingMaterials, type MaterialItem, type MaterialRequirement } from '../../../../domain/materials'
import { profileFor } from '../../../../domain/profiles'
import { useMaterialUpload } from '../../../../hooks/use-material-upload'
import { useCurrentDraft, useFilingDraftStore } from '../../../../stores/use-filing-draft-store'
import { useSubject } from '../../../../hooks/use-subject'
import { goToStep } from '../../shared/flow'
import NeedsStart from '../../shared/needs-start'
import './index.scss'
import PageRoot from '../../../../components/page-root'
import { tappable } from '@/lib/a11y'

export default function FilingMaterials() {
  const draft = useCurrentDraft()
  const update = useFilingDraftStore((s) => s.update)
  const subject = useSubject(useFilingDraftStore((s) => s.subject))
  const upload = useMaterialUpload()
  const { busy, error: uploadError } = upload
  const [showMissing, setShowMissing] = useState(false)

  const policy = useMemo(() => (subject ? profileFor(subject.insuredRegion) : null), [subject?.insuredRegion])
  if (!draft.type || !subject || !policy) {
    return <NeedsStart message='请先选择备案类型并填写信息。' />
  }

  const opts = { multiPlace: draft.multiPlace, commitmentLockMonths: policy.commitmentLock.months }
  const list = materialsFor(draft.type, opts)
  const commitment = commitmentText(policy.commitmentLock.months)
  const commitmentSigned = draft.useCommitment && draft.commitmentAgreed && draft.commitmentName.trim() === subject.name
  const missing = missingMaterials(draft.type, { items: draft.uploads.map((u) => u.purpose), commitmentSigned }, opts)
  const isMissing = (r: MaterialRequirement) => missing.some((m) => m.id === r.id)

  async function pick(requirement: MaterialRequirement, item: MaterialItem) {
    const picked = await upload.pick(item.code)
    if (!picked) return
    const current = useFilingDraftStore.getState().drafts[useFilingDraftStore.getState().subject]?.uploads ?? []
    update({ uploads: [...current, { ...picked.upload, requirementId: requirement.id, localPath: picked.localPath }] })
  }

  const remove = (id: string) => update({ uploads: draft.uploads.filter((u) => u.id !== id) })

  const next = () => {
    setShowMissing(true)
    if (missing.length > 0) return
    update({ step: 'review' })
    goToStep('review')
  }

  return (
    <PageRoot className='flow'>
      <FlowSteps current={3} />
      <View className='flow__section'>
        <Text className='flow__title'>要交的材料</Text>
        <Text className='flow__text'>每一项拍一张清楚的照片就行，不用跑窗口。</Text>
        {list.notes.map((n) => (
          <Text key={n} className='flow__text'>
            · {n}
          </Text>
        ))}
        <BasisNote name='materials' citations={list.citations} />
      </View>

      {uploadError ? (
        <Text className='flow__error' id='upload-error'>
          {uploadError}
        </Text>
      ) : null}

      {list.requirements.map((r) => {
        const files = draft.uploads.filter((u) => u.requirementId === r.id)
        const coveredByCommitment = r.commitmentInstead && commitmentSigned && files.length === 0
        return (
          <MaterialCard
            key={r.id}
            requirement={r}
            files={files}
            done={!isMissing(r)}
            doneLabel={coveredByCommitment ? '已签承诺书' : undefined}
            busy={busy}
            showOptions={!(draft.useCommitment && r.commitmentInstead)}
            onPick={(item) => void pick(r, item)}
            onRemove={remove}
          >
            {r.commitmentInstead && list.commitmentAllowed ? (
              <View className='materials__commitment-switch'>
                <Text
                  className='flow__link'
                  id={`commitment-toggle-${r.id}`}
                  {...tappable(null, () => update({ useCommitment: !draft.useCommitment, commitmentAgreed: false }))}
                >
                  {draft.useCommitment ? '不签承诺书了，我上传证明' : '没有这些证明？签个人承诺书代替'}
                </Text>
              </View>
            ) : null}
          </MaterialCard>
        )
      })}

      {draft.useCommitment && list.commitmentAllowed ? (
        <View className='flow__section materials__commitment' id='commitment'>
          <Text className='flow__title'>{commitment.title}</Text>
          <Text className='flow__text'>签了承诺书，就不用交上面的证明。请您（或参保人本人）读完再签。</Text>
          <View className='materials__commitment-text'>
            {commitment.text.split('\n').map((line, i) => (
              <Text key={i} className='materials__commitment-line'>
                {line}
              </Text>
            ))}
          </View>
          <Text className='materials__sign-label'>签名：请输入参保人的姓名“{subject.name}”</Text>
          <Input
            name='commitmentName'
            className='materials__sign-input'
            value={draft.commitmentName}
            placeholder='输入姓名作为签名'
            onChange={(v) => update({ commitmentName: v })}
          />
          {draft.commitmentName.trim() && draft.commitmentName.trim() !== subject.name ? (
            <Text className='materials__sign-error'>签名要和参保人姓名“{subject.name}”一致</Text>
          ) : null}
          <View className='materials__agree' id='commitment-agree'>
            <Checkbox className={`flow__tick${draft.commitmentAgreed ? ' flow__tick--on' : ''}`} checked={draft.commitmentAgreed} onChange={(v) => update({ commitmentAgreed: v })} label='我已阅读，承诺以上内容属实' />
          </View>
          <BasisNote name='commitment' citations={commitment.citations} />
        </View>
      ) : null}

      {showMissing && missing.length > 0 ? (
        <Text className='flow__error' id='missing'>
          还缺：{missing.map((m) => m.title).join('；')}
        </Text>
      ) : null}

      <View className='flow__footer'>
        <Button type='primary' size='xlarge' block id='materials-next' onClick={next}>
          下一步：确认提交
        </Button>
      </View>
    </PageRoot>
  )
}
