/** A folder of a service's templates; `parentId` null at the top level. */
export interface TemplateFolder {
  readonly id: string;
  readonly serviceId: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly createdAt: Date;
}
