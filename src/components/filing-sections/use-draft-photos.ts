import type { MaterialItem, MaterialRequirement, MaterialSideKey } from '@/domain/materials'
import { useMaterialUpload } from '@/hooks/use-material-upload'
import type { DraftUpload } from '@/stores/use-filing-draft-store'

/**
 * The photos of a filing draft (ordinary and emergency): `pick` takes a photo for one item of a
 * requirement and adds it to the draft, `remove` drops one by its upload id.
 * `current` reads the draft's uploads at the moment (the draft may change while a photo uploads);
 * `save` writes the new list. `upload` is the picker's state (busy item, error message).
 */
export function useDraftPhotos(current: () => DraftUpload[], save: (uploads: DraftUpload[]) => void) {
  const upload = useMaterialUpload()

  async function pick(requirement: MaterialRequirement, item: MaterialItem, side?: MaterialSideKey) {
    const picked = await upload.pick(item.code)
    if (!picked) return
    // Added to the latest draft (another photo may have been removed while uploading).
    const now = current()
    // A new photo of a side (身份证 正面/反面) replaces the old one of that side.
    const others = side ? now.filter((u) => !(u.requirementId === requirement.id && u.purpose === item.code && u.side === side)) : now
    save([...others, { ...picked.upload, requirementId: requirement.id, localPath: picked.localPath, ...(side ? { side } : {}) }])
  }

  const remove = (id: string) => save(current().filter((u) => u.id !== id))

  return { upload, pick, remove }
}
