export const settingsPath = (serviceId: string, path = ''): string => `/services/${encodeURIComponent(serviceId)}/settings${path}`;
