import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { InvitationRepository } from './invitation.repository';
import { ServiceRepository } from './service.repository';
import { SignInChallengeRepository } from './sign-in-challenge.repository';
import { UserAccountRepository } from './user-account.repository';

describe.each(BOTH_DATABASES)('account repositories on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let invitations: InvitationRepository;
  let challenges: SignInChallengeRepository;
  let accounts: UserAccountRepository;
  let serviceId: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    invitations = app.get(InvitationRepository);
    challenges = app.get(SignInChallengeRepository);
    accounts = app.get(UserAccountRepository);
    serviceId = (await app.get(ServiceRepository).create({ name: `Accounts ${randomUUID()}`, restricted: true })).id;
  });
  afterAll(() => app.close());

  const aPendingUser = async (): Promise<string> => {
    const id = randomUUID();
    await accounts.createPending({ id, emailAddress: `Pending-${id}@Example.gov.uk`, name: 'Pat Pending', platformAdmin: false });
    return id;
  };

  describe('invitations', () => {
    const inFuture = () => new Date(Date.now() + 60_000);

    it('finds an invitation by its token and stores only a hash of the token', async () => {
      const issued = await invitations.issue({
        kind: 'team',
        serviceId,
        emailAddress: 'Jo@Example.gov.uk',
        permissions: ['send_messages'],
        invitedBy: null,
        expiresAt: inFuture(),
      });
      const found = await invitations.findByToken(issued.token);
      expect(found).toMatchObject({
        id: issued.id,
        kind: 'team',
        serviceId,
        emailAddress: 'jo@example.gov.uk',
        permissions: ['send_messages', 'view_dashboard'],
        acceptedAt: null,
      });
      const rows = await app.get(DataSource).query(`SELECT token_hash FROM invitations WHERE id = '${issued.id}'`);
      expect(rows[0].token_hash).not.toContain(issued.token);
      expect(await invitations.findByToken('not-a-token')).toBeNull();
    });

    it('is accepted once', async () => {
      const issued = await invitations.issue({
        kind: 'team',
        serviceId,
        emailAddress: `${randomUUID()}@example.gov.uk`,
        permissions: [],
        invitedBy: null,
        expiresAt: inFuture(),
      });
      expect(await invitations.markAccepted(issued.id)).toBe(true);
      expect(await invitations.markAccepted(issued.id)).toBe(false);
    });

    it('replaces an unanswered invitation to the same address, and lists only live ones of the service', async () => {
      const emailAddress = `${randomUUID()}@example.gov.uk`;
      const first = await invitations.issue({ kind: 'team', serviceId, emailAddress, permissions: [], invitedBy: null, expiresAt: inFuture() });
      const second = await invitations.issue({
        kind: 'team',
        serviceId,
        emailAddress,
        permissions: ['manage_templates'],
        invitedBy: null,
        expiresAt: inFuture(),
      });
      expect(await invitations.findByToken(first.token)).toBeNull();
      const expired = await invitations.issue({
        kind: 'team',
        serviceId,
        emailAddress: `${randomUUID()}@example.gov.uk`,
        permissions: [],
        invitedBy: null,
        expiresAt: inFuture(),
      });
      await invitations.expire(expired.id, new Date(Date.now() - 1000));
      const pending = await invitations.listPending(serviceId);
      expect(pending.map((i) => i.id)).toContain(second.id);
      expect(pending.map((i) => i.id)).not.toContain(expired.id);
      expect(await invitations.listPending(randomUUID())).toEqual([]);
    });

    it('cancels an invitation only within its own service', async () => {
      const issued = await invitations.issue({
        kind: 'team',
        serviceId,
        emailAddress: `${randomUUID()}@example.gov.uk`,
        permissions: [],
        invitedBy: null,
        expiresAt: inFuture(),
      });
      expect(await invitations.cancel(randomUUID(), issued.id)).toBe(false);
      expect(await invitations.cancel(serviceId, issued.id)).toBe(true);
      expect(await invitations.findByToken(issued.token)).toBeNull();
    });
  });

  describe('second-factor challenges', () => {
    it('is used once with the right emailed code, and the code is not stored in clear', async () => {
      const userId = await aPendingUser();
      const opened = await challenges.open({ userId, method: 'email', code: '123456', expiresAt: new Date(Date.now() + 60_000) });
      const challenge = await challenges.findOpen(opened.token);
      expect(challenge).toMatchObject({ id: opened.id, userId, method: 'email', totpSecret: null });
      const rows = await app.get(DataSource).query(`SELECT code_hash FROM sign_in_challenges WHERE id = '${opened.id}'`);
      expect(rows[0].code_hash).not.toContain('123456');
      expect(await challenges.useWithCode(opened.id, '654321')).toBe(false);
      expect(await challenges.useWithCode(opened.id, '123456')).toBe(true);
      expect(await challenges.useWithCode(opened.id, '123456')).toBe(false);
      expect(await challenges.findOpen(opened.token)).toBeNull();
    });

    it('does not accept a code after it expires', async () => {
      const userId = await aPendingUser();
      const opened = await challenges.open({ userId, method: 'email', code: '111111', expiresAt: new Date(Date.now() + 60_000) });
      const later = new Date(Date.now() + 120_000);
      expect(await challenges.findOpen(opened.token, later)).toBeNull();
      expect(await challenges.useWithCode(opened.id, '111111', later)).toBe(false);
    });

    it('keeps a secret being set up encrypted, and a new challenge replaces the old one', async () => {
      const userId = await aPendingUser();
      const first = await challenges.open({ userId, method: 'totp-setup', totpSecret: 'JBSWY3DPEHPK3PXP', expiresAt: new Date(Date.now() + 60_000) });
      const rows = await app.get(DataSource).query(`SELECT totp_secret FROM sign_in_challenges WHERE id = '${first.id}'`);
      expect(rows[0].totp_secret).not.toContain('JBSWY3DPEHPK3PXP');
      expect((await challenges.findOpen(first.token))?.totpSecret).toBe('JBSWY3DPEHPK3PXP');
      const second = await challenges.open({ userId, method: 'totp', expiresAt: new Date(Date.now() + 60_000) });
      expect(await challenges.findOpen(first.token)).toBeNull();
      expect(await challenges.use(second.id)).toBe(true);
      expect(await challenges.use(second.id)).toBe(false);
    });
  });

  describe('user accounts', () => {
    it('sets up a pending user with a password and second factor', async () => {
      const userId = await aPendingUser();
      expect(await accounts.passwordHashOf(userId)).toBeNull();
      await accounts.completeSetUp(userId, { name: 'Pat Ready', passwordHash: '$2b$hash', authType: 'totp' });
      expect(await accounts.passwordHashOf(userId)).toBe('$2b$hash');
      const rows = await app.get(DataSource).query(`SELECT state, name, auth_type FROM users WHERE id = '${userId}'`);
      expect(rows[0]).toEqual({ state: 'active', name: 'Pat Ready', auth_type: 'totp' });
    });

    it('keeps the authenticator secret encrypted and accepts each time step once', async () => {
      const userId = await aPendingUser();
      await accounts.setTotpSecret(userId, 'JBSWY3DPEHPK3PXP');
      expect(await accounts.totpSecretOf(userId)).toBe('JBSWY3DPEHPK3PXP');
      const rows = await app.get(DataSource).query(`SELECT totp_secret FROM users WHERE id = '${userId}'`);
      expect(rows[0].totp_secret).not.toContain('JBSWY3DPEHPK3PXP');
      expect(await accounts.useTotpStep(userId, 1000)).toBe(true);
      expect(await accounts.useTotpStep(userId, 1000)).toBe(false);
      expect(await accounts.useTotpStep(userId, 999)).toBe(false);
      expect(await accounts.useTotpStep(userId, 1001)).toBe(true);
    });
  });
});
