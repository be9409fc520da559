/**
 * A change that cannot be made as asked, with a sentence saying why ("Template has been deleted").
 * Not a field's problem: the API answers it as a BadRequestError, the CLI as `invalid`.
 */
export class ChangeRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChangeRefusedError';
  }
}
