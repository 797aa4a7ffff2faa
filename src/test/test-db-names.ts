/** Every database a test run creates on a server starts with this, followed by the run id: easy to clean up. */
export const TEST_DB_PREFIX = 'treem_t_';

export function databaseUrlWithName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
