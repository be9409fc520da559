import { Injectable } from '@nestjs/common';
import { checkBrandColour, checkLogo, EmailBrandingChanges, FieldProblem } from '@herald/domain';
import type { BrandingView } from '@herald/contracts';
import { AuditRepository, EmailBrandingRepository, ServiceRepository } from '@herald/persistence';
import { EmailRenderer } from '@herald/templating';
import { fieldErrors } from '../../errors/notify-error';
import type { SignedInUser } from '../auth/signed-in-user';
import { textField, yesField } from './form-fields';
import { SettingsViewService } from './settings-view.service';

const SAMPLE_SUBJECT = 'Your application has been received';
const SAMPLE_CONTENT = [
  'Dear Jo Bloggs,',
  '',
  'We have received your application. We will contact you within 10 working days.',
  '',
  '^ Keep your reference number: 1234 5678',
  '',
  'Thank you',
].join('\n');

/** Email branding: banner colour, banner text and logo, with a preview in the real email layout. */
@Injectable()
export class BrandingService {
  constructor(
    private readonly brandings: EmailBrandingRepository,
    private readonly services: ServiceRepository,
    private readonly view: SettingsViewService,
    private readonly renderer: EmailRenderer,
    private readonly audit: AuditRepository,
  ) {}

  async update(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<BrandingView | null> {
    const changes = brandingChanges(body);
    const saved = await this.brandings.save(serviceId, changes);
    await this.audit.record({
      userId: user.id,
      serviceId,
      action: 'branding.updated',
      subject: serviceId,
      details: { colour: saved.colour, bannerText: saved.bannerText, logoId: saved.logo?.id ?? null },
    });
    return this.view.brandingView(saved);
  }

  /** A sample email with the saved branding, as recipients will see it. */
  async preview(serviceId: string): Promise<string> {
    const [service, branding] = await Promise.all([this.services.findById(serviceId), this.brandings.find(serviceId)]);
    const shown = this.view.brandingView(branding);
    return this.renderer.render({
      subject: SAMPLE_SUBJECT,
      content: SAMPLE_CONTENT,
      personalisation: {},
      serviceName: service?.name ?? '',
      branding: shown ? { colour: shown.colour, bannerText: shown.banner_text, logoUrl: shown.logo_url } : null,
    }).html;
  }
}

function brandingChanges(body: Record<string, unknown>): EmailBrandingChanges {
  const problems: FieldProblem[] = [];
  const typedColour = textField(body, 'colour');
  const colour = typedColour ? checkBrandColour(typedColour) : null;
  if (colour && !colour.ok) problems.push({ field: 'colour', message: colour.message });
  const bannerText = textField(body, 'banner_text');
  if (bannerText.length > 255) problems.push({ field: 'banner_text', message: 'Banner text must be 255 characters or fewer' });
  let logo: EmailBrandingChanges['logo'];
  if (yesField(body, 'remove_logo')) logo = null;
  const encoded = textField(body, 'logo_base64');
  if (encoded) {
    const content = Buffer.from(encoded, 'base64');
    const checked = checkLogo(content);
    if (checked.ok) logo = { mimeType: checked.value.mimeType, content };
    else problems.push({ field: 'logo', message: checked.message });
  }
  if (problems.length) throw fieldErrors(problems);
  return { colour: colour?.ok ? colour.value : null, bannerText: bannerText || null, logo };
}
