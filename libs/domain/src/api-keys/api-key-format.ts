/** Notify's key format: `{key name}-{service id}-{secret}`, the secret itself a UUID. */
export const formatApiKey = (name: string, serviceId: string, secret: string): string =>
  `${name.trim().toLowerCase().replace(/\s+/g, '_')}-${serviceId}-${secret}`;
