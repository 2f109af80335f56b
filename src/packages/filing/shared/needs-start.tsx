import NeedsStartPage from '@/components/needs-start'

/** A step of 我要备案 opened without a filing in progress: back to choosing the type. */
export default function NeedsStart({ message, action = '去选择' }: { message: string; action?: string }) {
  return <NeedsStartPage message={message} action={action} startUrl='/packages/filing/pages/start/index' />
}
