import { ApiResponse, createTenant, Tenant, TestServer } from '../server';
import { SmsStub } from './sms-stubs';
import { SmtpStub } from './smtp-stub';

let mobileCounter = 0;

/** A fresh mainland mobile number per call (unique in the run of one test file). */
export function newMobile(): string {
  return `139${String(process.pid % 100).padStart(2, '0')}${String(++mobileCounter).padStart(6, '0')}`;
}

export interface VerificationHarness {
  server: TestServer;
  sms: SmsStub;
  smtp: SmtpStub;
}

/** A fresh app whose SMS go to the Yunpian stub and whose mail goes to the SMTP stub, with the policies given. */
export async function verifyingTenant(harness: VerificationHarness, settings: Record<string, unknown> = {}): Promise<Tenant> {
  const tenant = await createTenant(harness.server);
  const admin = (body: object, url = '/user/verification/sender') => harness.server.request({ method: 'POST', url, appId: tenant.appId, token: tenant.adminToken, body });
  const answers = [
    await admin({ channel: 'sms', vendor: 'yunpian', secret: 'yp-key', templates: { en: { text: '【MyApp】Your code is {code}, valid {minutes} minutes.' }, zh: { text: '【MyApp】验证码 {code}，{minutes} 分钟内有效。' } } }),
    await admin({ channel: 'email', vendor: 'smtp', settings: { host: '127.0.0.1', port: String(harness.smtp.port), from: 'no-reply@myapp.test', user: 'mailer' }, secret: 'smtp-password' }),
    await admin(settings, '/user/verification/settings'),
  ];
  for (const answer of answers) if (answer.body.code !== 200) throw new Error(`setting up the app failed: ${JSON.stringify(answer.body)}`);
  return tenant;
}

export function sendCode(server: TestServer, tenant: Tenant, body: object, remoteAddress?: string): Promise<ApiResponse> {
  return server.request({ method: 'POST', url: '/user/send_code', appId: tenant.appId, body, remoteAddress });
}

/** Sends a code to the mobile (or email) and reads it from the vendor stub. */
export async function codeFor(harness: VerificationHarness, tenant: Tenant, purpose: string, destination: { mobile: string } | { email: string }): Promise<string> {
  const sent = await sendCode(harness.server, tenant, { purpose, ...destination });
  if (sent.body.code !== 200) throw new Error(`send_code failed: ${JSON.stringify(sent.body)}`);
  return 'mobile' in destination ? harness.sms.lastCode(destination.mobile) : harness.smtp.lastCode(destination.email.toLowerCase());
}

/** A verification token of the purpose for the destination, through send_code and verify_code. */
export async function tokenFor(harness: VerificationHarness, tenant: Tenant, purpose: string, destination: { mobile: string } | { email: string }): Promise<string> {
  const code = await codeFor(harness, tenant, purpose, destination);
  const verified = await harness.server.request({ method: 'POST', url: '/user/verify_code', appId: tenant.appId, body: { purpose, ...destination, code } });
  if (verified.body.code !== 200) throw new Error(`verify_code failed: ${JSON.stringify(verified.body)}`);
  return verified.body.data.verification_token;
}
