import NeedsStart from '@/components/needs-start'

/** A later step of the emergency flow opened without what it needs: back to its first page. */
export default function BackToStart({ notice, action }: { notice: string; action: string }) {
  return <NeedsStart message={notice} action={action} startUrl='/packages/emergency/pages/start/index' />
}
