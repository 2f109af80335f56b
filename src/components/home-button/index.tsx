import { Button } from '@nutui/nutui-react-taro'
import { goHome } from '@/lib/navigation'

interface HomeButtonProps {
  /** The button's id (tests and screen readers find it by it), e.g. 'mine-home'. */
  id: string
  className?: string
}

/**
 * 返回首页 at the foot of a page people reach from the home page and may not find their way back
 * from: in H5 there is no navigation bar (a fresh trial found an old person stuck on a list). Goes
 * back down to the home page under it, or starts afresh there (goHome). Shown in the weapp too.
 */
export default function HomeButton({ id, className }: HomeButtonProps) {
  return (
    <Button size='xlarge' block className={className} id={id} onClick={() => void goHome()}>
      返回首页
    </Button>
  )
}
