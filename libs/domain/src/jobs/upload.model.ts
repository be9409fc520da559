/** One row of an uploaded file: its spreadsheet row number and its values by column name. */
export interface UploadedRow {
  readonly rowNumber: number;
  readonly values: Record<string, string>;
}

/** A bulk-send file as uploaded, for one template version. */
export interface NewUpload {
  readonly serviceId: string;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly fileName: string;
  readonly createdById: string | null;
}

export interface StoredUpload extends NewUpload {
  readonly id: string;
  readonly rowCount: number;
  readonly createdAt: Date;
}
