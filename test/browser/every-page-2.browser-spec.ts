import { checkEveryPage } from './every-page';

// The second third of the admin's pages (see every-page.ts); the other thirds can run beside it.
checkEveryPage({ part: 2, of: 3 });
