import type { MessageView } from '@herald/contracts';
import { messageView } from './message-view';

const base: MessageView = {
  id: '6f1c2a9e-1b2c-4d3e-8f4a-5b6c7d8e9f01',
  reference: null,
  status: 'failed',
  status_reason: null,
  delivered_via: null,
  template_set: { id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', version: 1 },
  routing: { method: 'first_success', channels: ['email', 'letter'], fallback_after: {} },
  attempts: [],
  route_plan: [],
  lookup: null,
  delegate_may_read: true,
  scheduled_for: null,
  created_at: '2026-12-05T10:00:00.000Z',
  updated_at: null,
};

describe('the message page', () => {
  it('shows nothing about registers for a message sent to contact details', () => {
    expect(messageView('s', base).lookupFacts).toEqual([]);
  });

  it('says why a message to a person named by identifier ended, where they were looked up and the names of what the register gave', () => {
    const view = messageView('s', {
      ...base,
      status_reason: 'lookup_declined',
      lookup: { purpose: 'benefit-review', register: 'population', tries: 2, fields_returned: ['address', 'language'] },
    });
    expect(view.lookupFacts).toEqual([
      { key: { text: 'Why it ended' }, value: { text: 'The person refused this purpose in the register' } },
      { key: { text: 'Looked up in' }, value: { text: 'population, for benefit-review (2 tries)' } },
      { key: { text: 'The register gave' }, value: { text: 'postal address, language' } },
    ]);
  });

  it('says the details are gone once the content is purged', () => {
    const view = messageView('s', { ...base, lookup: { purpose: 'p', register: 'r', tries: 1, fields_returned: null } });
    expect(view.lookupFacts[1].value.text).toBe('Not yet, or purged with the content');
  });
});

describe('the message page’s words', () => {
  it('names the message’s status and each attempt’s status and reason in words, not the API’s', () => {
    const view = messageView('s', {
      ...base,
      status: 'routing',
      attempts: [
        { id: 'a1', channel: 'email', status: 'permanent-failure', status_reason: null, created_at: '2026-12-05T10:00:00.000Z' },
        { id: 'a2', channel: 'letter', status: 'cancelled', status_reason: 'cancelled_by_service', created_at: '2026-12-05T10:01:00.000Z' },
      ],
    });
    expect(view.statusText).toBe('Sending');
    expect(view.attempts.map((a) => [a.statusText, a.reasonText])).toEqual([
      ['Failed: email address does not exist', null],
      ['Cancelled', 'Cancelled by the service before it was sent'],
    ]);
  });
});
