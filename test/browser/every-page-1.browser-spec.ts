import { checkEveryPage } from './every-page';

// The first third of the admin's pages (see every-page.ts); the other thirds can run beside it.
checkEveryPage({ part: 1, of: 3 });
