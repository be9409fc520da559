import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, LessThan, Repository } from 'typeorm';
import { UserSessionEntity } from '../entities/user-session.entity';

/** Every session ends this long after sign-in, however busy. */
const ABSOLUTE_LIFETIME_MS = 20 * 60 * 60 * 1000;

export interface OpenedSession {
  /** The bearer token: returned once, only its hash is stored. */
  readonly token: string;
  readonly sessionId: string;
  readonly expiresAt: Date;
}

export interface ActiveSession {
  readonly sessionId: string;
  readonly userId: string;
}

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Admin sessions: opened after the second factor, touched on each use, ended by sign-out or time. */
@Injectable()
export class SessionRepository {
  private readonly sessions: Repository<UserSessionEntity>;

  constructor(dataSource: DataSource) {
    this.sessions = dataSource.getRepository(UserSessionEntity);
  }

  async open(userId: string, now = new Date()): Promise<OpenedSession> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + ABSOLUTE_LIFETIME_MS);
    const sessionId = randomUUID();
    await this.sessions.insert({ id: sessionId, userId, tokenHash: hashOf(token), createdAt: now, lastUsedAt: now, expiresAt });
    return { token, sessionId, expiresAt };
  }

  /**
   * The session a token names, if it is neither past its absolute end nor idle for longer than
   * idleMinutes; using it counts as activity.
   */
  async use(token: string, idleMinutes: number, now = new Date()): Promise<ActiveSession | null> {
    const session = await this.sessions.findOneBy({ tokenHash: hashOf(token) });
    if (!session) return null;
    const idleSince = now.getTime() - idleMinutes * 60_000;
    if (session.expiresAt.getTime() <= now.getTime() || session.lastUsedAt.getTime() < idleSince) {
      await this.sessions.delete({ id: session.id });
      return null;
    }
    await this.sessions.update({ id: session.id }, { lastUsedAt: now });
    return { sessionId: session.id, userId: session.userId };
  }

  async close(token: string): Promise<void> {
    await this.sessions.delete({ tokenHash: hashOf(token) });
  }

  async closeAllFor(userId: string): Promise<void> {
    await this.sessions.delete({ userId });
  }

  /** Tests and the housekeeping sweep: sessions past their absolute end. */
  async deleteExpired(now = new Date()): Promise<number> {
    const result = await this.sessions.delete({ expiresAt: LessThan(now) });
    return result.affected ?? 0;
  }

  /** Moves a session's last use into the past (tests of idle expiry). */
  async backdate(sessionId: string, lastUsedAt: Date): Promise<void> {
    await this.sessions.update({ id: sessionId }, { lastUsedAt });
  }
}
