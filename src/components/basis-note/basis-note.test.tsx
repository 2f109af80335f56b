import { waitFor } from '@testing-library/react'
import { cite } from '@/domain/citation'
import { click, mount, text, unmount } from '@tests/helpers/page'
import BasisNote, { type BasisNoteProps } from '.'

afterEach(() => unmount())

/** The emergency window's 依据 for a 参保地 with no rule of its own, past the window (001, 民法典, 000 第八条, 002, 004). */
const CITATIONS = [
  cite('GX_LIUJIANG', '申请材料'),
  cite('CIVIL_CODE', '第二百零一条'),
  cite('JX_2017', '第八条'),
  cite('JS_2022', '第二十六条(二)'),
]

/** The note as a 南昌 (360100) person's page passes it. */
const note = (props: Pick<BasisNoteProps, 'citations' | 'scope'>): BasisNoteProps & Record<string, unknown> => ({ name: 'd', insuredRegion: '360100', ...props })

const lines = (id: string) => Array.from(document.querySelectorAll(`#${id} .basis-note__item`)).map((el) => el.textContent)

describe('BasisNote: a DEFAULT rule for a 南昌 person (trial: 江西’s own documents were listed under “这里还没有收录”)', () => {
  it('lists the documents that bind the 参保地 first, apart, then the note, then only the other places’', async () => {
    await mount(BasisNote, note({ citations: CITATIONS, scope: 'DEFAULT' }))
    click('basis-d')
    await waitFor(() => expect(document.getElementById('basis-d-list')).not.toBeNull())
    expect(lines('basis-d-list')).toEqual([
      '全国通用的和参保地自己的文件：',
      '《中华人民共和国民法典》第二百零一条',
      '《赣人社发〔2017〕57号》第八条',
      '参保地自己的规定，这里还没有收录。下面是从这些文件里取的一般做法，不一定和参保地的规定一样；请向参保地（交医保的地方）的医保经办机构问清楚。',
      '《柳江区异地急诊人员备案服务指南》申请材料',
      '《苏医保发〔2022〕75号》第二十六条(二)',
    ])
    expect(text('basis-d-applying')).not.toContain('柳江')
  })

  it('with no document binding the 参保地, the note heads the list as before', async () => {
    await mount(BasisNote, note({ citations: [cite('GX_LIUJIANG', '申请材料')], scope: 'DEFAULT' }))
    click('basis-d')
    await waitFor(() => expect(document.getElementById('basis-d-list')).not.toBeNull())
    expect(document.getElementById('basis-d-applying')).toBeNull()
    expect(text('basis-d-list').indexOf('参保地自己的规定，这里还没有收录')).toBe(0)
  })

  it('a REGIONAL rule lists its documents with no note and no split', async () => {
    await mount(BasisNote, note({ citations: CITATIONS, scope: 'REGIONAL' }))
    click('basis-d')
    await waitFor(() => expect(document.getElementById('basis-d-list')).not.toBeNull())
    expect(document.getElementById('basis-d-applying')).toBeNull()
    expect(document.getElementById('basis-d-default')).toBeNull()
    expect(lines('basis-d-list')).toHaveLength(4)
  })
})
