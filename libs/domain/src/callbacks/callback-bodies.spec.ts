import { complaintBody, deliveryStatusBody, inboundSmsBody } from './callback-bodies';

const notification = {
  id: '740e5834-3a29-46b4-9a6f-16142fde533a',
  clientReference: 'case-42',
  recipient: 'Jo.Bloggs@example.com',
  type: 'email' as const,
  templateId: 'f33517ff-2a88-4f6e-b855-c550268ce08a',
  templateVersion: 3,
  createdAt: new Date('2026-05-17T15:58:30.100Z'),
  updatedAt: new Date('2026-05-17T15:58:38.342Z'),
  sentAt: new Date('2026-05-17T15:58:31.007Z'),
};

describe('callback bodies (docs/api-contract.md §10)', () => {
  it('reports a delivery status with every field, timestamps in §4.5 format', () => {
    expect(deliveryStatusBody(notification, 'delivered')).toEqual({
      id: notification.id,
      reference: 'case-42',
      to: 'Jo.Bloggs@example.com',
      status: 'delivered',
      created_at: '2026-05-17T15:58:30.100000Z',
      completed_at: '2026-05-17T15:58:38.342000Z',
      sent_at: '2026-05-17T15:58:31.007000Z',
      notification_type: 'email',
      template_id: notification.templateId,
      template_version: 3,
    });
  });

  it('writes null for a missing reference and a notification never handed to a provider', () => {
    const body = deliveryStatusBody({ ...notification, type: 'sms', clientReference: null, sentAt: null }, 'technical-failure');
    expect(body).toMatchObject({ reference: null, sent_at: null, notification_type: 'sms', status: 'technical-failure' });
  });

  it('reports a received text', () => {
    expect(
      inboundSmsBody({
        id: 'a1',
        userNumber: '447700912345',
        notifyNumber: '07700900500',
        content: 'Yes please',
        receivedAt: new Date('2026-05-17T10:00:00Z'),
      }),
    ).toEqual({
      id: 'a1',
      source_number: '447700912345',
      destination_number: '07700900500',
      message: 'Yes please',
      date_received: '2026-05-17T10:00:00.000000Z',
    });
  });

  it('reports a complaint', () => {
    expect(complaintBody(notification, { id: 'c1', complainedAt: new Date('2026-05-18T09:30:00.5Z') })).toEqual({
      notification_id: notification.id,
      complaint_id: 'c1',
      reference: 'case-42',
      to: 'Jo.Bloggs@example.com',
      complaint_date: '2026-05-18T09:30:00.500000Z',
    });
  });
});
