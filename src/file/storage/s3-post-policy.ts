import { createHmac } from 'node:crypto';

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** AWS Signature Version 4 signing key: HMAC chain over date, region, service and "aws4_request". */
export function sigV4SigningKey(secretAccessKey: string, shortDate: string, region: string, service: string): Buffer {
  const dateKey = createHmac('sha256', `AWS4${secretAccessKey}`).update(shortDate).digest();
  const regionKey = createHmac('sha256', dateKey).update(region).digest();
  const serviceKey = createHmac('sha256', regionKey).update(service).digest();
  return createHmac('sha256', serviceKey).update('aws4_request').digest();
}

/** `20300301T000000Z` and `20300301` for a moment. */
export function amzDates(at: Date): { amzDate: string; shortDate: string } {
  const amzDate = at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return { amzDate, shortDate: amzDate.slice(0, 8) };
}

export interface PostPolicyInput {
  bucket: string;
  key: string;
  region: string;
  credentials: S3Credentials;
  maxBytes: number;
  now: Date;
  expiresAt: Date;
}

/**
 * The form fields of a browser-based S3 upload (HTTP POST with a SigV4-signed policy): the policy
 * pins the bucket and the exact key, allows 0..maxBytes bytes (S3 refuses larger bodies itself),
 * and expires with the upload URL. The AWS SDK v3 has no POST signer in the packages we ship
 * (@aws-sdk/s3-presigned-post is not a dependency), and the algorithm is a few HMACs.
 */
export function s3PostPolicyFields(input: PostPolicyInput): Record<string, string> {
  const { amzDate, shortDate } = amzDates(input.now);
  const credential = `${input.credentials.accessKeyId}/${shortDate}/${input.region}/s3/aws4_request`;
  const policy = {
    expiration: input.expiresAt.toISOString(),
    conditions: [
      { bucket: input.bucket },
      { key: input.key },
      ['content-length-range', 0, input.maxBytes],
      ['starts-with', '$Content-Type', ''],
      { 'x-amz-algorithm': 'AWS4-HMAC-SHA256' },
      { 'x-amz-credential': credential },
      { 'x-amz-date': amzDate },
    ],
  };
  const encodedPolicy = Buffer.from(JSON.stringify(policy)).toString('base64');
  const signature = createHmac('sha256', sigV4SigningKey(input.credentials.secretAccessKey, shortDate, input.region, 's3'))
    .update(encodedPolicy)
    .digest('hex');
  return {
    key: input.key,
    'x-amz-algorithm': 'AWS4-HMAC-SHA256',
    'x-amz-credential': credential,
    'x-amz-date': amzDate,
    policy: encodedPolicy,
    'x-amz-signature': signature,
  };
}
