import { parseReviewArgs } from '../../../scripts/review-args'

const ID = '0b7f3c1e-2a4d-4e5f-9a6b-7c8d9e0f1a2b'

describe('npm run review -- verifications (issue 11)', () => {
  // columns: argv | command
  it.each([
    [['verifications'], { kind: 'verifications', action: 'list', status: 'PENDING' }],
    [['verifications', '--status', 'rejected'], { kind: 'verifications', action: 'list', status: 'REJECTED' }],
    [['verifications', 'list', '--status=APPROVED'], { kind: 'verifications', action: 'list', status: 'APPROVED' }],
    [['verifications', 'show', ID.toUpperCase()], { kind: 'verifications', action: 'show', id: ID }],
    [['verifications', 'approve', ID], { kind: 'verifications', action: 'approve', id: ID }],
    [['verifications', 'reject', ID, '--reason', '照片看不清'], { kind: 'verifications', action: 'reject', id: ID, reason: '照片看不清' }],
  ])('%j', (argv, command) => {
    expect(parseReviewArgs(argv)).toEqual({ ok: true, command })
  })

  // columns: argv | message fragment
  it.each([
    [['verifications', 'reject', ID], '驳回要写 --reason'],
    [['verifications', 'approve'], '请写一份申请的 id'],
    [['verifications', 'approve', 'YD20251001ABC234'], '请写一份申请的 id'],
    [['verifications', 'delete', ID], '不认识的命令“verifications delete”'],
    [['verifications', '--status', 'DONE'], '--status 只能是 PENDING、APPROVED、REJECTED 之一'],
    [['verifications', 'approve', ID, '--missing', 'x'], '不认识的选项 --missing'],
  ])('%j → %s', (argv, fragment) => {
    const result = parseReviewArgs(argv)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain(fragment)
  })
})
