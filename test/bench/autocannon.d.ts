/** The part of autocannon 9's API the benchmark uses (the package ships no types). */
declare module 'autocannon' {
  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      /** A function, or in workers mode the absolute path of a module exporting one. */
      setupRequest?: string | ((request: Request, context: Record<string, unknown>) => Request);
    }

    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      maxOverallRequests?: number;
      /** Requests a second over all connections. */
      overallRate?: number;
      workers?: number;
      timeout?: number;
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      requests?: Request[];
      initialContext?: Record<string, unknown>;
    }

    interface Percentiles {
      average: number;
      p50: number;
      p99: number;
      max: number;
    }

    interface Result {
      /** Seconds the run actually took. */
      duration: number;
      latency: Percentiles;
      non2xx: number;
      errors: number;
      timeouts: number;
      statusCodeStats: Record<string, { count: number }>;
    }

    interface Instance extends PromiseLike<Result> {
      stop(): void;
    }
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
