import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rethrowDuplicateKey } from '../common/database/duplicate-key';

/** A push_certificates row as stored: secrets still sealed. */
export interface StoredCertificate {
  id: number;
  appId: string;
  name: string;
  provider: number;
  environment: number;
  vendorAppId: string | null;
  appKey: string | null;
  appSecretSealed: string | null;
  certificateSealed: string | null;
  settings: Record<string, string>;
  version: number;
}

export type CertificateValues = Omit<StoredCertificate, 'id' | 'appId' | 'version'>;

const COLUMNS = `id, app_id AS "appId", name, provider, environment, vendor_app_id AS "vendorAppId", app_key AS "appKey",
  app_secret_sealed AS "appSecretSealed", certificate_sealed AS "certificateSealed", settings, version`;

@Injectable()
export class PushCertificateRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByName(appId: string, name: string): Promise<StoredCertificate | null> {
    const rows = await this.dataSource.query(`SELECT ${COLUMNS} FROM push_certificates WHERE app_id = $1 AND name = $2`, [appId, name]);
    return rows[0] ?? null;
  }

  async findByProvider(appId: string, provider: number, environment: number): Promise<StoredCertificate | null> {
    const rows = await this.dataSource.query(`SELECT ${COLUMNS} FROM push_certificates WHERE app_id = $1 AND provider = $2 AND environment = $3`, [
      appId,
      provider,
      environment,
    ]);
    return rows[0] ?? null;
  }

  /** name → provider of every certificate of the app (a handful per app). */
  async providersByName(appId: string): Promise<Map<string, number>> {
    const rows: { name: string; provider: number }[] = await this.dataSource.query(`SELECT name, provider FROM push_certificates WHERE app_id = $1`, [appId]);
    return new Map(rows.map((row) => [row.name, row.provider]));
  }

  async hasAny(appId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM push_certificates WHERE app_id = $1 LIMIT 1`, [appId]);
    return rows.length > 0;
  }

  /** Throws DuplicateKeyError (constraint push_certificates_app_name_key / _app_provider_env_key). */
  async insert(appId: string, values: CertificateValues): Promise<void> {
    try {
      await this.dataSource.query(
        `INSERT INTO push_certificates (app_id, name, provider, environment, vendor_app_id, app_key, app_secret_sealed, certificate_sealed, settings)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [appId, values.name, values.provider, values.environment, values.vendorAppId, values.appKey, values.appSecretSealed, values.certificateSealed, values.settings],
      );
    } catch (error) {
      rethrowDuplicateKey(error);
    }
  }

  /** Replaces the stored values and bumps the version (adapters drop clients cached for older versions). */
  async update(appId: string, id: number, values: CertificateValues): Promise<void> {
    try {
      await this.dataSource.query(
        `UPDATE push_certificates SET environment = $3, vendor_app_id = $4, app_key = $5, app_secret_sealed = $6, certificate_sealed = $7,
           settings = $8, version = version + 1, updated_at = now()
         WHERE app_id = $1 AND id = $2`,
        [appId, id, values.environment, values.vendorAppId, values.appKey, values.appSecretSealed, values.certificateSealed, values.settings],
      );
    } catch (error) {
      rethrowDuplicateKey(error);
    }
  }

  async delete(appId: string, name: string): Promise<boolean> {
    const result = await this.dataSource.query(`DELETE FROM push_certificates WHERE app_id = $1 AND name = $2`, [appId, name]);
    return result[1] > 0;
  }
}
