import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { HeraldConfig } from '@herald/config';
import type { ApiAppOptions } from '../../../apps/api/src/bootstrap/create-api-app';
import type { WorkerContextOptions } from '../../../apps/worker/src/create-worker-context';

/*
 * Herald's apps, loaded when a test first starts one. Most suites import libs/testing for a helper
 * or two and start no app, and loading an app's modules takes seconds in a jest worker (each suite
 * loads its own): a static import would charge every suite for them.
 */

export async function createApiApp(config: HeraldConfig, options: ApiAppOptions = {}): Promise<NestFastifyApplication> {
  const api = await import('../../../apps/api/src/bootstrap/create-api-app');
  return api.createApiApp(config, options);
}

export async function createWorkerContext(config: HeraldConfig, options: WorkerContextOptions = {}): Promise<NestFastifyApplication> {
  const worker = await import('../../../apps/worker/src/create-worker-context');
  return worker.createWorkerContext(config, options);
}

export async function createAdminApp(config: HeraldConfig): Promise<NestFastifyApplication> {
  const admin = await import('../../../apps/admin/src/bootstrap/create-admin-app');
  return admin.createAdminApp(config);
}

export async function createCitizenApp(config: HeraldConfig): Promise<NestFastifyApplication> {
  const citizen = await import('../../../apps/citizen/src/bootstrap/create-citizen-app');
  return citizen.createCitizenApp(config);
}
