import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { CitizenReply, CitizenRequest } from '../session/citizen-request';
import { offsetOf, PAGE_SIZE, pageNumber, paginationOf } from '../pages/pagination';
import { fieldsInWords, outcomeWords } from './lookup-words';

/** "Who looked up my details and why": the purpose log for the person, newest first (R-TR-3). */
@Controller('lookups')
export class LookupsController {
  @Get()
  async list(@Req() request: CitizenRequest, @Res() reply: CitizenReply, @Query('page') rawPage?: string) {
    const page = pageNumber(rawPage);
    const { lookups, total } = await request.citizenApi!.lookups({ offset: offsetOf(page), limit: PAGE_SIZE });
    const rows = lookups.map((l) => ({
      at: l.at,
      organisation: l.organisation ?? l.service,
      service: l.organisation && l.organisation !== l.service ? l.service : null,
      register: l.register,
      purpose: l.purpose,
      fields: fieldsInWords(l.fields_requested),
      outcome: outcomeWords(l.outcome),
    }));
    return reply.view('lookups/list.njk', { rows, page, total, pagination: paginationOf('/lookups', page, total) });
  }
}
