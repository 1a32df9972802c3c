import { Transform } from 'class-transformer';
import { MAX_ID, parseDecimalDigits } from './validation';

/** An integer written plainly: an optional minus and decimal digits; no exponent, hex prefix, plus sign, fraction or spaces. */
const INTEGER_TEXT = /^-?\d+$/;

/**
 * The one reading of a number that arrives as text (query string values): integer text becomes a
 * number; anything else (`1e9`, `0x10`, `+1`, `1.0`, ` 1`) is left as sent, so the validator after
 * it refuses it naming the field. (Number() alone would read all of those as numbers.)
 */
export function numberFromText(value: unknown): unknown {
  return typeof value === 'string' && INTEGER_TEXT.test(value) ? Number(value) : value;
}

/** Converts a query value by numberFromText before its validators run. */
export const NumberFromText = () => Transform(({ value }) => numberFromText(value));

/** An id in a header (`user_id`, `group_id`): positive, decimal digits only, at most MAX_ID; null otherwise. */
export function parseDecimalId(text: string): number | null {
  const value = parseDecimalDigits(text);
  return value !== null && value >= 1 && value <= MAX_ID && !text.startsWith('0') ? value : null;
}
