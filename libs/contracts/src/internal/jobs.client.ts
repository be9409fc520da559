import type { Readable } from 'node:stream';
import type { InternalHttp } from './internal-http';
import type { JobProgress, JobRecipientFilter, JobRecipientsPage, JobSummary, StartJobRequest, UploadResult, UploadSummary } from './jobs-api.types';

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

  /** Creates the job and queues it: to send now, or at `scheduledFor`. */
  start(serviceId: string, templateId: string, uploadId: string, request: StartJobRequest = {}): Promise<{ jobId: string }> {
    return this.http.json('POST', `services/${enc(serviceId)}/send/${enc(templateId)}/uploads/${enc(uploadId)}/job`, { body: request });
  }

  list(serviceId: string, limit?: number): Promise<JobSummary[]> {
    return this.http.json('GET', `services/${enc(serviceId)}/jobs`, { query: { limit } });
  }

  progress(serviceId: string, jobId: string): Promise<JobProgress> {
    return this.http.json('GET', `services/${enc(serviceId)}/jobs/${enc(jobId)}`);
  }

  /** Stops a scheduled or running job: rows not yet made into messages are never sent. */
  cancel(serviceId: string, jobId: string): Promise<JobProgress> {
    return this.http.json('POST', `services/${enc(serviceId)}/jobs/${enc(jobId)}/cancel`);
  }

  /** A page of the job's recipients with their statuses (50 a page), optionally only those sending, delivered or failed. */
  recipients(serviceId: string, jobId: string, query: { status?: JobRecipientFilter; page?: number } = {}): Promise<JobRecipientsPage> {
    return this.http.json('GET', `services/${enc(serviceId)}/jobs/${enc(jobId)}/recipients`, { query });
  }

  /** The report as CSV, streamed (row number, recipient, status, time). */
  report(serviceId: string, jobId: string): Promise<Response> {
    return this.http.stream('GET', `services/${enc(serviceId)}/jobs/${enc(jobId)}/report`);
  }
}

const enc = encodeURIComponent;
