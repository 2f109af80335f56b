/** Usernames are compared trimmed and lower-cased: `WangFang ` logs in as `wangfang`. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase()
}
