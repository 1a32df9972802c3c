/**
 * An `ILIKE` pattern matching text that contains `text` anywhere (served by the pg_trgm GIN
 * indexes); `%`, `_` and `\` in it are literal characters, not wildcards.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
