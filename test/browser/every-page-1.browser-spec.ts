import { checkEveryPage } from './every-page';

// The first half of the admin's pages (see every-page.ts); the other half runs beside it.
checkEveryPage({ part: 1, of: 2 });
