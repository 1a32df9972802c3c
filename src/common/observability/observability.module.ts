import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Metrics } from './metrics.service';
import { ScrapedMetrics } from './scraped-metrics';
import { MetricsServer } from './operations.routes';
import { ReadinessRepository } from './readiness.repository';
import { ReadinessService } from './readiness.service';

/** Probes and Prometheus metrics (README.md "Operations"); Metrics is global so every module records into it. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [Metrics, ScrapedMetrics, ReadinessRepository, ReadinessService, MetricsServer],
  exports: [Metrics, ReadinessService],
})
export class ObservabilityModule {}
