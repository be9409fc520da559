/** Thrown when a page needs a session the browser does not have (or that has ended). */
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
