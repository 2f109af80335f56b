import { checkDestination, isWholeProvince } from '@/domain/regions'
import { admissionCoverOf, type CoverFiling } from './admission-cover'

/** A 就医地 the emergency flow asks about: 'Was the hospital here?' */
export interface PlaceToAsk {
  /** The place's code as the app's pickers hold it: a city's, or a province's (a whole province, or 北京 …). */
  code: string
  /** The choice as a person reads it: '在广东省深圳市', '在广东省（省内哪个城市都算）'. */
  label: string
}

/**
 * The places of the person's filings that would bear on an admission on `admittedOn` were the
 * hospital there — covering it, covering it once approved, or starting after it (admissionCoverOf) —
 * each once, in the order of the filings. The emergency flow asks whether the hospital is in one
 * of them before it says anything about the stay (standingCover needs the place); none: nothing to ask.
 * @param filings the person's filings (FilingViews from their 我的备案)
 * @param today China date 'YYYY-MM-DD'
 * Example: an approved long-term filing to 深圳 from 2026-12-03, admission 2026-12-01 →
 * [{ code: '440300', label: '在广东省深圳市' }].
 */
export function placesToAsk(filings: readonly CoverFiling[], admittedOn: string, today: string): PlaceToAsk[] {
  const places: PlaceToAsk[] = []
  for (const filing of filings) {
    const relation = admissionCoverOf(filing, { admittedOn, place: filing.destination }, today).relation
    if (relation !== 'COVERS' && relation !== 'COVERS_ONCE_APPROVED' && relation !== 'STARTS_LATER') continue
    const region = checkDestination(filing.destination)
    if (!region.ok || places.some((p) => p.code === region.value.code)) continue
    const label = isWholeProvince(region.value) ? `在${region.value.province.name}（省内哪个城市都算）` : `在${region.value.name}`
    places.push({ code: region.value.code, label })
  }
  return places
}
