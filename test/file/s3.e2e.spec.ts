import { createHmac } from 'node:crypto';
import { Clock } from '../../src/common/clock';
import { loadConfig } from '../../src/common/config/config';
import { FileStorage } from '../../src/file/storage/file-storage';
import { S3FileStorage } from '../../src/file/storage/s3-file.storage';
import { sigV4SigningKey } from '../../src/file/storage/s3-post-policy';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { fetchDownload, fileTestConfig } from './fixtures';

const S3 = {
  endpoint: 'http://minio.test:9000',
  bucket: 'im-bucket',
  region: 'eu-central-1',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  forcePathStyle: true,
};
const NOW = new Date('2030-03-01T12:00:00Z');

describe(S3FileStorage.name, () => {
  it('derives SigV4 signing keys as AWS documents them', () => {
    // AWS "Examples of how to derive a signing key for Signature Version 4".
    expect(sigV4SigningKey('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20120215', 'us-east-1', 'iam').toString('hex')).toBe(
      'f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d',
    );
  });

  it('addresses the bucket path-style for MinIO and virtual-hosted on AWS', () => {
    const settings = loadConfig({}).files;
    const clock = new Clock();
    expect(new S3FileStorage({ ...settings, s3: S3 }, clock).bucketUrl()).toBe('http://minio.test:9000/im-bucket');
    expect(new S3FileStorage({ ...settings, s3: { ...S3, endpoint: null, forcePathStyle: false } }, clock).bucketUrl()).toBe('https://im-bucket.s3.eu-central-1.amazonaws.com');
    expect(new S3FileStorage({ ...settings, s3: { ...S3, endpoint: 'https://r2.example.com', forcePathStyle: false } }, clock).bucketUrl()).toBe('https://im-bucket.r2.example.com');
  });

  describe('through the API (no network: only the URLs and signatures it produces)', () => {
    let server: TestServer;
    let app: Tenant;
    let alice: TestUser;
    let bob: TestUser;

    beforeAll(async () => {
      server = await startTestServer(fileTestConfig({ storage: 's3', s3: S3 }));
      app = await createTenant(server, 's3 app');
      [alice, bob] = await Promise.all([createUser(server, app), createUser(server, app)]);
      jest.spyOn(server.app.get(Clock), 'now').mockReturnValue(NOW);
    });
    afterAll(async () => {
      jest.restoreAllMocks();
      await server.close();
    });

    it('answers a presigned POST whose policy pins the bucket, the key and the size limit, signed with the configured key', async () => {
      expect(server.app.get(FileStorage)).toBeInstanceOf(S3FileStorage);
      const answer = await server.request({ url: `/file/upload/chat?file_type=102&to_id=${bob.userId}`, appId: app.appId, token: alice.token });
      const { upload_url, upload_method, oss_body_param: fields, download_url } = answer.body.data;
      expect(upload_url).toBe('http://minio.test:9000/im-bucket');
      expect(upload_method).toBe('POST');
      expect(download_url).toMatch(/^http:\/\/files\.test\/file\/download\/chat\?file_sign=/);
      expect(fields).toEqual({
        key: expect.stringMatching(new RegExp(`^${app.appId}/chat/[0-9a-f]{32}$`)),
        'x-amz-algorithm': 'AWS4-HMAC-SHA256',
        'x-amz-credential': 'AKIDEXAMPLE/20300301/eu-central-1/s3/aws4_request',
        'x-amz-date': '20300301T120000Z',
        policy: expect.any(String),
        'x-amz-signature': expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const policy = JSON.parse(Buffer.from(fields.policy, 'base64').toString());
      expect(policy).toEqual({
        expiration: new Date(NOW.getTime() + server.config.files.urlTtlSeconds * 1000).toISOString(),
        conditions: [
          { bucket: 'im-bucket' },
          { key: fields.key },
          ['content-length-range', 0, server.config.files.maxImageBytes],
          ['starts-with', '$Content-Type', ''],
          { 'x-amz-algorithm': 'AWS4-HMAC-SHA256' },
          { 'x-amz-credential': 'AKIDEXAMPLE/20300301/eu-central-1/s3/aws4_request' },
          { 'x-amz-date': '20300301T120000Z' },
        ],
      });
      const expected = createHmac('sha256', sigV4SigningKey(S3.secretAccessKey, '20300301', 'eu-central-1', 's3')).update(fields.policy).digest('hex');
      expect(fields['x-amz-signature']).toBe(expected);
    });

    it('answers a download with 302 to a presigned GET that repeats the safe headers', async () => {
      const answer = await server.request({ url: `/file/upload/chat?file_type=100&to_id=${bob.userId}`, appId: app.appId, token: alice.token });
      const key = answer.body.data.oss_body_param.key.slice(app.appId.length + 1);
      await server.sql(`UPDATE file_objects SET state = 'stored', size = 5, content_type = 'application/pdf', file_name = 'plan.pdf' WHERE app_id = $1 AND object_key = $2`, [app.appId, key]);
      const download = await fetchDownload(server, app.appId, answer.body.data.download_url, bob);
      expect(download.statusCode).toBe(302);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      const location = new URL(download.headers.location as string);
      expect(`${location.origin}${location.pathname}`).toBe(`http://minio.test:9000/im-bucket/${app.appId}/chat/${key.split('/')[1]}`);
      expect(Object.fromEntries(location.searchParams)).toMatchObject({
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Credential': 'AKIDEXAMPLE/20300301/eu-central-1/s3/aws4_request',
        'X-Amz-Date': '20300301T120000Z',
        'X-Amz-Expires': String(server.config.files.urlTtlSeconds),
        'X-Amz-Signature': expect.stringMatching(/^[0-9a-f]{64}$/),
        'response-content-type': 'application/pdf',
        'response-content-disposition': `attachment; filename="plan.pdf"; filename*=UTF-8''plan.pdf`,
      });
      const stranger = await createUser(server, app);
      expect((await fetchDownload(server, app.appId, answer.body.data.download_url, stranger)).json().code).toBe(10010);
    });

    it('refuses to start without the bucket or credentials when FILE_STORAGE=s3', () => {
      expect(() => loadConfig({ FILE_STORAGE: 's3', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b' })).toThrow(
        'configuration error: S3_BUCKET="" is invalid: required when FILE_STORAGE=s3',
      );
      expect(() => loadConfig({ FILE_STORAGE: 'gcs' })).toThrow('configuration error: FILE_STORAGE="gcs" is invalid: expected local or s3');
    });
  });
});
