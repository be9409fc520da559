import { UnrecoverableError } from 'bullmq';
import { JobCannotRunError } from './job-processing.service';
import { givenUpReason } from './process-job.handler';

describe('when the worker gives up on a bulk send', () => {
  const attempt = (attemptsMade: number) => ({ attemptsMade, opts: { attempts: 5 } });

  it('waits while BullMQ will try again', () => {
    expect(givenUpReason(attempt(2), new Error('connection reset'))).toBeNull();
  });

  it('gives up after the last attempt, in words for the team and without the error’s details', () => {
    expect(givenUpReason(attempt(5), new Error('relation "x" does not exist'))).toBe(
      'Herald stopped making the messages after 5 tries because of a problem on its side',
    );
  });

  it('gives up at once on a job that cannot run, with its reason', () => {
    expect(givenUpReason(attempt(1), new JobCannotRunError('The template no longer exists'))).toBe('The template no longer exists');
  });

  it('gives up at once when BullMQ does (a job whose workers kept dying)', () => {
    expect(givenUpReason(attempt(1), new UnrecoverableError('job stalled more than allowable limit'))).toBe(
      'Herald stopped making the messages after 1 try because of a problem on its side',
    );
  });
});
