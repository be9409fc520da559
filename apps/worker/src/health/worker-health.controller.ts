import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { WorkerHealth, WorkerHealthService } from './worker-health.service';

/** The standalone worker's health checks, on WORKER_PORT. */
@Controller('_status')
export class WorkerHealthController {
  constructor(private readonly health: WorkerHealthService) {}

  @Get()
  live(): WorkerHealth {
    return this.health.live();
  }

  @Get('ready')
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const health = await this.health.ready();
    await reply.status(health.status === 'ok' ? 200 : 503).send(health);
  }
}
