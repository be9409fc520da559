import { checkEveryPage } from './every-page';

// The third third of the admin's pages (see every-page.ts); the other thirds can run beside it.
checkEveryPage({ part: 3, of: 3 });
