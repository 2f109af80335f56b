import { commitmentShortfall } from './commitment-shortfall'

// Trial: 李晓梅, ticking 代签 for her mother 王秀英, typed 王秀英; 还缺 named the proof the 承诺书
// replaces. What is short is the signature (004 个人承诺书 温馨提示2: 代签 in the signer's own name).
describe('commitmentShortfall: what keeps a chosen 承诺书 from being signed', () => {
  // what | signed name | signer | 代签 | self | agreed | expected
  it.each([
    ['代签 with the mother’s name', '王秀英', '李晓梅', true, false, true, ['签名要写您自己的姓名“李晓梅”']],
    ['for oneself, another name', '李小梅', '李晓梅', false, true, true, ['签名要写您的姓名“李晓梅”']],
    ['the member signs herself, the daughter’s name', '李晓梅', '王秀英', false, false, true, ['签名要写王秀英本人的姓名“王秀英”']],
    ['not signed, not ticked', ' ', '李晓梅', true, false, false, ['承诺书还没签名：请写您自己的姓名“李晓梅”', '承诺书下面的“我已阅读，承诺以上内容属实”还没勾选']],
    ['signed with spaces around, ticked', ' 李晓梅 ', '李晓梅', true, false, true, []],
  ] as const)('%s', (_what, signedName, signerName, byProxy, self, agreed, expected) => {
    expect(commitmentShortfall({ signedName, signerName, byProxy, self, agreed })).toEqual(expected)
  })
})
