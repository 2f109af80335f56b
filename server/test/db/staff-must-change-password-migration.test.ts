import { describeColumnMigration } from '../helpers/column-migration'

// 20261201T080000Z-add-staff-must-change-password goes up and down on SQLite, and on PostgreSQL
// when DATABASE_URL is set (in a schema of its own).
describeColumnMigration({
  name: '20261201T080000Z-add-staff-must-change-password',
  before: '20261201T070000Z-add-material-notes',
  table: 'staff_accounts',
  column: 'must_change_password',
})
