import { describeColumnMigration } from '../helpers/column-migration'

// 20261201T050000Z-add-admitted-on-to-filings (issue 12 item 1) goes up and down on SQLite, and
// on PostgreSQL when DATABASE_URL is set (in a schema of its own).
describeColumnMigration({
  name: '20261201T050000Z-add-admitted-on-to-filings',
  before: '20261201T010000Z-clear-unkeyed-verified-identities',
  table: 'filings',
  column: 'admitted_on',
})
