import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ContactAnswer, ContactCheck } from '@herald/sending';
import { noResultFound, validationErrors } from '../../errors/notify-error';
import { AuthenticatedKey } from '../auth/api-key-authenticator';
import { ApiKey, ApiKeyGuard } from '../auth/api-key.guard';
import { isUuid } from '../validation/request-schema';

/**
 * R-PR-6: `GET /herald/v1/recipients/can-contact` answers only `allowed_channels` and `language` (App IO's limited profile).
 * A person named by identifier is judged by the choices stored under it; no register is asked in an API request (R-OO-2).
 */
@Controller('herald/v1/recipients')
@UseGuards(ApiKeyGuard)
export class RecipientsController {
  constructor(private readonly contact: ContactCheck) {}

  @Get('can-contact')
  async canContact(@ApiKey() key: AuthenticatedKey, @Query() query: Record<string, string | undefined>): Promise<ContactAnswer> {
    const { email_address: emailAddress, phone_number: phoneNumber, template_set_id: setId, identifier_scheme: scheme, identifier_value: value } = query;
    const errors = [
      ...(isUuid(setId) ? [] : ['template_set_id is not a valid UUID']),
      ...(emailAddress || phoneNumber || (scheme && value) ? [] : ['email_address, phone_number or identifier_scheme with identifier_value is required']),
      ...(Boolean(scheme) !== Boolean(value) ? ['identifier_scheme and identifier_value go together'] : []),
    ];
    if (errors.length) throw validationErrors(errors);
    const recipient = { emailAddress: emailAddress ?? null, phoneNumber: phoneNumber ?? null, address: null };
    const answer = await this.contact.canContact(key.service, setId!, recipient, scheme && value ? { scheme, value } : null);
    if (!answer) throw noResultFound();
    return answer;
  }
}
