import { Injectable } from '@nestjs/common';
import { BrandingLogo, brandingLogoPath } from '@herald/domain';
import { EmailBrandingRepository } from '@herald/persistence';

@Injectable()
export class BrandingLogoService {
  constructor(private readonly brandings: EmailBrandingRepository) {}

  /** `<logo id>.<ext>`: the extension must match the stored type, so one URL names one file. */
  async find(file: string): Promise<BrandingLogo | null> {
    const match = /^([0-9a-f-]{36})\.(png|jpg)$/i.exec(file);
    if (!match) return null;
    const logo = await this.brandings.findLogo(match[1].toLowerCase());
    return logo && brandingLogoPath(match[1].toLowerCase(), logo.mimeType) === `/branding/${file.toLowerCase()}` ? logo : null;
  }
}
