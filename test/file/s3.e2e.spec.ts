import { createHmac } from 'node:crypto';
import { Clock } from '../../src/common/clock';
import { loadConfig } from '../../src/common/config/config';
import { FileStorage } from '../../src/file/storage/file-storage';
import { S3FileStorage } from '../../src/file/storage/s3-file.storage';
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

/** AWS Signature Version 4 signing key: HMAC chain over date, region, service and "aws4_request". */
function sigV4SigningKey(secretAccessKey: string, shortDate: string, region: string, service: string): Buffer {
  const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
  return hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, shortDate), region), service), 'aws4_request');
}

describe(S3FileStorage.name, () => {
  it('checks its own SigV4 key derivation against the example AWS publishes', () => {
    // AWS "Examples of how to derive a signing key for Signature Version 4".
    expect(sigV4SigningKey('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20120215', 'us-east-1', 'iam').toString('hex')).toBe(
      'f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d',
    );
  });

  it('uses the AWS default credential chain when S3_ACCESS_KEY_ID is unset, and static keys otherwise', async () => {
    const settings = loadConfig({ FILE_STORAGE: 's3', S3_BUCKET: 'b' }).files;
    expect(settings.s3).toMatchObject({ accessKeyId: '', secretAccessKey: '' });
    const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
    process.env.AWS_ACCESS_KEY_ID = 'AKIDFROMTHEENVIRONMENT';
    process.env.AWS_SECRET_ACCESS_KEY = 'secret-from-the-environment';
    try {
      const fromChain = await new S3FileStorage(settings, new Clock()).client.config.credentials();
      expect(fromChain).toMatchObject({ accessKeyId: 'AKIDFROMTHEENVIRONMENT', secretAccessKey: 'secret-from-the-environment' });
      const fromKeys = await new S3FileStorage({ ...settings, s3: S3 }, new Clock()).client.config.credentials();
      expect(fromKeys).toMatchObject({ accessKeyId: S3.accessKeyId, secretAccessKey: S3.secretAccessKey });
    } finally {
      for (const [name, value] of [['AWS_ACCESS_KEY_ID', saved.id], ['AWS_SECRET_ACCESS_KEY', saved.secret]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    expect(() => loadConfig({ FILE_STORAGE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'a' })).toThrow(
      'configuration error: S3_SECRET_ACCESS_KEY="" is invalid: required when FILE_STORAGE=s3',
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
      const credential = expect.stringMatching(/^AKIDEXAMPLE\/\d{8}\/eu-central-1\/s3\/aws4_request$/);
      expect(fields).toEqual({
        bucket: 'im-bucket',
        key: expect.stringMatching(new RegExp(`^${app.appId}/chat/[0-9a-f]{32}$`)),
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Credential': credential,
        'X-Amz-Date': expect.stringMatching(/^\d{8}T\d{6}Z$/),
        Policy: expect.any(String),
        'X-Amz-Signature': expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const policy = JSON.parse(Buffer.from(fields.Policy, 'base64').toString());
      expect(policy).toEqual({
        expiration: expect.any(String),
        conditions: [
          ['content-length-range', 0, server.config.files.maxImageBytes],
          ['starts-with', '$Content-Type', ''],
          { bucket: 'im-bucket' },
          { 'X-Amz-Algorithm': 'AWS4-HMAC-SHA256' },
          { 'X-Amz-Credential': fields['X-Amz-Credential'] },
          { 'X-Amz-Date': fields['X-Amz-Date'] },
          { key: fields.key },
        ],
      });
      const signedAt = Date.parse(fields['X-Amz-Date'].replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
      expect(Date.parse(policy.expiration) - signedAt).toBe(server.config.files.urlTtlSeconds * 1000);
      const shortDate = fields['X-Amz-Date'].slice(0, 8);
      const expected = createHmac('sha256', sigV4SigningKey(S3.secretAccessKey, shortDate, 'eu-central-1', 's3')).update(fields.Policy).digest('hex');
      expect(fields['X-Amz-Signature']).toBe(expected);
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
