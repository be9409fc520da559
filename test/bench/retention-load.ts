import { join } from 'node:path';
import { BenchTarget } from './bench-target';
import { IpcChild } from './ipc-child';
import type { LoadAnswer, LoadOrder, SteadyLoadFigures } from './retention-load-child';

export type { SteadyLoadFigures } from './retention-load-child';

/** Single email sends at a fixed light rate, made by a load process of its own (retention-load-child.ts), until `stop()` or the time limit. */
export class SteadyLoad {
  private constructor(private readonly child: IpcChild<LoadOrder, LoadAnswer>) {}

  static async start(target: BenchTarget, ratePerSecond: number, maxSeconds: number): Promise<SteadyLoad> {
    const child = IpcChild.fork<LoadOrder, LoadAnswer>('The load process', join(__dirname, 'retention-load-child.js'));
    const body = {
      template_id: target.templateIds.email,
      email_address: 'bench.recipient@example.com',
      personalisation: { name: 'Jo Bloggs', date: 'Monday 3 March' },
      reference: 'herald-bench-retention',
    };
    child.tell({
      kind: 'start',
      url: `${target.baseUrl}/v2/notifications/email`,
      body: JSON.stringify(body),
      ratePerSecond,
      maxSeconds,
      context: { serviceId: target.key.serviceId, secret: target.key.secret },
    });
    await child.next('started');
    return new SteadyLoad(child);
  }

  /** Sends for `seconds`, then reports. */
  static async run(target: BenchTarget, ratePerSecond: number, seconds: number): Promise<SteadyLoadFigures> {
    return (await SteadyLoad.start(target, ratePerSecond, seconds)).figures();
  }

  stop(): void {
    this.child.tell({ kind: 'stop' });
  }

  async figures(): Promise<SteadyLoadFigures> {
    const { kind: _answer, ...figures } = await this.child.next('figures');
    return figures;
  }

  kill(): void {
    this.child.kill();
  }
}
