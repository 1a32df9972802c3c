/**
 * An `ILIKE` pattern matching text that contains `text` anywhere (served by the pg_trgm GIN
 * indexes); `%`, `_` and `\` in it are literal characters, not wildcards.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * SQL for the pattern that selects, on the trigram indexes over `trigram_search_text` /
 * `user_search_text` (migration SearchAcrossWords), the rows whose names may contain the keyword
 * held by the placeholder `keyword`. It can select too much, never too little: a query keeps an
 * exact `ILIKE` with `containsPattern` on the names beside it.
 */
export function searchTextPattern(keyword: string): string {
  return `('%' || trigram_search_text(${keyword}) || '%')`;
}
