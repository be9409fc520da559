import { Controller, Get, Query, Req, Res, UseGuards } from '@nestjs/common';
import { InternalApiError } from '@herald/contracts';
import { formErrors } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { PlatformAdminGuard } from './platform-admin.guard';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Find any notification by its id, whatever its service (each look-up is audited by the API). */
@UseGuards(PlatformAdminGuard)
@Controller('platform/find')
export class PlatformFindController {
  @Get()
  async find(@Req() request: AdminRequest, @Res() reply: AdminReply, @Query('notificationId') notificationId?: string) {
    if (notificationId === undefined) return reply.view('platform/find.njk', { values: {} });
    const id = notificationId.trim();
    const values = { notificationId };
    if (id === '')
      return reply.code(400).view('platform/find.njk', { values, errors: formErrors([{ field: 'notificationId', message: 'Enter a notification id' }]) });
    if (!UUID.test(id)) {
      return reply.code(400).view('platform/find.njk', {
        values,
        errors: formErrors([{ field: 'notificationId', message: 'Enter the notification id in full: 36 letters, numbers and dashes' }]),
      });
    }
    try {
      return reply.view('platform/find.njk', { values, found: await request.apiClient.platform.findNotification(id) });
    } catch (error) {
      if (!(error instanceof InternalApiError) || error.status !== 404) throw error;
      return reply.code(404).view('platform/find.njk', { values, errors: formErrors([{ field: 'notificationId', message: 'No notification has this id' }]) });
    }
  }
}
