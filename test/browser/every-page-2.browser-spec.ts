import { checkEveryPage } from './every-page';

// The second half of the admin's pages (see every-page.ts); the first half runs beside it.
checkEveryPage({ part: 2, of: 2 });
