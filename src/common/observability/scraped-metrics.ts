import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue } from 'bullmq';
import type { Pool } from 'pg';
import { Counter, Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { statementsSentTotal } from '../database/preparing-client';
import { Metrics } from './metrics.service';

/**
 * Gauges read from where the numbers already live, at each scrape: the job counts of every BullMQ
 * queue some module registered (from the queue backend, Redis or PostgreSQL) and the main
 * PostgreSQL pool.
 */
@Injectable()
export class ScrapedMetrics implements OnApplicationBootstrap {
  private readonly queues: Queue[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly dataSource: DataSource,
    private readonly metrics: Metrics,
  ) {}

  onApplicationBootstrap(): void {
    const seen = new Set<string>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as unknown;
      if (instance instanceof Queue && !seen.has(instance.name)) {
        seen.add(instance.name);
        this.queues.push(instance);
      }
    }
    const queues = this.queues;
    new Gauge({
      name: 'im_queue_jobs',
      help: 'BullMQ jobs per queue and state (waiting, active, delayed, failed…), read from the queue backend when scraped',
      labelNames: ['queue', 'state'] as const,
      registers: [this.metrics.registry],
      async collect() {
        this.reset();
        const perQueue = await Promise.all(queues.map(async (queue) => ({ name: queue.name, counts: await queue.getJobCounts().catch(() => null) })));
        for (const { name, counts } of perQueue) {
          for (const [state, count] of Object.entries(counts ?? {})) this.set({ queue: name, state }, count);
        }
      },
    });
    const pool = () => (this.dataSource.driver as unknown as { master?: Pool }).master;
    new Gauge({
      name: 'im_pg_pool_connections',
      help: 'Connections of the main PostgreSQL pool: in use, idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers: [this.metrics.registry],
      collect() {
        const master = pool();
        if (!master) return;
        this.set({ state: 'in_use' }, master.totalCount - master.idleCount);
        this.set({ state: 'idle' }, master.idleCount);
        this.set({ state: 'waiting' }, master.waitingCount);
      },
    });
    new Counter({
      name: 'im_db_statements_total',
      help: 'Statements sent to PostgreSQL by the main pool (BEGIN and COMMIT included; counted with DATABASE_PREPARED_STATEMENTS on)',
      registers: [this.metrics.registry],
      collect() {
        this.reset();
        this.inc(statementsSentTotal());
      },
    });
  }
}
