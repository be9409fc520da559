import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import { CitizenReply, CitizenRequest } from '../session/citizen-request';
import { pageNumber, paginationOf } from '../pages/pagination';
import { contentNoteOf, kindWords, paragraphsOf, senderOf, statusTagOf, CHANNEL_NAMES } from './message-words';
import { MessagesService } from './messages.service';

/** "Messages from government": every message sent to the person, newest first, and each one's details. */
@Controller('messages')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get()
  async list(@Req() request: CitizenRequest, @Res() reply: CitizenReply, @Query('page') rawPage?: string) {
    const page = pageNumber(rawPage);
    const { messages, total } = await this.messages.page(request.citizenApi!, page);
    const rows = messages.map((m) => ({ id: m.id, createdAt: m.created_at, sender: senderOf(m), label: m.label, tag: statusTagOf(m) }));
    return reply.view('messages/list.njk', { rows, page, total, pagination: paginationOf('/messages', page, total) });
  }

  @Get(':id')
  async show(@Req() request: CitizenRequest, @Res() reply: CitizenReply, @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string) {
    const message = await this.messages.one(request.citizenApi!, id);
    return reply.view('messages/message.njk', {
      message,
      sender: senderOf(message),
      kind: kindWords(message.kind),
      tag: statusTagOf(message),
      channels: message.channels.map((c) => ({ name: CHANNEL_NAMES[c.channel] ?? c.channel, description: c.description })),
      paragraphs: message.content ? paragraphsOf(message.content.body) : [],
      contentNote: contentNoteOf(message),
    });
  }
}
