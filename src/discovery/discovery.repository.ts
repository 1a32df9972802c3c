import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What a user search matches besides names: an id prefix (all-digit keywords) and a whole email address. */
export interface UserKeyword {
  text: string;
  idPrefix: boolean;
  email: boolean;
}

/** Keyset position of a search page: score descending (similarity × 10⁶), then id ascending. */
export interface ScorePosition {
  score: number;
  id: number;
}

/** Keyset position of a nearby page: distance in whole metres ascending, then id ascending. */
export interface DistancePosition {
  metres: number;
  id: number;
}

export interface Point {
  latitude: number;
  longitude: number;
}

export interface UserSearchRow {
  userId: number;
  username: string;
  nickName: string | null;
  avatar: string | null;
  score: number;
}

export interface GroupSearchRow {
  groupId: number;
  name: string;
  avatar: string | null;
  description: string | null;
  count: number;
  capacity: number;
  applyApproval: number;
  score: number;
}

export interface NearbyUserRow extends Omit<UserSearchRow, 'score'>, Point {
  locatedAt: Date;
  metres: number;
}

export interface NearbyGroupRow extends Omit<GroupSearchRow, 'score'>, Point {
  address: string | null;
  metres: number;
}

export interface UserLocationRow extends Point {
  updatedAt: Date;
}

/** `%` and `_` in a keyword are literal characters, not LIKE wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The first text after every text starting with `prefix` (the last character stepped up), for an index range scan. */
function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

// Neither side of a block finds the other: the blocked user would learn of the block, and the
// blocker asked not to deal with them.
const NOT_BLOCKED = (viewer: string, other: string) =>
  `NOT EXISTS (SELECT 1 FROM roster_blocks b WHERE b.app_id = $1 AND ((b.user_id = ${viewer} AND b.blocked_id = ${other}) OR (b.user_id = ${other} AND b.blocked_id = ${viewer})))`;

/**
 * Discovery queries. Name matches run on the pg_trgm GIN indexes (`ILIKE '%…%'`), id prefixes on
 * the `(app_id, id::text)` B-tree, nearby on the GiST indexes over `ll_to_earth` (`earth_box`
 * narrows by index, `earth_distance` then keeps the true circle). Every query names the app.
 */
