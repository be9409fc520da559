import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { HeraldMetrics } from './herald-metrics';

/** `/metrics`, in Prometheus's text format. */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: HeraldMetrics) {}

  @Get()
  async scrape(@Res() reply: FastifyReply): Promise<void> {
    const { contentType, body } = await this.metrics.exposition();
    await reply.header('Content-Type', contentType).send(body);
  }
}
