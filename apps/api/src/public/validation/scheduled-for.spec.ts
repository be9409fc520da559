import { scheduledForError } from './scheduled-for';

describe('scheduled_for', () => {
  const now = new Date('2026-11-27T12:00:00Z');

  it('accepts a time within the next day', () => {
    expect(scheduledForError('2026-11-27T18:00:00Z', now)).toBeNull();
    expect(scheduledForError('2026-11-27 18:00', now)).toBeNull();
  });

  it('refuses text that is not ISO 8601', () => {
    expect(scheduledForError('tomorrow', now)).toMatch(/^datetime format is invalid/);
  });

  it('refuses the past', () => {
    expect(scheduledForError('2026-11-26T12:00:00Z', now)).toBe('datetime can not be in the past');
  });

  it('refuses more than 24 hours ahead', () => {
    expect(scheduledForError('2026-11-28T12:30:00Z', now)).toBe('datetime can only be 24 hours in the future');
  });
});