@Injectable()
export class DiscoveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Users of the app whose username or nick name contains the keyword (or id/email match), who allow search, best match first. */
  searchUsers(appId: string, viewerId: number, keyword: UserKeyword, after: ScorePosition | null, limit: number): Promise<UserSearchRow[]> {
    const params: unknown[] = [appId, viewerId, keyword.text, containsPattern(keyword.text)];
    const matches = ['u.username ILIKE $4', 'u.nick_name ILIKE $4'];
    const scores = ['similarity(u.username, $3)', 'COALESCE(similarity(u.nick_name, $3), 0)'];
    if (keyword.idPrefix) {
      params.push(keyword.text, prefixEnd(keyword.text));
      matches.push(`(u.id::text ~>=~ $5 AND u.id::text ~<~ $6)`);
      scores.push(`CASE WHEN u.id::text ~>=~ $5 AND u.id::text ~<~ $6 THEN length($3)::real / length(u.id::text) ELSE 0 END`);
    }
    if (keyword.email) {
      params.push(keyword.text.toLowerCase());
      const email = `lower(u.email) = $${params.length}`;
      matches.push(email);
      scores.push(`CASE WHEN ${email} THEN 1 ELSE 0 END`);
    }
    const page = this.afterScore(params, after, '"userId"');
    params.push(limit);
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT u.id AS "userId", u.username, u.nick_name AS "nickName", u.avatar,
                round(1000000 * greatest(${scores.join(', ')}))::int AS score
           FROM users u
           JOIN user_settings s ON s.user_id = u.id
          WHERE u.app_id = $1 AND (${matches.join(' OR ')})
            AND u.status = 0 AND s.username_searchable AND u.id <> $2 AND ${NOT_BLOCKED('$2', 'u.id')}
       ) matched
       ${page}
       ORDER BY score DESC, "userId" LIMIT $${params.length}`,
      params,
    );
  }

  /** Live public groups of the app whose name contains the keyword, best match first; groups that block the viewer are left out. */
  searchGroups(appId: string, viewerId: number, keyword: string, after: ScorePosition | null, limit: number): Promise<GroupSearchRow[]> {
    const params: unknown[] = [appId, viewerId, keyword, containsPattern(keyword)];
    const page = this.afterScore(params, after, '"groupId"');
    params.push(limit);
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT g.id AS "groupId", g.name, g.avatar, g.description, g.member_count AS count, g.capacity,
                g.apply_approval AS "applyApproval", round(1000000 * similarity(g.name, $3))::int AS score
           FROM groups g
          WHERE g.app_id = $1 AND g.type = 1 AND g.status = 0 AND g.name ILIKE $4
            AND NOT EXISTS (SELECT 1 FROM group_blocks gb WHERE gb.group_id = g.id AND gb.user_id = $2)
       ) matched
       ${page}
       ORDER BY score DESC, "groupId" LIMIT $${params.length}`,
      params,
    );
  }

  /** Users of the app sharing a location no older than `since` within `radius` metres of `from`, nearest first. */
  nearbyUsers(appId: string, viewerId: number, from: Point, radius: number, since: Date, after: DistancePosition | null, limit: number): Promise<NearbyUserRow[]> {
    const params: unknown[] = [appId, viewerId, from.latitude, from.longitude, radius, since];
    const page = this.afterDistance(params, after, '"userId"');
    params.push(limit);
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT u.id AS "userId", u.username, u.nick_name AS "nickName", u.avatar, l.latitude, l.longitude, l.updated_at AS "locatedAt",
                round(earth_distance(ll_to_earth($3, $4), ll_to_earth(l.latitude, l.longitude)))::int AS metres
           FROM user_locations l
           JOIN users u ON u.id = l.user_id
          WHERE earth_box(ll_to_earth($3, $4), $5) @> ll_to_earth(l.latitude, l.longitude)
            AND l.app_id = $1 AND l.updated_at >= $6 AND l.user_id <> $2 AND u.status = 0
            AND ${NOT_BLOCKED('$2', 'l.user_id')}
       ) near
       WHERE metres <= $5 ${page}
       ORDER BY metres, "userId" LIMIT $${params.length}`,
      params,
    );
  }

  /** Live public groups of the app with a location within `radius` metres of `from`, nearest first. */
  nearbyGroups(appId: string, viewerId: number, from: Point, radius: number, after: DistancePosition | null, limit: number): Promise<NearbyGroupRow[]> {
    const params: unknown[] = [appId, viewerId, from.latitude, from.longitude, radius];
    const page = this.afterDistance(params, after, '"groupId"');
    params.push(limit);
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT g.id AS "groupId", g.name, g.avatar, g.description, g.member_count AS count, g.capacity,
                g.apply_approval AS "applyApproval", g.latitude, g.longitude, g.address,
                round(earth_distance(ll_to_earth($3, $4), ll_to_earth(g.latitude, g.longitude)))::int AS metres
           FROM groups g
          WHERE earth_box(ll_to_earth($3, $4), $5) @> ll_to_earth(g.latitude, g.longitude)
            AND g.latitude IS NOT NULL AND g.type = 1 AND g.status = 0 AND g.app_id = $1
            AND NOT EXISTS (SELECT 1 FROM group_blocks gb WHERE gb.group_id = g.id AND gb.user_id = $2)
       ) near
       WHERE metres <= $5 ${page}
       ORDER BY metres, "groupId" LIMIT $${params.length}`,
      params,
    );
  }

  async findUserLocation(appId: string, userId: number): Promise<UserLocationRow | null> {
    const rows: UserLocationRow[] = await this.dataSource.query(
      `SELECT latitude, longitude, updated_at AS "updatedAt" FROM user_locations WHERE app_id = $1 AND user_id = $2`,
      [appId, userId],
    );
    return rows[0] ?? null;
  }

  /** Stores the user's location; answers the location it replaced (null when the user shared none), or undefined when the user is not of the app. */
  async saveUserLocation(appId: string, userId: number, location: Point, at: Date): Promise<Point | null | undefined> {
    const rows: { previousLatitude: number | null; previousLongitude: number | null }[] = await this.dataSource.query(
      `WITH previous AS (SELECT latitude, longitude FROM user_locations WHERE app_id = $1 AND user_id = $2),
            saved AS (
              INSERT INTO user_locations (user_id, app_id, latitude, longitude, updated_at)
              SELECT id, app_id, $3, $4, $5 FROM users WHERE app_id = $1 AND id = $2
              ON CONFLICT (user_id) DO UPDATE SET latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, updated_at = EXCLUDED.updated_at
              RETURNING user_id)
       SELECT p.latitude AS "previousLatitude", p.longitude AS "previousLongitude" FROM saved LEFT JOIN previous p ON true`,
      [appId, userId, location.latitude, location.longitude, at],
    );
    if (rows.length === 0) return undefined;
    const [{ previousLatitude, previousLongitude }] = rows;
    return previousLatitude === null || previousLongitude === null ? null : { latitude: previousLatitude, longitude: previousLongitude };
  }

  /** True when the user had shared a location. */
  async deleteUserLocation(appId: string, userId: number): Promise<boolean> {
    const [{ deleted }]: { deleted: boolean }[] = await this.dataSource.query(
      `WITH gone AS (DELETE FROM user_locations WHERE app_id = $1 AND user_id = $2 RETURNING user_id) SELECT EXISTS (SELECT 1 FROM gone) AS deleted`,
      [appId, userId],
    );
    return deleted;
  }

  private afterScore(params: unknown[], after: ScorePosition | null, idColumn: string): string {
    if (!after) return '';
    params.push(after.score, after.id);
    const score = `$${params.length - 1}`;
    return `WHERE score < ${score} OR (score = ${score} AND ${idColumn} > $${params.length})`;
  }

  private afterDistance(params: unknown[], after: DistancePosition | null, idColumn: string): string {
    if (!after) return '';
    params.push(after.metres, after.id);
    return `AND (metres, ${idColumn}) > ($${params.length - 1}, $${params.length})`;
  }
}
