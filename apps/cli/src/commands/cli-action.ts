import type { INestApplicationContext } from '@nestjs/common';

/** Runs one command's work inside an application context, then closes it. */
export type CliAction = (work: (app: INestApplicationContext) => Promise<void>) => Promise<void>;
