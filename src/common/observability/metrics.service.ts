import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Every Prometheus metric of the process, in a registry of its own (one per application: the tests
 * run several in one process, and prom-client's global registry refuses a name twice). Modules
 * record through the fields below; values that already live elsewhere are read when scraped
 * (ScrapedMetrics). Names and labels: README.md "Operations".
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'im_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status, from arrival to the last byte handed to the socket',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly liveSockets = new Gauge({
    name: 'im_realtime_sockets',
    help: 'Realtime sockets connected to this process (logged in or not yet)',
    registers: [this.registry],
  });

  readonly framesReceived = new Counter({
    name: 'im_realtime_frames_received_total',
    help: 'xsync frames received from sockets of this process',
    registers: [this.registry],
  });

  readonly framesSent = new Counter({
    name: 'im_realtime_frames_sent_total',
    help: 'xsync frames written to connections of this process: `reply` answers a frame of that connection, `delivery` is pushed to it (messages, notices, session ends)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly syncWaiting = new Gauge({
    name: 'im_realtime_sync_queue_depth',
    help: 'UNREAD and SYNC reads waiting for one of the REALTIME_SYNC_CONCURRENCY slots',
    registers: [this.registry],
  });

  readonly syncWait = new Histogram({
    name: 'im_realtime_sync_wait_seconds',
    help: 'How long UNREAD and SYNC reads waited for a slot before they ran',
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [this.registry],
  });

  readonly syncShed = new Counter({
    name: 'im_realtime_sync_shed_total',
    help: 'UNREAD and SYNC reads refused with RATE_LIMIT_EXCEEDED: the queue was full, or the read waited longer than a device waits',
    registers: [this.registry],
  });

  readonly pushDeliveries = new Counter({
    name: 'im_push_deliveries_total',
    help: 'Push deliveries settled, by channel (vendor or mxpush) and outcome (sent, failed, skipped, retry)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly fileSweepRemoved = new Counter({
    name: 'im_file_sweep_removed_total',
    help: 'What the file sweeper removed: `released` objects whose purge never ran, abandoned upload `reservations`',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Runs one UNREAD or SYNC read through `limit`, counting its wait. */
  async queuedRead<T>(limit: <R>(run: () => Promise<R>) => Promise<R>, read: () => Promise<T>): Promise<T> {
    const queuedAt = process.hrtime.bigint();
    this.syncWaiting.inc();
    let started = false;
    try {
      return await limit(() => {
        started = true;
        this.syncWaiting.dec();
        this.syncWait.observe(Number(process.hrtime.bigint() - queuedAt) / 1e9);
        return read();
      });
    } finally {
      if (!started) this.syncWaiting.dec();
    }
  }

  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
