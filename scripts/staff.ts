/**
 * Staff accounts from the command line — for the first admin, before anyone can log in to the
 * console. Talks to the database directly through the server's own db layer (same SQLITE_PATH /
 * DATABASE_URL as the server), and every change leaves an audit row (actor `cli:<os user>`).
 *   npm run staff -- add <username> --name 姓名 --role ADMIN|REVIEWER
 *   npm run staff -- disable|enable <username>
 *   npm run staff -- reset <username>
 *   npm run staff -- list
 * A new or reset password is STAFF_PASSWORD when set (kept out of the process list), else a
 * temporary one printed once. Either way it is handed over: its owner must change it at the first
 * sign-in before doing anything else in the console.
 */
import { userInfo } from 'node:os'
import { parseArgs } from 'node:util'
import { loadConfig } from '@server/config'
import { openDatabase } from '@server/db/database'
import { createRepositories } from '@server/db/repositories'
import { AppError } from '@server/errors'
import { DEV_ID_HASH_KEY, createIdentityHasher } from '@server/verification/identity-hash'
import { createAccount, resetPassword, setAccountStatus, toStaffAccountView, type AccountContext } from '@server/staff/accounts'
import { runMain } from './run-main'

export const STAFF_USAGE = [
  '用法：npm run staff -- <命令>',
  '  add <用户名> --name 姓名 --role ADMIN|REVIEWER   新建账号（第一个管理员就这样建）',
  '  disable <用户名>                                  停用账号，它的登录立即失效',
  '  enable <用户名>                                   重新启用',
  '  reset <用户名>                                    重置密码，它的登录立即失效',
  '  list                                              列出所有账号',
  '密码：设置了环境变量 STAFF_PASSWORD 就用它（至少 10 位，有字母和数字），否则生成一个临时密码，只显示这一次。',
  '      不论哪种，本人第一次登录审核台后都要先改成只有自己知道的密码，才能做别的事。',
  '数据库：和服务器一样，SQLITE_PATH（默认 data/app.db）或 DATABASE_URL。',
].join('\n')

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  const [command, username] = positionals
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(`${STAFF_USAGE}\n`)
    return 0
  }
  if (!['add', 'disable', 'enable', 'reset', 'list'].includes(command)) {
    process.stderr.write(`不认识的命令“${command}”。\n${STAFF_USAGE}\n`)
    return 2
  }
  if (command !== 'list' && !username) {
    process.stderr.write(`${command} 后面要写用户名，例如：npm run staff -- ${command} zhangsan\n`)
    return 2
  }
  if (command === 'add' && (!values.name || !values.role)) {
    process.stderr.write('新建账号要写姓名和角色，例如：npm run staff -- add zhangsan --name 张三 --role ADMIN\n')
    return 2
  }
  const given = process.env.STAFF_PASSWORD?.trim() || undefined
  const config = loadConfig(process.env)
  const handle = await openDatabase(config.database)
  try {
    const ctx: AccountContext = {
      repos: createRepositories(handle.db, handle.dialect, createIdentityHasher(config.idHashKey ?? DEV_ID_HASH_KEY)),
      now: new Date(),
      actor: { type: 'CLI', id: null, name: `cli:${userInfo().username}`, role: null },
      ip: null,
    }
    const user = username as string
    switch (command) {
      case 'add': {
        const { account, password } = await createAccount(ctx, { username: user, displayName: values.name as string, role: (values.role as string).toUpperCase(), password: given })
        process.stdout.write(`已新建${account.roleLabel}账号 ${account.username}（${account.displayName}）。\n`)
        if (!given) process.stdout.write(`临时密码（只显示这一次，请当面交给本人）：${password}\n`)
        process.stdout.write('本人第一次登录审核台后要先修改密码。\n')
        return 0
      }
      case 'reset': {
        const { account, password } = await resetPassword(ctx, user, given)
        process.stdout.write(`已重置 ${account.username} 的密码，它的登录已全部失效。\n`)
        if (!given) process.stdout.write(`临时密码（只显示这一次）：${password}\n`)
        process.stdout.write('本人下次登录审核台后要先修改密码。\n')
        return 0
      }
      case 'disable':
      case 'enable': {
        const account = await setAccountStatus(ctx, user, command === 'disable' ? 'DISABLED' : 'ACTIVE')
        process.stdout.write(`${account.username}（${account.displayName}）现在是“${account.statusLabel}”。\n`)
        return 0
      }
      default: {
        const accounts = (await ctx.repos.staff.list()).map(toStaffAccountView)
        if (accounts.length === 0) process.stdout.write('还没有账号。先建第一个管理员：npm run staff -- add <用户名> --name 姓名 --role ADMIN\n')
        for (const a of accounts) process.stdout.write(`${a.username}\t${a.displayName}\t${a.roleLabel}\t${a.statusLabel}\n`)
        return 0
      }
    }
  } catch (error) {
    if (error instanceof AppError) {
      const details = error.fields ? Object.values(error.fields).map((v) => `\n  ${v}`).join('') : ''
      process.stderr.write(`出错了：${error.message}${details}\n`)
      return 1
    }
    throw error
  } finally {
    await handle.db.destroy()
  }
}

runMain(main)
