import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNumber, Max, Min } from 'class-validator';

/**
 * A user's shared location is snapped to this grid before it is stored: the exact position never
 * reaches the database, and every answer (coordinates and distances alike) derives from the cell's
 * centre, so no number of queries from chosen points can place the user more precisely than the
 * cell (0.01° is 1.11 km north-south, 1.11 km × cos(latitude) east-west).
 */
export const USER_GRID_DECIMALS = 2;

/** A group's location is an address its admins publish: kept to 4 decimals (≈ 11 m), enough to find the place. */
export const GROUP_GRID_DECIMALS = 4;

/** Distances are answered in whole steps of this many metres, never less than one step. */
export const DISTANCE_STEP_METRES = 100;

/** Shared locations older than this are left out of nearby answers: the user has likely moved. */
export const LOCATION_LIFETIME_MS = 7 * 24 * 3600 * 1000;

export const NEARBY_RADIUS = { default: 5_000, max: 50_000 };

/** Nearby answers come from this many nearest shared locations (users) or located groups, paged. */
export const NEARBY_CANDIDATES = 200;

export function snapToGrid(degrees: number, decimals: number): number {
  return Number(degrees.toFixed(decimals));
}

export function roundDistance(metres: number): number {
  return Math.max(1, Math.round(metres / DISTANCE_STEP_METRES)) * DISTANCE_STEP_METRES;
}

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * A coordinate within `limit` degrees either side of 0: a JSON number in a body; in a query string
 * (`fromText`), plain decimal text (no exponent, spaces or signs other than a leading minus).
 */
export function IsCoordinate(name: 'latitude' | 'longitude', { fromText = false } = {}) {
  const limit = name === 'latitude' ? 90 : 180;
  const message = `$property: must be a number of degrees from -${limit} to ${limit}`;
  return applyDecorators(
    ApiProperty({ type: 'number', minimum: -limit, maximum: limit, description: `${name} in decimal degrees (WGS 84)` }),
    ...(fromText ? [Transform(({ value }) => (typeof value === 'string' && DECIMAL_TEXT.test(value) ? Number(value) : value))] : []),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message }),
    Min(-limit, { message }),
    Max(limit, { message }),
  );
}
