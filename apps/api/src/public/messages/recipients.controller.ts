import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ContactAnswer, ContactCheck } from '@herald/sending';
import { noResultFound, validationErrors } from '../../errors/notify-error';
import { AuthenticatedKey } from '../auth/api-key-authenticator';
import { ApiKey, ApiKeyGuard } from '../auth/api-key.guard';
import { isUuid } from '../validation/request-schema';

/** R-PR-6: `GET /herald/v1/recipients/can-contact` answers only `allowed_channels` and `language` (App IO's limited profile). */
@Controller('herald/v1/recipients')
@UseGuards(ApiKeyGuard)
export class RecipientsController {
  constructor(private readonly contact: ContactCheck) {}

  @Get('can-contact')
  async canContact(@ApiKey() key: AuthenticatedKey, @Query() query: Record<string, string | undefined>): Promise<ContactAnswer> {
    const { email_address: emailAddress, phone_number: phoneNumber, template_set_id: setId } = query;
    const errors = [
      ...(isUuid(setId) ? [] : ['template_set_id is not a valid UUID']),
      ...(emailAddress || phoneNumber ? [] : ['email_address or phone_number is required']),
    ];
    if (query.identifier) errors.push('identifier look-ups are not available yet: give email_address or phone_number');
    if (errors.length) throw validationErrors(errors);
    const answer = await this.contact.canContact(key.service, setId!, { emailAddress: emailAddress ?? null, phoneNumber: phoneNumber ?? null, address: null });
    if (!answer) throw noResultFound();
    return answer;
  }
}
