import { Injectable } from '@nestjs/common';
import type { ActivityNotification } from '@herald/contracts';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { ApiKeyRepository, FoundNotification, TemplateRepository, UserRepository } from '@herald/persistence';
import { nextPrintRunOf } from './next-print-run';

/** Names a service's templates, API keys and team members for many rows, each looked up once. */
export interface RowNames {
  describe(row: FoundNotification): Promise<ActivityNotification>;
}

/** Turns found notifications into the activity page's and the download's rows: template name, who sent it, the next print run. */
@Injectable()
export class ActivityRows {
  constructor(
    private readonly templates: TemplateRepository,
    private readonly apiKeys: ApiKeyRepository,
    private readonly users: UserRepository,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  /** A letter not yet with the print provider: when the next print run starts (ISO); null otherwise. */
  nextPrintRunOf(channel: string, status: string, now: Date = new Date()): string | null {
    return nextPrintRunOf(channel, status, this.config.print, now);
  }

  /** Names for one request's rows: templates and keys read once, each team member once. */
  async namesFor(serviceId: string, now: Date = new Date()): Promise<RowNames> {
    const [templates, keys] = await Promise.all([this.templates.listForAdmin(serviceId, { includeArchived: true }), this.apiKeys.listForService(serviceId)]);
    const templateNames = new Map(templates.map((t) => [t.id, t.name]));
    const keyNames = new Map(keys.map((k) => [k.id, k.name]));
    const people = new Map<string, Promise<string | null>>();
    const personName = (userId: string): Promise<string | null> => {
      if (!people.has(userId))
        people.set(
          userId,
          this.users.findById(userId).then((user) => user?.name ?? null),
        );
      return people.get(userId) as Promise<string | null>;
    };
    return {
      describe: async (row) => ({
        id: row.id,
        channel: row.channel,
        status: row.status,
        recipient: row.recipient,
        reference: row.clientReference,
        templateId: row.templateId,
        templateName: templateNames.get(row.templateId) ?? null,
        fromTestKey: row.keyType === 'test',
        jobId: row.jobId,
        sentBy: await sentBy(row, keyNames, personName),
        nextPrintRun: this.nextPrintRunOf(row.channel, row.status, now),
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt?.toISOString() ?? null,
      }),
    };
  }
}

/** The team member's name (one message or a bulk send from the admin), else the API key's. */
async function sentBy(row: FoundNotification, keyNames: Map<string, string>, personName: (userId: string) => Promise<string | null>): Promise<string> {
  if (row.createdById) return (await personName(row.createdById)) ?? 'A former team member';
  if (row.apiKeyId) {
    const name = keyNames.get(row.apiKeyId);
    return name ? `API key ${name}` : 'A deleted API key';
  }
  return 'Herald';
}
