import { authorizationLetterText } from './authorization-letter'

// 004 备注2: the 授权委托书 goes with both people's ID documents; the printed letter carries the numbers in full.

describe('authorizationLetterText', () => {
  it.each([
    // [case, member ID number, proxy ID number, member's line, proxy's line]
    ['both known', '11010519491231002X', '440300195501011236', '身份证号：11010519491231002X', '身份证号：440300195501011236'],
    ['the member’s only', '11010519491231002X', '', '身份证号：11010519491231002X', '身份证号：____________________'],
    ['neither', '', '', '身份证号：____________________（委托人照身份证填写）', '身份证号：____________________'],
  ])('%s', (_case, memberId, proxyId, memberLine, proxyLine) => {
    const lines = authorizationLetterText({ name: '张建华', idNumber: memberId }, { name: '李梅', idNumber: proxyId }).split('\n')
    expect(lines[2]).toBe('委托人（参保人）：张建华')
    expect(lines[3]).toBe(memberLine)
    expect(lines[4]).toBe('受托人（代办人）：李梅')
    expect(lines[5]).toBe(proxyLine)
  })
})
