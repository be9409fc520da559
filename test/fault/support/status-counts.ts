import { NotificationRepository } from '@herald/persistence';

/** How many of these notifications are in each status, e.g. `{ sending: 4990, created: 10 }`; ids with no row count as `missing`. */
export async function statusCounts(notifications: NotificationRepository, serviceId: string, ids: readonly string[]): Promise<Record<string, number>> {
  const statuses = await notifications.statusesOf(serviceId, ids);
  const counts: Record<string, number> = {};
  for (const id of ids) {
    const status = statuses.get(id) ?? 'missing';
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}
