import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name search reads one trigram index per table, built over the names with every character that
 * is not a letter or digit replaced by the letter `ǂ` (`trigram_search_text`). pg_trgm splits text
 * into words at such characters, so on the plain names a keyword that spans a space (`a zhe`)
 * became "a word ending in a" and "a word starting zhe": on 1,000,000 users that selected 26,000
 * rows to recheck for 1,000 real matches, and the recheck read almost every page of `users`. With
 * the separators made letters, the trigrams keep their neighbours (`aǂz`, `ǂzh`) and the index
 * selects the matches and a few more. The replacement is per character, so a name containing the
 * keyword always contains the replaced keyword: the index can only select too much (the query
 * keeps its exact `ILIKE` on the names), never miss a match. One index over username and nick name
 * replaces the two per-column ones (a BitmapOr of two scans).
 */
export class SearchAcrossWords1796539138115 implements MigrationInterface {
  name = 'SearchAcrossWords1796539138115';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION trigram_search_text(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN regexp_replace(value, '[^[:alnum:]]', 'ǂ', 'g')`);
    // The space stays a separator: a keyword never spans the end of a username and a nick name.
    await queryRunner.query(`
      CREATE FUNCTION user_search_text(username text, nick_name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN trigram_search_text(username) || ' ' || trigram_search_text(COALESCE(nick_name, ''))`);
    await queryRunner.query(`CREATE INDEX users_search_text_trgm_idx ON users USING gin (user_search_text(username, nick_name) gin_trgm_ops)`);
    await queryRunner.query(`DROP INDEX users_nick_name_trgm_idx`);
    await queryRunner.query(`DROP INDEX users_username_trgm_idx`);
    await queryRunner.query(`CREATE INDEX groups_public_search_text_trgm_idx ON groups USING gin (trigram_search_text(name) gin_trgm_ops) WHERE type = 1 AND status = 0`);
    await queryRunner.query(`DROP INDEX groups_public_name_trgm_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX groups_public_name_trgm_idx ON groups USING gin (name gin_trgm_ops) WHERE type = 1 AND status = 0`);
    await queryRunner.query(`DROP INDEX groups_public_search_text_trgm_idx`);
    await queryRunner.query(`CREATE INDEX users_username_trgm_idx ON users USING gin (username gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX users_nick_name_trgm_idx ON users USING gin (nick_name gin_trgm_ops)`);
    await queryRunner.query(`DROP INDEX users_search_text_trgm_idx`);
    await queryRunner.query(`DROP FUNCTION user_search_text(text, text)`);
    await queryRunner.query(`DROP FUNCTION trigram_search_text(text)`);
  }
}
