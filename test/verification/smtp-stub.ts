import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface StubMail {
  from: string;
  to: string[];
  raw: string;
}

export interface SmtpStub {
  port: number;
  mails: StubMail[];
  /** Logins the stub refused (wrong user or password). */
  refusedLogins: string[];
  /** The 6-digit code in the last mail to `to`. */
  lastCode(to: string): string;
  close(): Promise<void>;
}

/** A local SMTP server (smtp-server) that takes mail only after AUTH with the given user and password. */
export async function startSmtpStub(options: { user: string; password: string }): Promise<SmtpStub> {
  const mails: StubMail[] = [];
  const refusedLogins: string[] = [];
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password) return callback(null, { user: auth.username });
      refusedLogins.push(String(auth.username));
      return callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    mails,
    refusedLogins,
    lastCode(to) {
      const mail = [...mails].reverse().find((sent) => sent.to.includes(to));
      const code = /\b\d{6}\b/.exec(mail?.raw.split(/\r?\n\r?\n/).slice(1).join('\n') ?? '')?.[0];
      if (!code) throw new Error(`no code was mailed to ${to}`);
      return code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
