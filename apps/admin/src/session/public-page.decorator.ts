import { SetMetadata } from '@nestjs/common';

export const PUBLIC_PAGE = 'herald-admin:public-page';

/** A page anyone may open without signing in (sign-in, accepting an invitation). */
export const PublicPage = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_PAGE, true);
