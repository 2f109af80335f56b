import { chineseDateOf } from '@/domain/calendar/day-number'
import type { AdmissionCover } from './admission-cover'

/**
 * One of the person's filings beside an emergency filing, in the staff console's words (the
 * relation admissionCoverOf gives): '2026年12月3日起才生效，入院（2026年12月1日）时还没生效，管不到这次住院'.
 */
export function coverNote(cover: AdmissionCover, admittedOn: string): string {
  const admitted = chineseDateOf(admittedOn)
  switch (cover.relation) {
    case 'COVERS':
      return `入院（${admitted}）时已在有效期内：这次住院已经有备案管着`
    case 'COVERS_ONCE_APPROVED':
      return `审核通过后从${chineseDateOf(cover.startsOn ?? admittedOn)}算起，包括这次入院`
    case 'STARTS_LATER':
      return cover.startsOn
        ? `${chineseDateOf(cover.startsOn)}起才生效，入院（${admitted}）时还没生效，管不到这次住院`
        : `审核通过那天才生效，管不到${admitted}的这次住院`
    case 'ENDED_BEFORE':
      return `入院（${admitted}）前已经到期，管不到这次住院`
    case 'OTHER_PLACE':
      return '备案地不是这次住院的地方，管不到这次住院'
    case 'OTHER_ADMISSION':
      return '另一次住院的急诊备案'
    case 'NOT_STANDING':
      return '已不再有效'
  }
}
