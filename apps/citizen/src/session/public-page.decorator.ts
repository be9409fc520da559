import { SetMetadata } from '@nestjs/common';

export const PUBLIC_PAGE = 'herald-citizen:public-page';

/** A page anyone may open without signing in (the start page, signing in and out). */
export const PublicPage = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_PAGE, true);
