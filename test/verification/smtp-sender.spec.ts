import { SendFailedError, SenderCredential, SenderVendor } from '../../src/verification/senders/code-sender';
import { SmtpSender } from '../../src/verification/senders/smtp/smtp.sender';
import { SmtpStub, startSmtpStub } from './smtp-stub';

describe(SmtpSender.name, () => {
  let stub: SmtpStub;
  const sender = new SmtpSender();
  const credential = (version: number, password: string): SenderCredential => ({
    appId: 'app-1',
    channel: 'email',
    vendor: SenderVendor.Smtp,
    version,
    settings: { host: '127.0.0.1', port: String(stub.port), from: 'MyApp <no-reply@myapp.test>', user: 'mailer' },
    secret: password,
  });
  const message = { to: 'alice@example.test', code: '482913', minutes: 5, text: 'Your verification code is 482913.', subject: '验证码', templateId: null };

  beforeAll(async () => {
    stub = await startSmtpStub({ user: 'mailer', password: 'smtp-password' });
  });
  afterAll(async () => {
    sender.onModuleDestroy();
    await stub.close();
  });

  it('logs in and mails the code with the subject, from the configured sender', async () => {
    await sender.send(credential(1, 'smtp-password'), message);
    expect(stub.mails).toHaveLength(1);
    expect(stub.mails[0].from).toBe('no-reply@myapp.test');
    expect(stub.mails[0].to).toEqual(['alice@example.test']);
    expect(stub.mails[0].raw).toContain('Subject: =?UTF-8?');
    expect(stub.lastCode('alice@example.test')).toBe('482913');
  });

  it('fails with SendFailedError when the server refuses the login, and picks up a changed password (new version)', async () => {
    await expect(sender.send(credential(2, 'wrong'), message)).rejects.toBeInstanceOf(SendFailedError);
    expect(stub.refusedLogins).toEqual(['mailer']);
    await sender.send(credential(3, 'smtp-password'), message);
    expect(stub.mails).toHaveLength(2);
  });
});
