import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import Redis from 'ioredis';
import { APP_DATA_SOURCE } from '@yntymak/database';
import { Draining, GATEWAY_REDIS } from './tokens';

interface Check {
  status: 'up' | 'down';
  error?: string;
}

async function check(fn: () => Promise<unknown>): Promise<Check> {
  try {
    await Promise.race([fn(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 2 s')), 2000))]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  }
}

/**
 * Liveness says the process answers. Readiness says it can serve: Postgres must answer. Redis is
 * reported but does not make the gateway unready: without it writes still commit and their events
 * wait in the outbox (alerts are late, not lost).
 */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(APP_DATA_SOURCE) private readonly db: DataSource,
    @Inject(GATEWAY_REDIS) private readonly redis: Redis,
    private readonly draining: Draining,
  ) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    if (this.draining.active) {
      res.status(503);
      return { status: 'shutting-down' };
    }
    const [postgres, redis] = await Promise.all([check(() => this.db.query('SELECT 1')), check(() => this.redis.ping())]);
    const ready = postgres.status === 'up';
    res.status(ready ? 200 : 503);
    return { status: !ready ? 'unavailable' : redis.status === 'up' ? 'ok' : 'degraded', checks: { postgres, redis } };
  }
}
