import type { SendMailOptions } from 'nodemailer';
import { encode as encodeBase64, wrap as wrapBase64 } from 'nodemailer/lib/base64';
import MailComposer from 'nodemailer/lib/mail-composer';
import type MimeNode from 'nodemailer/lib/mime-node';
import { encode as encodeQuotedPrintable, wrap as wrapQuotedPrintable } from 'nodemailer/lib/qp';

/** An email ready for the wire: the RFC 5322 message and its SMTP envelope. */
export interface MimeMessage {
  readonly raw: string;
  readonly envelope: { readonly from: string | false; readonly to: string[] };
}

/** Where nodemailer's encoders break lines. */
const LINE_LENGTH = 76;

/**
 * The message nodemailer's composer makes of `options` (the same MIME tree, headers, encodings and
 * envelope: its MailComposer builds them; a long quoted-printable line may be softly broken a few
 * characters apart), written out in one synchronous pass instead of
 * nodemailer's streams. Those stream every part in an event-loop turn of its own and write each
 * chunk to the socket on its own, which cost more CPU than anything else a send does; sent as
 * `raw`, the message goes out in a single write. For messages of text and HTML only (Herald's).
 */
export function mimeMessage(options: SendMailOptions): MimeMessage {
  const root = new MailComposer(options as ConstructorParameters<typeof MailComposer>[0]).compile();
  return { raw: withLastNewline(written(root)), envelope: root.getEnvelope() };
}

/** As nodemailer's LastNewline: a message always ends with a line break. */
function withLastNewline(message: string): string {
  if (message.endsWith('\n')) return message;
  return message.endsWith('\r') ? `${message}\n` : `${message}\r\n`;
}

/** As MimeNode.stream writes a node: its headers, then its content or its parts between boundaries. */
function written(node: MimeNode): string {
  const headers = `${node.buildHeaders()}\r\n\r\n`;
  if (!node.multipart) return headers + encoded(node);
  const parts = node.childNodes.map((child, index) => `${index > 0 ? '\r\n' : ''}--${String(node.boundary)}\r\n${written(child)}`);
  return `${headers}${parts.join('')}\r\n--${String(node.boundary)}--\r\n`;
}

function encoded(node: MimeNode): string {
  if (node.content === undefined) return '';
  if (typeof node.content !== 'string') throw new Error('mimeMessage writes text content only; attachments and streams go through nodemailer');
  switch (node.getTransferEncoding()) {
    case 'base64':
      return wrapBase64(encodeBase64(node.content), LINE_LENGTH);
    case 'quoted-printable':
      return wrapQuotedPrintable(encodeQuotedPrintable(node.content), LINE_LENGTH);
    default:
      return node.content;
  }
}
