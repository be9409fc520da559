import { passwordProblem } from './password-policy';

describe('choosing a password', () => {
  it('needs at least 8 characters', () => {
    expect(passwordProblem('short', 'password')).toEqual({ field: 'password', message: 'Your password must be at least 8 characters' });
  });

  it('refuses a common password, whatever its case', () => {
    expect(passwordProblem('PassWord123', 'newPassword')).toEqual({ field: 'newPassword', message: 'Choose a password that is harder to guess' });
  });

  it('takes a long uncommon password', () => {
    expect(passwordProblem('correct horse battery staple', 'password')).toBeNull();
  });
});
