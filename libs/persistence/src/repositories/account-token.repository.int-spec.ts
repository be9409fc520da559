import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { AccountTokenEntity } from '../entities/account-token.entity';
import { AccountTokenRepository } from './account-token.repository';
import { UserProfileRepository } from './user-profile.repository';
import { UserAccountRepository } from './user-account.repository';

describe.each(BOTH_DATABASES)('account links and profiles on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let tokens: AccountTokenRepository;
  let profiles: UserProfileRepository;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    tokens = app.get(AccountTokenRepository);
    profiles = app.get(UserProfileRepository);
  });
  afterAll(() => app.close());

  const aUser = async (emailAddress = `user-${randomUUID()}@example.gov.uk`): Promise<string> => {
    const id = randomUUID();
    await app.get(UserAccountRepository).createPending({ id, emailAddress, name: 'Pat Profile', platformAdmin: false });
    return id;
  };
  const inAnHour = (from = new Date()) => new Date(from.getTime() + 60 * 60_000);

  it('stores only a hash of the token and finds the link by its token and purpose', async () => {
    const userId = await aUser();
    const token = await tokens.issue({ userId, purpose: 'email-change', newEmailAddress: 'New@Example.gov.uk', expiresAt: inAnHour() });
    const rows = await app.get(DataSource).getRepository(AccountTokenEntity).findBy({ userId });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).not.toContain(token);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await tokens.findByToken(token, 'email-change')).toMatchObject({ userId, newEmailAddress: 'new@example.gov.uk', usedAt: null });
    expect(await tokens.findByToken(token, 'password-reset')).toBeNull();
  });

  it('lets a link be used once, and never once it has expired', async () => {
    const userId = await aUser();
    const now = new Date();
    const token = await tokens.issue({ userId, purpose: 'password-reset', expiresAt: inAnHour(now) }, now);
    const link = (await tokens.findByToken(token, 'password-reset'))!;
    expect(await tokens.use(link.id, inAnHour(now))).toBe(false);
    expect(await tokens.use(link.id, now)).toBe(true);
    expect(await tokens.use(link.id, now)).toBe(false);
  });

  it('ends the earlier links of the same purpose when a new one is issued, and counts every one sent', async () => {
    const userId = await aUser();
    const now = new Date();
    const first = await tokens.issue({ userId, purpose: 'password-reset', expiresAt: inAnHour(now) }, now);
    const emailChange = await tokens.issue({ userId, purpose: 'email-change', newEmailAddress: 'a@example.gov.uk', expiresAt: inAnHour(now) }, now);
    await tokens.issue({ userId, purpose: 'password-reset', expiresAt: inAnHour(now) }, new Date(now.getTime() + 1000));
    expect(await tokens.use((await tokens.findByToken(first, 'password-reset'))!.id, new Date(now.getTime() + 2000))).toBe(false);
    expect(await tokens.use((await tokens.findByToken(emailChange, 'email-change'))!.id, new Date(now.getTime() + 2000))).toBe(true);
    expect(await tokens.countIssuedSince(userId, 'password-reset', new Date(now.getTime() - 60_000))).toBe(2);
    expect(await tokens.countIssuedSince(userId, 'password-reset', new Date(now.getTime() + 500))).toBe(1);
  });

  it('changes a name, a mobile number and an email address, and refuses an address another user has', async () => {
    const userId = await aUser();
    const taken = `taken-${randomUUID()}@example.gov.uk`;
    await aUser(taken);
    await profiles.setName(userId, 'Pat New');
    await profiles.setMobileNumber(userId, '07700 900123');
    expect(await profiles.emailAddressTaken(taken.toUpperCase(), userId)).toBe(true);
    expect(await profiles.setEmailAddress(userId, taken)).toBe(false);
    const mine = `Mine-${randomUUID()}@Example.gov.uk`;
    expect(await profiles.setEmailAddress(userId, mine)).toBe(true);
    expect(await profiles.emailAddressTaken(mine, userId)).toBe(false);
    expect(await profiles.profileOf(userId)).toEqual({ name: 'Pat New', emailAddress: mine.toLowerCase(), mobileNumber: '07700 900123', authType: 'email' });
  });

  it('goes back to codes by email, forgetting the authenticator secret', async () => {
    const userId = await aUser();
    const accounts = app.get(UserAccountRepository);
    await accounts.setTotpSecret(userId, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect((await profiles.profileOf(userId))?.authType).toBe('totp');
    await profiles.useEmailCodes(userId);
    expect((await profiles.profileOf(userId))?.authType).toBe('email');
    expect(await accounts.totpSecretOf(userId)).toBeNull();
  });
});
