import { describeColumnMigration } from '../helpers/column-migration'

// 20261201T070000Z-add-material-notes (issue 13 item 11) goes up and down on SQLite, and
// on PostgreSQL when DATABASE_URL is set (in a schema of its own).
describeColumnMigration({
  name: '20261201T070000Z-add-material-notes',
  before: '20261201T060000Z-add-commitment-signer',
  table: 'filing_materials',
  column: 'note',
})
