import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import FormField from '@/components/form-field'
import PageRoot from '@/components/page-root'
import StatusBadge from '@/components/status-badge'
import { askedByLine, isQuestionLine } from '@/domain/materials/what-was-asked'
import { REVIEW_WORKING_DAYS } from '@/domain/review'
import { filingNumberProblem, isCorrectionItem, isFillItem, normalizeFilingNumber, whatLinesAsk, type PublicStatusView } from '@/domain/filings'
import { checkIdTail } from '@/domain/validation/id-number'
import { numberFromPageQuery, numberFromScan } from '@/lib/receipt/status-url'
import { ApiError } from '@/services/api-error'
import { lookupStatus } from '@/services/filings'
import { chinaDateTime } from '@/lib/china-time'
import './index.scss'
import { ID_INPUT_TYPE } from '@/lib/input-types'


/**
 * What the list is, in its own words: questions to answer, fields to correct (no photo: a trial
 * read 还需要补充这些材料 above 改正联系电话 and looked for something to photograph), fields left
 * empty to fill in (填写外地住址), or materials.
 */
function missingTitle(items: readonly string[]): string {
  if (items.every(isQuestionLine)) return '审核员的问题（在小程序的备案页面里回答）：'
  if (items.every(isFillItem)) return '还需要填写这些内容（不用拍照）：'
  if (items.every(isCorrectionItem)) return items.some(isFillItem) ? '还需要改正、填写这些内容（不用拍照）：' : '还需要改正这些填写的内容（不用拍照）：'
  return items.some(isCorrectionItem) ? '还需要补充材料、改正填写的内容：' : '还需要补充这些材料：'
}

export default function StatusLookup() {
  const { params } = useRouter()
  const [number, setNumber] = useState(() => numberFromPageQuery(params))
  const [idTail, setIdTail] = useState('')
  const [errors, setErrors] = useState<{ number?: string; idTail?: string }>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [result, setResult] = useState<PublicStatusView | null>(null)
  const [busy, setBusy] = useState(false)

  async function scan() {
    try {
      const { result: scanned } = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] })
      const found = numberFromScan(scanned)
      if (found) setNumber(found)
      else setProblem('这个二维码不是备案回执上的，请扫回执上的二维码，或直接输入备案号')
    } catch {
      // The person closed the scanner.
    }
  }

  async function search() {
    const n = normalizeFilingNumber(number)
    const tail = checkIdTail(idTail)
    const next: typeof errors = {}
    if (!n) next.number = filingNumberProblem(number) ?? undefined
    if (!tail.ok) next.idTail = tail.message
    setErrors(next)
    setProblem(null)
    if (!n || !tail.ok) return
    setBusy(true)
    try {
      setResult(await lookupStatus(n, tail.value))
      // The answer appears below the form: bring it into view.
      setTimeout(() => Taro.pageScrollTo({ selector: '#status-result', duration: 300 }).catch(() => undefined), 50)
    } catch (e) {
      setResult(null)
      setProblem(e instanceof ApiError ? e.message : '暂时查不到，请稍后再试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageRoot className='flow'>
      <View className='flow__section'>
        <Text className='flow__title'>查备案进度</Text>
        <Text className='flow__text'>不用登录。输入备案号和参保人身份证号的后 6 位就能查，家人也可以帮着查。</Text>
      </View>

      <FormField name='number' label='备案号' hint='在备案回执上，以 YD 开头' error={errors.number}>
        <Input name='number' className='status__input' value={number} maxLength={20} placeholder='例如 YD20261123ABCDEF' onChange={(v) => setNumber(v.toUpperCase())} />
      </FormField>
      {process.env.TARO_ENV === 'weapp' ? (
        <View className='status__scan'>
          <Button size='large' block onClick={scan} id='scan-qr'>
            扫回执上的二维码
          </Button>
        </View>
      ) : null}
      <FormField name='idTail' label='身份证号后 6 位' hint='参保人（看病的人）的身份证' error={errors.idTail}>
        <Input name='idTail' className='status__input' type={ID_INPUT_TYPE} value={idTail} maxLength={6} placeholder='后 6 位' onChange={(v) => setIdTail(v.toUpperCase())} />
      </FormField>

      {problem ? (
        <Text className='flow__error' id='status-problem'>
          {problem}
        </Text>
      ) : null}

      <View className='flow__footer'>
        <Button type='primary' size='xlarge' block loading={busy} onClick={search} id='status-search'>
          查询
        </Button>
      </View>

      {result ? (
        <View className='flow__section' id='status-result'>
          <View className='status__head'>
            <Text className='flow__title status__head-title' id='status-type'>{result.typeName}</Text>
            <StatusBadge status={result.status} label={result.statusLabel} />
          </View>
          <Text className='flow__text'>参保人：{result.subject.nameMasked}（{result.subject.idNumberMasked}）</Text>
          <Text className='flow__text'>备案地：{result.destination.name}</Text>
          <Text className='flow__text'>备案号：{result.number}</Text>
          {result.commitmentSignedBy ? (
            <Text className='flow__text' id='status-signed-by'>个人承诺书：{result.commitmentSignedBy}</Text>
          ) : null}
          {result.validFrom ? (
            <Text className='flow__text'>有效期：{result.validity.replace('审核通过后生效：', '审核通过后生效，')}</Text>
          ) : null}
          {result.status === 'UNDER_REVIEW' ? (
            <Text className='flow__notice' id='status-review-time'>
              医保经办机构正在审核，{REVIEW_WORKING_DAYS} 个工作日内出结果（周末和节假日不算）。办备案的人在“我的备案”里能看到审核结果，您也可以再来这里查。
            </Text>
          ) : null}
          {result.missingItems.length > 0 ? (
            <View className='status__missing' id='status-missing'>
              <Text className='status__missing-title' id='status-missing-title'>{missingTitle(result.missingItems)}</Text>
              {/* An emergency filing's 补办截止, as the filer's own page says it (AskedCard): a family
                  member looking it up learns by when, not only what. */}
              {result.askedBy ? (
                <Text className='status__asked-by' id='status-asked-by'>
                  {askedByLine(result.askedBy, whatLinesAsk(result.missingItems), result.missingItems.every(isFillItem))}
                </Text>
              ) : null}
              {result.missingItems.map((m) => (
                <Text key={m} className='flow__text'>
                  · {m}
                </Text>
              ))}
              <Text className='flow__text'>请办这份备案的人（本人，或替本人办的家人）打开“我的备案”{result.missingItems.every(isFillItem) ? '填好' : whatLinesAsk(result.missingItems) === 'CORRECTION' ? '改好' : '补交'}。</Text>
            </View>
          ) : null}
          <Text className='status__timeline-title'>办理进度</Text>
          {result.timeline.map((t) => (
            <View key={`${t.status}-${t.at}`} className='status__step'>
              <Text className='status__step-label'>{t.label}</Text>
              <Text className='status__step-time'>{chinaDateTime(t.at)}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </PageRoot>
  )
}
