/** Field matchers shared by the contract suite: docs/api-contract.md §4.5 timestamps, ids and exact key sets. */
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
export const NOTIFY_TIMESTAMP = expect.stringMatching(TIMESTAMP);

/** For a field that may be null or a timestamp depending on timing: matches exactly those two. */
export const nullOrTimestamp = (actual: unknown): unknown => (actual === null ? null : NOTIFY_TIMESTAMP);
export const A_UUID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/** Keys of GET /v2/notifications/{id} (docs/api-contract.md §12.5); letters add `estimated_delivery`. */
export const NOTIFICATION_KEYS = [
  'id',
  'reference',
  'email_address',
  'phone_number',
  'line_1',
  'line_2',
  'line_3',
  'line_4',
  'line_5',
  'line_6',
  'postcode',
  'type',
  'status',
  'template',
  'body',
  'subject',
  'created_at',
  'created_by_name',
  'sent_at',
  'completed_at',
  'scheduled_for',
  'postage',
  'one_click_unsubscribe_url',
  'is_cost_data_ready',
  'cost_in_pounds',
  'cost_details',
];

/** Every key present (nulls included) and no other: `toEqual` alone would let a missing null pass as undefined. */
export function expectExactKeys(actual: object, keys: readonly string[]): void {
  expect(Object.keys(actual).sort()).toEqual([...keys].sort());
}

/** The template reference of a POST response: upstream's legacy admin-style URI. */
export const postTemplateRef = (base: string, serviceId: string, templateId: string, version = 1) => ({
  id: templateId,
  version,
  uri: `${base}/services/${serviceId}/templates/${templateId}`,
});

/** The template reference of a GET notification: the versioned v2 template URI. */
export const getTemplateRef = (base: string, templateId: string, version = 1) => ({
  id: templateId,
  version,
  uri: `${base}/v2/template/${templateId}/version/${version}`,
});

/** GET fields that are null for every channel but the one named. */
export const noEmailPhoneOrAddress = {
  email_address: null,
  phone_number: null,
  line_1: null,
  line_2: null,
  line_3: null,
  line_4: null,
  line_5: null,
  line_6: null,
  postcode: null,
};
