import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { CodeMessage, CodeSender, SendFailedError, SenderCredential, SenderVendor } from '../code-sender';

/**
 * Email through an SMTP server (nodemailer). Settings: host, port, from, and optional user (the
 * password is the secret) and secure ("true" for implicit TLS, else STARTTLS when offered).
 * Transports are pooled per app and sender version, not built per mail.
 */
@Injectable()
export class SmtpSender implements CodeSender, OnModuleDestroy {
  readonly vendor = SenderVendor.Smtp;
  readonly requiredSettings = ['host', 'port', 'from'] as const;
  readonly needsSecret = false;
  readonly usesTemplateId = false;
  private readonly transports = new Map<string, { version: number; transport: Transporter }>();

  onModuleDestroy(): void {
    for (const { transport } of this.transports.values()) transport.close();
    this.transports.clear();
  }

  async send(credential: SenderCredential, message: CodeMessage): Promise<void> {
    try {
      await this.transportFor(credential).sendMail({ from: credential.settings.from, to: message.to, subject: message.subject, text: message.text });
    } catch (error) {
      throw new SendFailedError(`smtp: ${(error as Error).message}`);
    }
  }

  private transportFor(credential: SenderCredential): Transporter {
    const cached = this.transports.get(credential.appId);
    if (cached && cached.version === credential.version) return cached.transport;
    cached?.transport.close();
    const { host, port, secure, user } = credential.settings;
    const transport = createTransport({
      pool: true,
      host,
      port: Number(port),
      secure: secure === 'true',
      auth: user ? { user, pass: credential.secret ?? '' } : undefined,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
    this.transports.set(credential.appId, { version: credential.version, transport });
    return transport;
  }
}
