import { ApiError } from '../common/errors/error-codes';

/** What a code proves possession of the destination for; a code or token of one purpose never serves another. */
export enum VerificationPurpose {
  Register = 'register',
  BindMobile = 'bind_mobile',
  BindEmail = 'bind_email',
  Login = 'login',
  ResetPassword = 'reset_password',
}

export const VERIFICATION_PURPOSES = Object.values(VerificationPurpose);

/** Per app and purpose: `required` refuses the action without a code, `optional` checks a code only when one is sent, `off` refuses to send codes. */
export type VerificationPolicy = 'required' | 'optional' | 'off';

export const VERIFICATION_POLICIES: readonly VerificationPolicy[] = ['required', 'optional', 'off'];

export type VerificationChannel = 'sms' | 'email';

/** A mobile number or an email address, normalised (emails in lower case). */
export interface Destination {
  channel: VerificationChannel;
  address: string;
}

/** The one destination a request names; refuses a request with both or neither. */
export function destinationOf(request: { mobile?: string; email?: string }): Destination {
  if ((request.mobile === undefined) === (request.email === undefined)) {
    throw ApiError.badParameter('mobile, email: send exactly one of them');
  }
  if (request.mobile !== undefined) return { channel: 'sms', address: request.mobile };
  return { channel: 'email', address: (request.email ?? '').toLowerCase() };
}

/** The purposes a channel serves: binding a mobile is proven by SMS only, binding an email by email only. */
export function purposeFitsChannel(purpose: VerificationPurpose, channel: VerificationChannel): boolean {
  if (purpose === VerificationPurpose.BindMobile) return channel === 'sms';
  if (purpose === VerificationPurpose.BindEmail) return channel === 'email';
  return true;
}
