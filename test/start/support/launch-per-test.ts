import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConfigSource } from '@herald/config';
import { ensureHeraldBuilt } from './built-herald';
import { LaunchedHerald, LaunchOptions } from './launched-herald';

/**
 * For a suite whose tests each launch one Herald: builds it first (as `npm start` does), gives
 * every test an empty DATA_DIR, and after each test kills its Herald and removes the folder.
 * Create it inside the `describe`, where it registers its hooks.
 */
export class LaunchPerTest {
  dataDir = '';
  private launched: LaunchedHerald | undefined;

  constructor() {
    beforeAll(() => ensureHeraldBuilt(), 10 * 60_000);
    beforeEach(() => {
      this.dataDir = mkdtempSync(join(tmpdir(), 'herald-start-'));
    });
    afterEach(async () => {
      await this.launched?.kill();
      this.launched = undefined;
      rmSync(this.dataDir, { recursive: true, force: true });
    });
  }

  /** Herald with this test's DATA_DIR and the settings given. */
  start(settings: ConfigSource = {}, options?: LaunchOptions): LaunchedHerald {
    this.launched = LaunchedHerald.start({ DATA_DIR: this.dataDir, ...settings }, options);
    return this.launched;
  }
}
