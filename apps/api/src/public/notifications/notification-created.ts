/** The template a notification was made from, as the send responses name it. */
interface SentTemplate {
  readonly id: string;
  readonly version: number;
}

/**
 * The fields every `POST /v2/notifications/*` response shares (docs/api-contract.md §12.1–§12.3). The
 * template's `uri` is Notify's legacy admin-style path, kept for wire compatibility.
 */
export function notificationCreated(baseUrl: string, serviceId: string, id: string, reference: string | undefined, template: SentTemplate) {
  return {
    id,
    reference: reference ?? null,
    uri: `${baseUrl}/v2/notifications/${id}`,
    template: { id: template.id, version: template.version, uri: `${baseUrl}/services/${serviceId}/templates/${template.id}` },
    scheduled_for: null,
  };
}
