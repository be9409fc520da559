/** Thrown when a page needs a person signed in and nobody is (or their sign-in has ended). */
export class SignInRequired extends Error {
  constructor(readonly returnTo: string) {
    super('Sign in required');
  }
}

/** A form posted without a valid CSRF token. */
export class CsrfRejected extends Error {
  constructor() {
    super('The form could not be checked');
  }
}
