import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NEARBY_CANDIDATES } from '../common/location';
import { SEARCH_CANDIDATES } from './discovery.dto';
import { MAX_ID } from '../common/validation';
import { containsPattern } from '../common/database/like-pattern';

/**
 * How a user search reads its keyword: digits only are the start of an id, text with `@` is a
 * whole email address, anything else is part of a username or nick name.
 */
export type UserKeywordKind = 'name' | 'idPrefix' | 'email';

export interface UserKeyword {
  text: string;
  kind: UserKeywordKind;
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

// Neither side of a block finds the other: the blocked user would learn of the block, and the
// blocker asked not to deal with them. The viewer's blocks (both ways) are read once into a hashed
// set rather than probed per candidate.
const NOT_BLOCKED = (viewer: string, other: string) =>
  `${other} NOT IN (SELECT blocked_id FROM roster_blocks WHERE app_id = $1 AND user_id = ${viewer} UNION ALL SELECT user_id FROM roster_blocks WHERE app_id = $1 AND blocked_id = ${viewer})`;

const CANDIDATE = `SELECT u.id AS "userId", u.username, u.nick_name AS "nickName", u.avatar, u.status FROM users u`;

/** A user another may find: active, allowing search, not the viewer, no block between them. */
const SEARCHABLE_BY = (viewer: string, user = 'u', id = `${user}.id`) =>
  `${user}.status = 0 AND s.username_searchable AND ${id} <> ${viewer} AND ${NOT_BLOCKED(viewer, id)}`;

/**
 * Discovery queries. Name matches run on the pg_trgm GIN indexes (`ILIKE '%…%'`), id prefixes on
 * the primary key, nearby on the GiST indexes over `ll_to_earth` (nearest first by the cube
 * distance `<->`, then `earth_distance` keeps the true circle). Every query names the app.
 */
@Injectable()
export class DiscoveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Users of the app matching the keyword (see UserKeyword) who allow search, best match first. */
  searchUsers(appId: string, viewerId: number, keyword: UserKeyword, after: ScorePosition | null, limit: number): Promise<UserSearchRow[]> {
    // No id starts with 0.
    if (keyword.kind === 'idPrefix' && keyword.text.startsWith('0')) return Promise.resolve([]);
    if (keyword.kind === 'idPrefix') return this.searchUserIds(appId, viewerId, keyword.text, after, limit);
    const params: unknown[] = [appId, viewerId, keyword.text];
    let candidates: string;
    let score: string;
    if (keyword.kind === 'email') {
      // Repeating `email IS NOT NULL` lets the planner use the partial unique index on lower(email).
      candidates = `${CANDIDATE} WHERE u.app_id = $1 AND u.email IS NOT NULL AND lower(u.email) = lower($3)`;
      score = '1';
    } else {
      params.push(containsPattern(keyword.text), SEARCH_CANDIDATES);
      candidates = `(${CANDIDATE} WHERE u.app_id = $1 AND (u.username ILIKE $4 OR u.nick_name ILIKE $4) LIMIT $5)
                    UNION (${CANDIDATE} WHERE u.app_id = $1 AND u.username = $3)`;
      score = `greatest(similarity(m.username, $3), COALESCE(similarity(m."nickName", $3), 0))`;
    }
    const page = this.afterScore(params, after, '"userId"');
    params.push(limit);
    // MATERIALIZED keeps the match on its index (GIN, or the email key): left to itself the planner
    // may walk the primary key in id order hoping to fill the page early, which reads every user
    // when few match.
    return this.dataSource.query(
      `WITH matched AS MATERIALIZED (${candidates})
       SELECT "userId", username, "nickName", avatar, score FROM (
         SELECT m."userId", m.username, m."nickName", m.avatar, round(1000000 * ${score})::int AS score
           FROM matched m JOIN user_settings s ON s.user_id = m."userId"
          WHERE ${SEARCHABLE_BY('$2', 'm', 'm."userId"')}
       ) searchable
       ${page}
       ORDER BY score DESC, "userId" LIMIT $${params.length}`,
      params,
    );
  }

  /**
   * Users whose id starts with the digits: the ids in [P, P+1), [P0, P+1 0), [P00, …) and so on,
   * each range read in id order from the primary key and cut at the page size, so a short prefix
   * costs a few pages of rows, never every matching id. Shorter ids rank first (a larger share of
   * them matched), so the order is simply ascending id, and the score only reports that share.
   */
  private searchUserIds(appId: string, viewerId: number, prefix: string, after: ScorePosition | null, limit: number): Promise<UserSearchRow[]> {
    const lows: number[] = [];
    const highs: number[] = [];
    for (let low = Number(prefix), high = low + 1; low <= MAX_ID; low *= 10, high *= 10) {
      lows.push(low);
      highs.push(Math.min(high, MAX_ID + 1));
    }
    return this.dataSource.query(
      `SELECT found.* FROM unnest($3::bigint[], $4::bigint[]) AS range(low, high)
       CROSS JOIN LATERAL (
         SELECT u.id AS "userId", u.username, u.nick_name AS "nickName", u.avatar, round(1000000 * length($5::text)::real / length(u.id::text))::int AS score
           FROM users u
           JOIN user_settings s ON s.user_id = u.id
          WHERE u.id >= range.low AND u.id < range.high AND u.id > $6 AND u.app_id = $1 AND ${SEARCHABLE_BY('$2')}
          ORDER BY u.id LIMIT $7
       ) found
       ORDER BY found."userId" LIMIT $7`,
      [appId, viewerId, lows, highs, prefix, after?.id ?? 0, limit],
    );
  }

