/** A contact block printed on a service's letters; one is the default. */
export interface LetterContact {
  readonly id: string;
  readonly contactBlock: string;
  readonly isDefault: boolean;
}
