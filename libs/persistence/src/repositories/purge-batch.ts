import { EntityManager, EntityTarget, FindOptionsOrder, FindOptionsSelect, FindOptionsWhere } from 'typeorm';

/**
 * The primary keys of up to `size` rows a purge may remove now, locked until the transaction `tx`
 * ends, in `order` (oldest first; undefined when no index serves an order and any rows will do). On
 * PostgreSQL rows that another transaction holds are skipped (`FOR UPDATE SKIP LOCKED`): two workers
 * purging at once take different rows instead of queueing behind each other or moving the same row
 * twice, and a row a sender is updating is left for the next batch. SQLite has one writer at a time
 * and no row locks, so it needs neither.
 */
export async function lockPurgeBatch<E extends { id: string }>(
  tx: EntityManager,
  entity: EntityTarget<E>,
  where: FindOptionsWhere<E>,
  order: FindOptionsOrder<E> | undefined,
  size: number,
): Promise<string[]> {
  const postgres = tx.connection.options.type === 'postgres';
  const rows = await tx.getRepository(entity).find({
    select: { id: true } as FindOptionsSelect<E>,
    where,
    order,
    take: size,
    ...(postgres ? { lock: { mode: 'pessimistic_write' as const, onLocked: 'skip_locked' as const } } : {}),
  });
  return rows.map((row) => row.id);
}
