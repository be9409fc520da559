import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { InvalidFieldsError, type FieldProblem, type PreferenceChange, type PreferenceSource, type RecipientPreferences } from '@herald/domain';
import { RecipientPreferenceChangeEntity } from '../entities/recipient-preference-change.entity';
import { RecipientPreferenceEntity } from '../entities/recipient-preference.entity';
import { applyUpdate, blankRow, GLOBAL_LAYER, PreferenceUpdate, toPreferences } from './recipient-preference-rows';

/**
 * R-PR-1: a person's choices per recipient key (never their address): a global layer and one
 * layer per service, each change written to the history with its old and new value in the same
 * transaction.
 */
@Injectable()
export class RecipientPreferenceRepository {
  private readonly layers: Repository<RecipientPreferenceEntity>;
  private readonly changes: Repository<RecipientPreferenceChangeEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.layers = dataSource.getRepository(RecipientPreferenceEntity);
    this.changes = dataSource.getRepository(RecipientPreferenceChangeEntity);
  }

  /** One entry per key with anything stored (its global layer and this service's), in one query: the router calls it for every message. */
  async load(keys: readonly string[], serviceId: string): Promise<RecipientPreferences[]> {
    if (!keys.length) return [];
    const rows = await this.layers.find({ where: { recipientKey: In([...new Set(keys)]), serviceId: In([GLOBAL_LAYER, serviceId]) } });
    return [...new Set(keys)]
      .filter((key) => rows.some((row) => row.recipientKey === key))
      .map((key) =>
        toPreferences(
          key,
          rows.find((row) => row.recipientKey === key && row.serviceId === GLOBAL_LAYER),
          rows.find((row) => row.recipientKey === key && row.serviceId === serviceId),
        ),
      );
  }

  /**
   * Applies a partial update to the global layer (`serviceId` null) or a service's layer; writes
   * one history row per field (or channel switch) that changed. Returns those history rows; an
   * update that changes nothing writes nothing.
   */
  async change(
    recipientKey: string,
    serviceId: string | null,
    update: PreferenceUpdate,
    source: PreferenceSource,
    actorId: string | null,
    at = new Date(),
  ): Promise<PreferenceChange[]> {
    const problems = layerProblems(serviceId, update);
    if (problems.length) throw new InvalidFieldsError(problems);
    const layer = serviceId ?? GLOBAL_LAYER;
    return this.dataSource.transaction(async (tx) => {
      const stored = await this.lockedLayer(tx, recipientKey, layer);
      const { row, changes } = applyUpdate(stored ?? blankRow(recipientKey, layer, source, at), update);
      if (!changes.length) return [];
      const when = await this.afterLastChange(tx, recipientKey, at);
      await tx.save(RecipientPreferenceEntity, { ...row, source, updatedAt: when });
      const history: RecipientPreferenceChangeEntity[] = changes.map((c) => ({
        id: randomUUID(),
        recipientKey,
        serviceId,
        field: c.field,
        oldValue: JSON.stringify(c.oldValue),
        newValue: JSON.stringify(c.newValue),
        source,
        actorId,
        at: when,
      }));
      await tx.insert(RecipientPreferenceChangeEntity, history);
      return history.map(toChange);
    });
  }

  /** Newest first. With a service: that service's layer and the global layer (what applies to its messages); without: everything. */
  async history(recipientKey: string, serviceId?: string): Promise<PreferenceChange[]> {
    const where =
      serviceId === undefined
        ? [{ recipientKey }]
        : [
            { recipientKey, serviceId },
            { recipientKey, serviceId: IsNull() },
          ];
    const rows = await this.changes.find({ where, order: { at: 'DESC', field: 'ASC' } });
    return rows.map(toChange);
  }

  // Two staff members changing the same person's layer at once must not lose one change; the
  // row may not exist yet, so PostgreSQL locks its key instead (SQLite runs one writer at a time).
  private async lockedLayer(tx: EntityManager, recipientKey: string, serviceId: string): Promise<RecipientPreferenceEntity | null> {
    if (this.dataSource.options.type === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`preferences:${recipientKey}`]);
    return tx.findOneBy(RecipientPreferenceEntity, { recipientKey, serviceId });
  }

  // The history is read newest first by time: a change made in the same millisecond as the last goes just after it.
  private async afterLastChange(tx: EntityManager, recipientKey: string, at: Date): Promise<Date> {
    const last = await tx.findOne(RecipientPreferenceChangeEntity, { where: { recipientKey }, order: { at: 'DESC' } });
    return last && last.at.getTime() >= at.getTime() ? new Date(last.at.getTime() + 1) : at;
  }
}

/** formatNeeds, paperOnly and language are global; muting is per service, and statutory messages cannot be muted (R-PR-3). */
function layerProblems(serviceId: string | null, update: PreferenceUpdate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (serviceId !== null) {
    if (update.formatNeeds !== undefined) problems.push({ field: 'format_needs', message: 'Format needs apply to every service: change them globally' });
    if (update.paperOnly !== undefined) problems.push({ field: 'paper_only', message: 'Paper only applies to every service: change it globally' });
    if (update.language !== undefined) problems.push({ field: 'language', message: 'Language applies to every service: change it globally' });
  } else if (update.mutedKinds !== undefined) problems.push({ field: 'muted_kinds', message: 'Kinds of message are muted for one service, not globally' });
  if ((update.mutedKinds as readonly string[] | undefined)?.includes('statutory'))
    problems.push({ field: 'muted_kinds', message: 'Statutory messages cannot be muted' });
  return problems;
}

function toChange(row: RecipientPreferenceChangeEntity): PreferenceChange {
  return {
    id: row.id,
    recipientKey: row.recipientKey,
    serviceId: row.serviceId,
    field: row.field,
    oldValue: row.oldValue === null ? null : (JSON.parse(row.oldValue) as unknown),
    newValue: row.newValue === null ? null : (JSON.parse(row.newValue) as unknown),
    source: row.source,
    actorId: row.actorId,
    at: row.at,
  };
}
