import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import type { BrandingLogo, EmailBranding, EmailBrandingChanges } from '@herald/domain';
import { EmailBrandingEntity } from '../entities/email-branding.entity';
import { SettingsChanges } from '../settings/settings-changes';

/** A service's email branding. The logo bytes live here so any API instance can serve them. */
@Injectable()
export class EmailBrandingRepository {
  private readonly brandings: Repository<EmailBrandingEntity>;

  constructor(
    dataSource: DataSource,
    private readonly changes: SettingsChanges,
  ) {
    this.brandings = dataSource.getRepository(EmailBrandingEntity);
  }

  async find(serviceId: string): Promise<EmailBranding | null> {
    const entity = await this.brandings.findOne({
      where: { serviceId },
      select: { serviceId: true, colour: true, bannerText: true, logoId: true, logoMimeType: true },
    });
    return entity ? toBranding(entity) : null;
  }

  async save(serviceId: string, changes: EmailBrandingChanges): Promise<EmailBranding> {
    const current = await this.brandings.findOneBy({ serviceId });
    const logo =
      changes.logo === undefined
        ? { logoId: current?.logoId ?? null, logoMimeType: current?.logoMimeType ?? null, logoContent: current?.logoContent ?? null }
        : changes.logo === null
          ? { logoId: null, logoMimeType: null, logoContent: null }
          : { logoId: randomUUID(), logoMimeType: changes.logo.mimeType, logoContent: changes.logo.content.toString('base64') };
    const entity: EmailBrandingEntity = { serviceId, colour: changes.colour, bannerText: changes.bannerText, ...logo, updatedAt: new Date() };
    await this.brandings.save(entity);
    // Every worker drops the branding it cached for the emails it composes.
    await this.changes.announce({ kind: 'email-branding', serviceId });
    return toBranding(entity);
  }

  /** Platform-wide by the logo's own id: logos are public (they appear in every email sent). */
  async findLogo(logoId: string): Promise<BrandingLogo | null> {
    const entity = await this.brandings.findOneBy({ logoId });
    if (!entity?.logoContent || !entity.logoMimeType) return null;
    return { mimeType: entity.logoMimeType, content: Buffer.from(entity.logoContent, 'base64') };
  }
}

function toBranding(e: Pick<EmailBrandingEntity, 'colour' | 'bannerText' | 'logoId' | 'logoMimeType'>): EmailBranding {
  return { colour: e.colour, bannerText: e.bannerText, logo: e.logoId && e.logoMimeType ? { id: e.logoId, mimeType: e.logoMimeType } : null };
}
