import type { ActivityNotification, ActivityPage, NotificationDetail } from '@herald/contracts';
import { activityDownloadUrl, ActivityFilters, activityPageUrl } from './activity-filters';
import { channelLabel, recipientLine, statusTag } from './notification-labels';

/** What activity/index.njk shows for one page of results. */
export function activityView(serviceId: string, filters: ActivityFilters, page: ActivityPage | null) {
  const searched = Boolean(filters.values.search || filters.values.channels.length || filters.values.statuses.length);
  return {
    values: filters.values,
    errors: filters.errors ?? undefined,
    searched,
    rows: (page?.notifications ?? []).map((n) => row(serviceId, n)),
    downloadUrl: activityDownloadUrl(serviceId, filters.values),
    searchLimited: page?.searchLimited ?? false,
    page: page?.page ?? 1,
    previousUrl: page?.hasPrevious ? activityPageUrl(serviceId, filters.values, page.page - 1) : null,
    nextUrl: page?.hasNext ? activityPageUrl(serviceId, filters.values, page.page + 1) : null,
  };
}

function row(serviceId: string, n: ActivityNotification) {
  return {
    href: `/services/${encodeURIComponent(serviceId)}/notifications/${encodeURIComponent(n.id)}`,
    recipient: recipientLine(n.channel, n.recipient),
    channel: channelLabel(n.channel),
    templateName: n.templateName ?? 'Deleted template',
    reference: n.reference,
    tag: statusTag(n.channel, n.status, n.nextPrintRun),
    sentBy: n.sentBy,
    fromTestKey: n.fromTestKey,
    createdAt: n.createdAt,
  };
}

/** What activity/notification.njk shows. */
export function notificationView(serviceId: string, n: NotificationDetail) {
  const base = `/services/${encodeURIComponent(serviceId)}`;
  return {
    notification: n,
    channel: channelLabel(n.channel),
    recipient: recipientLine(n.channel, n.recipient),
    addressLines: n.channel === 'letter' ? n.recipient.split('\n').filter((line) => line.trim()) : [],
    tag: statusTag(n.channel, n.status, n.nextPrintRun),
    history: n.history.map((entry) => ({ ...entry, tag: statusTag(n.channel, entry.status) })).reverse(),
    templateHref: `${base}/templates/${encodeURIComponent(n.template.id)}`,
    jobHref: n.sender.bulkSend ? `${base}/jobs/${encodeURIComponent(n.sender.bulkSend.jobId)}` : null,
  };
}
