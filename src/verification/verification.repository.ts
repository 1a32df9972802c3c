import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { VerificationChannel, VerificationPolicy, VerificationPurpose } from './verification.types';

export interface StoredVerificationSettings {
  policies: Partial<Record<VerificationPurpose, VerificationPolicy>>;
  captchaBeforeSend: boolean;
  captchaAfterFailedLogins: number | null;
  signupByCode: boolean;
}

/** Per language: `text` for free-text vendors and email, `template_id` for template vendors, `subject` for email. */
export type SenderTemplates = Record<string, { text?: string; template_id?: string; subject?: string }>;

export interface StoredSender {
  vendor: string;
  settings: Record<string, string>;
  sealedSecret: string | null;
  templates: SenderTemplates;
  version: number;
}

export interface StoredCode {
  codeHash: string;
  checks: number;
  sentAt: Date;
  expiresAt: Date;
}

/** Every read and write of verification state; each names its app. */
@Injectable()
export class VerificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findSettings(appId: string): Promise<StoredVerificationSettings | null> {
    const rows = await this.dataSource.query(
      `SELECT policies, captcha_before_send AS "captchaBeforeSend", captcha_after_failed_logins AS "captchaAfterFailedLogins", signup_by_code AS "signupByCode"
         FROM verification_settings WHERE app_id = $1`,
      [appId],
    );
    return rows[0] ?? null;
  }

  async saveSettings(appId: string, settings: StoredVerificationSettings): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO verification_settings (app_id, policies, captcha_before_send, captcha_after_failed_logins, signup_by_code)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (app_id) DO UPDATE SET policies = $2, captcha_before_send = $3, captcha_after_failed_logins = $4, signup_by_code = $5, updated_at = now()`,
      [appId, JSON.stringify(settings.policies), settings.captchaBeforeSend, settings.captchaAfterFailedLogins, settings.signupByCode],
    );
  }

  async findSender(appId: string, channel: VerificationChannel): Promise<StoredSender | null> {
    const rows = await this.dataSource.query(
      `SELECT vendor, settings, sealed_secret AS "sealedSecret", templates, version FROM verification_senders WHERE app_id = $1 AND channel = $2`,
      [appId, channel],
    );
    return rows[0] ?? null;
  }

  async saveSender(appId: string, channel: VerificationChannel, sender: Omit<StoredSender, 'version'>): Promise<number> {
    const rows = await this.dataSource.query(
      `INSERT INTO verification_senders (app_id, channel, vendor, settings, sealed_secret, templates)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (app_id, channel) DO UPDATE
         SET vendor = $3, settings = $4, sealed_secret = $5, templates = $6, version = verification_senders.version + 1, updated_at = now()
       RETURNING version`,
      [appId, channel, sender.vendor, JSON.stringify(sender.settings), sender.sealedSecret, JSON.stringify(sender.templates)],
    );
    return rows[0].version;
  }

  async deleteSender(appId: string, channel: VerificationChannel): Promise<boolean> {
    const result = await this.dataSource.query(`DELETE FROM verification_senders WHERE app_id = $1 AND channel = $2`, [appId, channel]);
    return result[1] > 0;
  }

  async findCode(appId: string, purpose: VerificationPurpose, destination: string): Promise<StoredCode | null> {
    const rows = await this.dataSource.query(
      `SELECT code_hash AS "codeHash", checks, sent_at AS "sentAt", expires_at AS "expiresAt"
         FROM verification_codes WHERE app_id = $1 AND purpose = $2 AND destination = $3`,
      [appId, purpose, destination],
    );
    return rows[0] ?? null;
  }

  /** Stores a new code unless one was sent to the destination after `resendCutoff`; false when that one stands. */
  async replaceCode(appId: string, purpose: VerificationPurpose, destination: string, codeHash: string, sentAt: Date, expiresAt: Date, resendCutoff: Date): Promise<boolean> {
    const rows = await this.dataSource.query(
      `INSERT INTO verification_codes (app_id, purpose, destination, code_hash, checks, sent_at, expires_at)
       VALUES ($1, $2, $3, $4, 0, $5, $6)
       ON CONFLICT (app_id, purpose, destination) DO UPDATE SET code_hash = $4, checks = 0, sent_at = $5, expires_at = $6
         WHERE verification_codes.sent_at <= $7
       RETURNING 1`,
      [appId, purpose, destination, codeHash, sentAt, expiresAt, resendCutoff],
    );
    return rows.length > 0;
  }

  async deleteCode(appId: string, purpose: VerificationPurpose, destination: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM verification_codes WHERE app_id = $1 AND purpose = $2 AND destination = $3`, [appId, purpose, destination]);
  }

  /** Takes the live code when `codeHash` is it (true), else counts one check against it (false); one statement each, so concurrent guesses cannot overrun `maxChecks`. */
  async takeCode(appId: string, purpose: VerificationPurpose, destination: string, codeHash: string, now: Date, maxChecks: number): Promise<boolean> {
    // TypeORM answers DELETE and UPDATE with [rows, affected count].
    const [taken] = await this.dataSource.query(
      `DELETE FROM verification_codes
        WHERE app_id = $1 AND purpose = $2 AND destination = $3 AND code_hash = $4 AND checks < $5 AND expires_at > $6
       RETURNING 1`,
      [appId, purpose, destination, codeHash, maxChecks, now],
    );
    if (taken.length > 0) return true;
    await this.dataSource.query(
      `UPDATE verification_codes SET checks = checks + 1 WHERE app_id = $1 AND purpose = $2 AND destination = $3 AND checks < $4 AND expires_at > $5`,
      [appId, purpose, destination, maxChecks, now],
    );
    return false;
  }

  /** Counts one send in a daily bucket unless it already holds `limit`; false when the cap is reached. */
  async countSend(appId: string, scope: string, day: string, limit: number): Promise<boolean> {
    const rows = await this.dataSource.query(
      `INSERT INTO verification_send_counts (app_id, scope, day, sends) VALUES ($1, $2, $3, 1)
       ON CONFLICT (app_id, scope, day) DO UPDATE SET sends = verification_send_counts.sends + 1
         WHERE verification_send_counts.sends < $4
       RETURNING sends`,
      [appId, scope, day, limit],
    );
    return rows.length > 0;
  }

  async forgetSendCountsBefore(appId: string, day: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM verification_send_counts WHERE app_id = $1 AND day < $2`, [appId, day]);
  }

  async insertToken(appId: string, tokenHash: string, purpose: VerificationPurpose, destination: string, expiresAt: Date, now: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM verification_tokens WHERE app_id = $1 AND expires_at <= $2`, [appId, now]);
    await this.dataSource.query(
      `INSERT INTO verification_tokens (token_hash, app_id, purpose, destination, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [tokenHash, appId, purpose, destination, expiresAt],
    );
  }

  /** Deletes the token and answers its destination, when it is live and of `purpose`; null otherwise. */
  async takeToken(appId: string, tokenHash: string, purpose: VerificationPurpose, now: Date): Promise<string | null> {
    const [rows] = await this.dataSource.query(
      `DELETE FROM verification_tokens WHERE app_id = $1 AND token_hash = $2 AND purpose = $3 AND expires_at > $4 RETURNING destination`,
      [appId, tokenHash, purpose, now],
    );
    return rows[0]?.destination ?? null;
  }

  async insertCaptcha(appId: string, id: string, answerHash: string, expiresAt: Date, now: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM captchas WHERE app_id = $1 AND expires_at <= $2`, [appId, now]);
    await this.dataSource.query(`INSERT INTO captchas (id, app_id, answer_hash, expires_at) VALUES ($1, $2, $3, $4)`, [id, appId, answerHash, expiresAt]);
  }

  /** Deletes the captcha (right answer or not: one try each) and answers its hash when it was live. */
  async takeCaptcha(appId: string, id: string, now: Date): Promise<string | null> {
    const [rows] = await this.dataSource.query(`DELETE FROM captchas WHERE app_id = $1 AND id = $2 RETURNING answer_hash AS "answerHash", expires_at AS "expiresAt"`, [appId, id]);
    const row = rows[0];
    return row && new Date(row.expiresAt).getTime() > now.getTime() ? row.answerHash : null;
  }

  /** Whether a user of the app has this mobile, or this email (any case). */
  async accountExists(appId: string, channel: VerificationChannel, address: string): Promise<boolean> {
    const rows =
      channel === 'sms'
        ? await this.dataSource.query(`SELECT 1 FROM users WHERE app_id = $1 AND mobile = $2`, [appId, address])
        : await this.dataSource.query(`SELECT 1 FROM users WHERE app_id = $1 AND lower(email) = lower($2)`, [appId, address]);
    return rows.length > 0;
  }
}
