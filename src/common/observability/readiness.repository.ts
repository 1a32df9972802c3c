import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The two questions readiness asks PostgreSQL; no app is involved, so no query names one. */
@Injectable()
export class ReadinessRepository {
  constructor(private readonly dataSource: DataSource) {}

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  /** Whether some migration this build knows has not been applied to the database. */
  hasPendingMigrations(): Promise<boolean> {
    return this.dataSource.showMigrations();
  }
}
