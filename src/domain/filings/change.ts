import { checkFiling, type FilingCheck, type FilingContext, type FilingSubmission } from './check-filing'
import type { PolicyProfile } from '@/domain/profiles/types'
import type { ChangeFilingBody, FilingView } from './filing-view'

/**
 * What a 变更 starts from: the standing filing's own submission (its type, place, dates,
 * contacts, materials and commitment). The server reads it from the stored record, the app from
 * the FilingView; both then merge the change into it the same way (000 第七条: a 变更 is a new
 * registration that replaces the old one, so it passes the same filing check).
 */
export type ChangeBase = Omit<FilingSubmission, 'endDate' | 'chronicDiseaseHospital' | 'commitment'> & {
  endDate: string | null
  chronicDiseaseHospital: string | null
  commitment: FilingSubmission['commitment']
}

/**
 * The submission a 变更 makes: the old filing with the changed parts of `body` over it. A start
 * date already past moves to `today` (a change takes effect from today at the earliest, SPEC §5).
 * @param today China date 'YYYY-MM-DD'
 */
export function changedSubmission(base: ChangeBase, body: Omit<ChangeFilingBody, 'reason'>, today: string): FilingSubmission {
  return {
    type: base.type,
    destination: body.destination ?? base.destination,
    startDate: body.startDate ?? (base.startDate < today ? today : base.startDate),
    endDate: body.endDate !== undefined ? body.endDate : base.endDate,
    contacts: body.contacts ?? base.contacts,
    chronicDiseaseHospital: base.chronicDiseaseHospital,
    multiPlace: base.multiPlace,
    commitment: base.commitment,
    materialCodes: base.materialCodes,
    // A change to another place needs the address there (checkChangedAddress, issue 12 item 8).
    changeOf: { destination: base.destination, addressAtDestination: base.contacts.addressAtDestination },
  }
}

/**
 * Checks a 变更 with the very check a new filing passes (checkFiling, SPEC §2-§5, §9): a landline
 * backup phone accepted when filing is accepted when changing; the end-date minimum of the type
 * (002 第十条 6 个月) holds on a change too. Field names are those of checkFiling.
 */
export function checkChange(base: ChangeBase, body: Omit<ChangeFilingBody, 'reason'>, ctx: FilingContext): FilingCheck {
  return checkFiling(changedSubmission(base, body, ctx.today), { ...ctx, commitmentCarriedOver: true })
}

/**
 * The ChangeBase of a filing as the API shows it (FilingView), for the 变更 page; a 代签 carries
 * over as the recorded signer's (004 个人承诺书 温馨提示2).
 */
export function changeBaseOfView(f: FilingView): ChangeBase {
  return {
    type: f.type,
    destination: { province: f.destination.province, city: f.destination.city },
    startDate: f.startDate,
    endDate: f.endDate,
    contacts: f.contacts,
    chronicDiseaseHospital: f.chronicDiseaseHospital,
    multiPlace: f.multiPlace,
    commitment: f.commitment
      ? { signedName: f.commitment.signedName, textVersion: f.commitment.textVersion, signedBy: f.commitment.signedBy ? 'PROXY' : 'SELF' }
      : null,
    materialCodes: f.materials.map((m) => m.purpose),
  }
}

/** The FilingContext of a 变更 of a viewed filing: the subject's 参保地 and name, and a 代签's signer. */
export function changeContextOfView(f: FilingView, profile: PolicyProfile, today: string): FilingContext {
  return {
    profile,
    today,
    subjectName: f.subject.name,
    insuredRegion: f.insuredRegion,
    proxySigner: f.commitment?.signedBy ? { name: f.commitment.signedBy.name } : null,
  }
}
