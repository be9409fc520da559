import { NotFoundError, type Service } from '@herald/domain';
import type { ServiceRepository } from '@herald/persistence';

/** The service a change is for; one that does not exist is NotFoundError('Service', id). */
export async function existingService(services: ServiceRepository, serviceId: string): Promise<Service> {
  const service = await services.findById(serviceId);
  if (!service) throw new NotFoundError('Service', serviceId);
  return service;
}
