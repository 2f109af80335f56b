// The floor for POST /api/filings (issue 15): Fastify 5 and the database alone, one transaction per
// filing writing what ours writes at least (the filing row, its two materials, its first event),
// no rules, no auth. SQLite (better-sqlite3, the server's pragmas, statements prepared once) by
// default; PostgreSQL (a pg pool of 10, as the server's) when DATABASE_URL is set.
const { randomUUID } = require('node:crypto')
const fastify = require('fastify')({ logger: false })

const TABLES = [
  'create table if not exists floor_filings (id varchar(36) primary key, number varchar(32) not null unique, user_id varchar(36) not null, type varchar(32) not null, status varchar(32) not null, body text not null, created_at varchar(40) not null)',
  'create table if not exists floor_materials (filing_id varchar(36) not null, upload_id varchar(64) not null, primary key (filing_id, upload_id))',
  'create table if not exists floor_events (id varchar(36) primary key, filing_id varchar(36) not null, seq integer not null, status varchar(32) not null, at varchar(40) not null)',
]

function row(body) {
  const id = randomUUID()
  return { id, number: `F${id.slice(0, 18)}`, at: new Date().toISOString(), materials: body.materials ?? [], body: JSON.stringify(body) }
}

async function sqlite() {
  const Database = require('better-sqlite3')
  const db = new Database(process.env.SQLITE_PATH)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  db.pragma('foreign_keys = ON')
  for (const t of TABLES) db.exec(t)
  const filing = db.prepare("insert into floor_filings values (?, ?, 'u', ?, 'SUBMITTED', ?, ?)")
  const material = db.prepare('insert into floor_materials values (?, ?)')
  const event = db.prepare("insert into floor_events values (?, ?, 0, 'SUBMITTED', ?)")
  const file = db.transaction((r, type) => {
    filing.run(r.id, r.number, type, r.body, r.at)
    for (const m of r.materials) material.run(r.id, m)
    event.run(randomUUID(), r.id, r.at)
  })
  return async (body) => file(row(body), String(body.type))
}

async function postgres() {
  const { Pool } = require('pg')
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
  for (const t of TABLES) await pool.query(t)
  return async (body) => {
    const r = row(body)
    const client = await pool.connect()
    try {
      await client.query('begin')
      await client.query("insert into floor_filings values ($1, $2, 'u', $3, 'SUBMITTED', $4, $5)", [r.id, r.number, String(body.type), r.body, r.at])
      for (const m of r.materials) await client.query('insert into floor_materials values ($1, $2)', [r.id, m])
      await client.query("insert into floor_events values ($1, $2, 0, 'SUBMITTED', $3)", [randomUUID(), r.id, r.at])
      await client.query('commit')
    } catch (error) {
      await client.query('rollback')
      throw error
    } finally {
      client.release()
    }
  }
}

async function main() {
  const file = process.env.DATABASE_URL ? await postgres() : await sqlite()
  fastify.post('/api/filings', async (request, reply) => {
    await file(request.body)
    return reply.code(201).send({ ok: true })
  })
  await fastify.listen({ port: Number(process.env.PORT), host: '127.0.0.1' })
  process.stdout.write('listening\n')
}
main().catch((e) => {
  console.error(e)
  process.exit(1)
})