  /** Live public groups of the app whose name contains the keyword, best match first; groups that block the viewer are left out. */
  searchGroups(appId: string, viewerId: number, keyword: string, after: ScorePosition | null, limit: number): Promise<GroupSearchRow[]> {
    const params: unknown[] = [appId, viewerId, keyword, containsPattern(keyword), SEARCH_CANDIDATES];
    const page = this.afterScore(params, after, '"groupId"');
    params.push(limit);
    return this.dataSource.query(
      `WITH matched AS MATERIALIZED (
         SELECT g.id AS "groupId", g.name, g.avatar, g.description, g.member_count AS count, g.capacity,
                g.apply_approval AS "applyApproval", round(1000000 * similarity(g.name, $3))::int AS score
           FROM groups g
          WHERE g.app_id = $1 AND g.type = 1 AND g.status = 0 AND g.name ILIKE $4
          LIMIT $5
       )
       SELECT * FROM (
         SELECT m.* FROM matched m WHERE NOT EXISTS (SELECT 1 FROM group_blocks gb WHERE gb.group_id = m."groupId" AND gb.user_id = $2)
       ) visible
       ${page}
       ORDER BY score DESC, "groupId" LIMIT $${params.length}`,
      params,
    );
  }

  /**
   * Users of the app sharing a location no older than `since` within `radius` metres of `from`,
   * nearest first. The GiST index hands out the NEARBY_CANDIDATES nearest locations in distance
   * order (a KNN scan that stops there), so a query costs the same in a crowded city centre as in
   * the countryside; the filters and the exact circle apply to those.
   */
  nearbyUsers(appId: string, viewerId: number, from: Point, radius: number, since: Date, after: DistancePosition | null, limit: number): Promise<NearbyUserRow[]> {
    const params: unknown[] = [appId, viewerId, from.latitude, from.longitude, radius, since, NEARBY_CANDIDATES];
    const page = this.afterDistance(params, after, 'user_id');
    params.push(limit);
    // The candidates are ordered before users are joined, so only the rows of the page (and any
    // the filters drop) are read from users, not every candidate.
    return this.dataSource.query(
      `SELECT u.id AS "userId", u.username, u.nick_name AS "nickName", u.avatar, ranked.latitude, ranked.longitude,
              ranked.updated_at AS "locatedAt", ranked.metres
         FROM (SELECT near.*, round(earth_distance(ll_to_earth($3, $4), ll_to_earth(near.latitude, near.longitude)))::int AS metres
                 FROM (SELECT user_id, latitude, longitude, updated_at FROM user_locations
                        WHERE app_id = $1 AND updated_at >= $6
                        ORDER BY ll_to_earth(latitude, longitude) <-> ll_to_earth($3, $4) LIMIT $7) near
                ORDER BY metres, user_id) ranked
         JOIN users u ON u.id = ranked.user_id
        WHERE ranked.metres <= $5 ${page} AND u.status = 0 AND u.id <> $2 AND ${NOT_BLOCKED('$2', 'u.id')}
        ORDER BY ranked.metres, ranked.user_id LIMIT $${params.length}`,
      params,
    );
  }

  /** Live public groups of the app with a location within `radius` metres of `from`, nearest first (the NEARBY_CANDIDATES nearest, as for users). */
  nearbyGroups(appId: string, viewerId: number, from: Point, radius: number, after: DistancePosition | null, limit: number): Promise<NearbyGroupRow[]> {
    const params: unknown[] = [appId, viewerId, from.latitude, from.longitude, radius, NEARBY_CANDIDATES];
    const page = this.afterDistance(params, after, '"groupId"');
    params.push(limit);
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT g.id AS "groupId", g.name, g.avatar, g.description, g.member_count AS count, g.capacity,
                g.apply_approval AS "applyApproval", g.latitude, g.longitude, g.address,
                round(earth_distance(ll_to_earth($3, $4), ll_to_earth(g.latitude, g.longitude)))::int AS metres
           FROM (SELECT * FROM groups
                  WHERE latitude IS NOT NULL AND type = 1 AND status = 0 AND app_id = $1
                  ORDER BY ll_to_earth(latitude, longitude) <-> ll_to_earth($3, $4) LIMIT $6) g
          WHERE NOT EXISTS (SELECT 1 FROM group_blocks gb WHERE gb.group_id = g.id AND gb.user_id = $2)
       ) found
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
