import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppEntity } from './app.entity';

@Injectable()
export class AppsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(app: Pick<AppEntity, 'id' | 'name' | 'secret'>): Promise<AppEntity> {
    const repository = this.dataSource.getRepository(AppEntity);
    await repository.insert(app);
    return repository.findOneByOrFail({ id: app.id });
  }

  findById(appId: string): Promise<AppEntity | null> {
    return this.dataSource.getRepository(AppEntity).findOneBy({ id: appId });
  }

  /** Every app, oldest first: the operator's view across tenants (apps list). */
  listAll(): Promise<AppEntity[]> {
    return this.dataSource.getRepository(AppEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async count(): Promise<number> {
    return this.dataSource.getRepository(AppEntity).count();
  }

  async setRegistrationOpen(appId: string, open: boolean): Promise<boolean> {
    const result = await this.dataSource.getRepository(AppEntity).update({ id: appId }, { registrationOpen: open });
    return (result.affected ?? 0) > 0;
  }

  async setMaxGroups(appId: string, maxGroups: number | null): Promise<boolean> {
    const result = await this.dataSource.getRepository(AppEntity).update({ id: appId }, { maxGroups });
    return (result.affected ?? 0) > 0;
  }
}
