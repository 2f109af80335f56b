import { describeColumnMigration } from '../helpers/column-migration'

// 20261202T010000Z-add-decision-corrections and 20261202T010100Z-create-filing-corrections go up and
// down on SQLite, and on PostgreSQL when DATABASE_URL is set (in a schema of its own).
describeColumnMigration({
  name: '20261202T010000Z-add-decision-corrections',
  before: '20261201T090000Z-add-filings-subject-id-number-index',
  table: 'review_decisions',
  column: 'corrections',
})
describeColumnMigration({
  name: '20261202T010100Z-create-filing-corrections',
  before: '20261202T010000Z-add-decision-corrections',
  table: 'filing_corrections',
  column: 'new_value',
})
