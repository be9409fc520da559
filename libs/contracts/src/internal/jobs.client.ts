import type { Readable } from 'node:stream';
import type { InternalHttp } from './internal-http';
import type { JobProgress, JobSummary, UploadResult, UploadSummary } from './jobs-api.types';

/** The content type of a file streamed to the API for a bulk send. */
export const UPLOAD_CONTENT_TYPE = 'application/vnd.herald.upload';

/** Bulk sends: upload a file, see it checked, send it as a job, watch the job. */
export class JobsClient {
  constructor(private readonly http: InternalHttp) {}

  /** Streams the file to the API as it arrives (never held whole). */
  upload(serviceId: string, templateId: string, fileName: string, file: Readable): Promise<UploadResult> {
    return this.http.json('POST', `services/${enc(serviceId)}/send/${enc(templateId)}/uploads`, {
      query: { fileName },
      stream: { body: file, contentType: UPLOAD_CONTENT_TYPE },
    });
  }

  summary(serviceId: string, templateId: string, uploadId: string): Promise<UploadSummary> {
    return this.http.json('GET', `services/${enc(serviceId)}/send/${enc(templateId)}/uploads/${enc(uploadId)}`);
  }

  /** Creates the job and queues it. */
  start(serviceId: string, templateId: string, uploadId: string): Promise<{ jobId: string }> {
    return this.http.json('POST', `services/${enc(serviceId)}/send/${enc(templateId)}/uploads/${enc(uploadId)}/job`);
  }

  list(serviceId: string, limit?: number): Promise<JobSummary[]> {
    return this.http.json('GET', `services/${enc(serviceId)}/jobs`, { query: { limit } });
  }

  progress(serviceId: string, jobId: string): Promise<JobProgress> {
    return this.http.json('GET', `services/${enc(serviceId)}/jobs/${enc(jobId)}`);
  }

  /** The report as CSV, streamed (row number, recipient, status, time). */
  report(serviceId: string, jobId: string): Promise<Response> {
    return this.http.stream('GET', `services/${enc(serviceId)}/jobs/${enc(jobId)}/report`);
  }
}

const enc = encodeURIComponent;
